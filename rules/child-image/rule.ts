import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { findAll, loadWordList, phraseRegExp, wordRegExp, type Match } from '../../lib/engine/phrases.ts';
import { alternation } from '../shared/person-ref.ts';
import childrenJson from '../wordlists/child-image-children.json';
import groupsJson from '../wordlists/child-image-groups.json';
import eventsJson from '../wordlists/child-image-events.json';
import photoWordsJson from '../wordlists/child-image-photo-words.json';
import photoNotJson from '../wordlists/child-image-photo-not.json';
import permissionJson from '../wordlists/child-image-permission.json';

// A photo or video that shows children, shared without a word about parental permission.
// Each sentence is scanned once (cached) for four kinds of mention: children, children's events,
// a photo or video, and permission. The sentence pass reports them as internal markers; the draft
// pass, which alone sees the attachments, turns them into findings:
//   - an image/video attachment + children (or a children's event) named in the text;
//   - an image/video attachment whose file name names children or a school event (span 0..0);
//   - a stated photo of children in the text ("photo of the pupils", "the kids pictured").
// Any statement of parental permission (or blurred faces) anywhere in the draft clears it.

const CHILDREN = loadWordList('child-image-children', childrenJson);
const GROUPS = loadWordList('child-image-groups', groupsJson);
const EVENTS = loadWordList('child-image-events', eventsJson);
const PHOTO_WORDS = loadWordList('child-image-photo-words', photoWordsJson);
const PHOTO_NOT = loadWordList('child-image-photo-not', photoNotJson);
const PERMISSION = loadWordList('child-image-permission', permissionJson);

// Children: the list, capitalised groups, and patterns ("Year 5", "the under-11s", "aged 9").
const CHILD_RE = wordRegExp(
  `${alternation(CHILDREN)}|year\\s?\\d{1,2}s?(?:\\s+class)?|class\\s+\\d{1,2}|(?:the\\s+)?under[- ]?\\d{1,2}s|u\\d{1,2}s|\\d{1,2}-year-olds|aged\\s+\\d{1,2}|(?:my|our|his|her|their)\\s+(?:\\d{1,2}-year-old|little|young)\\s+(?:son|daughter|boy|girl|lad)`,
);
const GROUP_RE = wordRegExp(alternation(GROUPS), 'gu');
const EVENT_RE = phraseRegExp(EVENTS);
const PHOTO_RE = new RegExp(`(?:${phraseRegExp(PHOTO_WORDS).source})|[📸📷🎥📹]`, 'giu');
const PHOTO_NOT_RE = phraseRegExp(PHOTO_NOT);
const PERMISSION_RE = new RegExp(
  `${phraseRegExp(PERMISSION).source}|(?<![\\p{L}])(?:parents?|parental|carers?|guardians?|families)['’]?\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:permission|consent|consented|agreed|approval)(?![\\p{L}])|(?<![\\p{L}])(?:permission|consent)\\s+(?:[\\p{L}'’-]+\\s+){0,4}(?:parents|parent|carers|guardians|families)(?![\\p{L}])`,
  'giu',
);
const PERMISSION_DENIED_BEFORE =
  /(?<!\p{L})(?:without|no|not|n['’]t|never|awaiting|await|waiting|wait|need|needs|needed|check|checking|ask|asking|seek|seeking|get|getting|request|requesting|until|unless|if|whether|hear)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

// "photo of the pupils", "pictures below of the Brownies", "a selfie with the Year 6s".
const PHOTO_OF = /^(?:\s+(?:below|above|attached|here))?\s+(?:of|showing|featuring|with)\s+/iu;
// "the kids pictured", "the pupils in the photo".
const DEPICTED_AFTER =
  /^\s*(?:,\s*)?(?:(?:who\s+(?:are|were)\s+)?(?:pictured|photographed|filmed|snapped)|(?:in|on)\s+(?:the|these|this|our)\s+(?:photos?|pictures?|video|clip|footage|images?)|on\s+camera|posing|smiling\s+for)/iu;
// Children who made something, or for whom something is meant, are not in the picture.
const NOT_DEPICTED_AFTER = /^['’]s?\s+(?:pictures|drawings|paintings|artwork|art|entries|cards|posters|work|designs|poems|stories|play\s+area|playground|park|centre|menu|books|library|toys)/iu;
const NOT_DEPICTED_BEFORE = /(?<!\p{L})(?:for|by|open\s+to|drawn\s+by|painted\s+by|made\s+by|taken\s+by|created\s+by|designed\s+by|coloured\s+by|keep|keeping)\s+(?:the\s+|our\s+|your\s+|all\s+|local\s+|young\s+|little\s+)*$/iu;

// "pictures they drew", "pictures painted by…": artwork, not photographs.
const MADE_NOT_TAKEN =
  /^\s+(?:(?:they|we|the\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+)?(?:have\s+|had\s+)?(?:drew|drawn|made|painted|coloured|colored|designed|created|sent|brought|competition|book|books|frame)(?!\p{L})/iu;
const TAKING = /(?<!\p{L})(?:took|take|takes|taking|taken|snapped|filmed)(?!\p{L})/iu;

// "please don't post photos of", "we will not share any pictures": no photo is being shared.
const NEGATED_BEFORE = /(?<!\p{L})(?:not|n['’]t|never|no|avoid|without|refrain\s+from|instead\s+of)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

type Kind = 'child' | 'event' | 'photo' | 'barePhoto' | 'permission' | 'stated' | 'parentsPhoto' | 'photoOfGroup';

// Adults named between the children and "a photo of the team" may be the team meant.
const ADULTS_BETWEEN =
  /(?<!\p{L})(?:council|councillors|committee|volunteers?|staff|parents|adults|grown-ups|teachers|coaches|organisers|helpers|leaders|dads|mums)(?!\p{L})/iu;

// "a photo of the whole squad", "pictures of them all": the group named just before is shown.
const GROUP_OBJECT =
  /^(?:(?:the|our|this|that|these|those|my|their)\s+)?(?:(?:whole|entire|full|winning|victorious|brilliant|little)\s+)?(?:squad|team|side|class|group|lot|gang|bunch|players|winners|champions|cast|choir|troop|pack|them|all\s+of\s+them|everyone)(?!\p{L})/iu;

function marker(kind: Kind, m: Match): Report {
  return { messageId: kind, start: m.start, end: m.end, data: { text: m.text } };
}

function isDepicted(text: string, m: Match): boolean {
  return !NOT_DEPICTED_AFTER.test(text.slice(m.end, m.end + 30)) && !NOT_DEPICTED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

function sentenceMarkers(text: string): Report[] {
  const out: Report[] = [];
  const children = [...findAll(CHILD_RE, text), ...findAll(GROUP_RE, text)].filter((m) => isDepicted(text, m));
  const events = findAll(EVENT_RE, text);
  // In a stated photo, a children's event stands for the children ("photos from the nativity").
  const shown = children.length ? children : events;
  const notPhoto = findAll(PHOTO_NOT_RE, text);
  const photos = findAll(PHOTO_RE, text).filter(
    (p) =>
      !notPhoto.some((n) => n.start <= p.start && p.end <= n.end) &&
      !MADE_NOT_TAKEN.test(text.slice(p.end, p.end + 40)) &&
      !NEGATED_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)),
  );
  for (const m of findAll(PERMISSION_RE, text)) {
    if (!PERMISSION_DENIED_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))) out.push(marker('permission', m));
  }
  for (const m of children) out.push(marker('child', m));
  for (const m of events) out.push(marker('event', m));
  for (const p of photos) {
    const after = text.slice(p.end, p.end + 80);
    const of = PHOTO_OF.exec(after);
    out.push(marker(of ? 'photo' : 'barePhoto', p));
    if (of && GROUP_OBJECT.test(after.slice(of[0].length))) out.push(marker('photoOfGroup', p));
    // A stated photo of children: "photo of the pupils", or a bare "photos from the fun day … the kids".
    for (const c of shown) {
      const photoOfChild = of && c.start >= p.end && c.start - (p.end + of[0].length) <= 40 && !/[.;:!?]/.test(text.slice(p.end, c.start));
      const between = c.start < p.start ? text.slice(c.end, p.start) : text.slice(p.end, c.start);
      const bareWithChild = !of && !notPhoto.length && !(c.start < p.start && TAKING.test(between));
      const depicted = DEPICTED_AFTER.test(text.slice(c.end, c.end + 40));
      if (photoOfChild || bareWithChild || depicted) out.push(marker('stated', c));
    }
    if (/(?<!\p{L})parents(?!\p{L})/iu.test(text)) out.push(marker('parentsPhoto', p));
  }
  // "the kids pictured" with no photo word of its own.
  for (const c of children) {
    if (!photos.length && DEPICTED_AFTER.test(text.slice(c.end, c.end + 40))) out.push(marker('stated', c));
  }
  return out;
}

// File names: "year5-visit.jpg", "u11s-team.jpg", "grandkids_swings.jpg", "sports-day.mp4".
const NAME_CHILD_RE =
  /(?:^|[^a-z])(?:child|children|kids?|kiddies|pupils?|school|schoolkids|grandkids|grandchildren|toddlers?|youngsters|year\d{1,2}|y\d{1,2}|class\d{1,2}|u\d{1,2}s?|under\d{1,2}s?|brownies|cubs|beavers|scouts|rainbows|guides|nativity|sports[-_ ]?day|nursery|preschool|pre[-_]school|playgroup|leavers|reception)(?![a-z])/i;

export default defineRule({
  meta: {
    id: 'child-image',
    category: 'privacy',
    description: 'A photo or video that shows children or pupils, shared without stated parental permission.',
    defaultSeverity: 'error',
    messages: {
      attachment:
        'the attached {{media}} appears to show {{text}}. Share photos of children only with their parents\' permission, and say so (for example "shared with parents\' permission").',
      attachmentName:
        'the attached {{media}} ("{{name}}") appears to show children. Share it only with their parents\' permission, and say so in the post.',
      stated:
        'this shares a photo or video of {{text}}. Post pictures of children only with their parents\' permission, and say so (for example "shared with parents\' permission").',
    },
  },
  checkSentence({ sentence }) {
    return sentenceMarkers(sentence.text);
  },
  checkDraft({ text, attachments, sentences }, markers) {
    if (!markers.length && !attachments.length) return [];
    if (markers.some((m) => m.messageId === 'permission')) return [];
    const byKind = (kind: Kind) => markers.filter((m) => m.messageId === kind);
    // A logo or crest in an email signature shows no one.
    const media = attachments.filter((a) => (a.kind === 'image' || a.kind === 'video') && !/logo|crest|signature|banner|icon/i.test(a.name));
    const out: Report[] = [];
    const seen = new Set<string>();
    const push = (r: Report) => {
      const k = `${r.start}:${r.end}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(r);
      }
    };

    if (media.length) {
      const mediaWord = media.every((a) => a.kind === 'video') ? 'video' : media.length > 1 ? 'images' : 'image';
      let named = byKind('child');
      if (!named.length) named = byKind('event');
      if (!named.length) named = byKind('parentsPhoto');
      for (const m of named) push({ messageId: 'attachment', start: m.start, end: m.end, data: { media: mediaWord, text: m.data!.text! } });
      if (!named.length) {
        const shown = media.find((a) => NAME_CHILD_RE.test(a.name.replace(/\.[a-z0-9]{2,4}$/i, '')));
        if (shown) push({ messageId: 'attachmentName', start: 0, end: 0, data: { media: shown.kind, name: shown.name } });
      }
      return out;
    }

    // No attachment: a photo stated in the text.
    for (const m of byKind('stated')) push({ messageId: 'stated', start: m.start, end: m.end, data: { text: m.data!.text! } });
    // A bare photo mention ("Some photos from the fun day.") and children in the next sentence.
    for (const p of byKind('barePhoto')) {
      const i = sentences.findIndex((s) => s.start <= p.start && p.end <= s.end);
      const next = sentences[i + 1];
      if (!next || /\n[ \t]*\r?\n/.test(text.slice(sentences[i]!.end, next.start))) continue;
      for (const c of byKind('child')) {
        if (c.start >= next.start && c.end <= next.end) push({ messageId: 'stated', start: c.start, end: c.end, data: { text: c.data!.text! } });
      }
    }
    // "Congratulations to the under-9s! … a photo of the whole squad": children named in this
    // sentence or one of the two before it (same paragraph), then a photo of the group.
    for (const p of byKind('photoOfGroup')) {
      const i = sentences.findIndex((s) => s.start <= p.start && p.end <= s.end);
      let from = i;
      while (from > 0 && i - from < 2 && !/\n[ \t]*\r?\n/.test(text.slice(sentences[from - 1]!.end, sentences[from]!.start))) from--;
      const start = sentences[from]?.start ?? 0;
      for (const c of byKind('child')) {
        if (c.start < start || c.end > p.start || ADULTS_BETWEEN.test(text.slice(c.end, p.start))) continue;
        push({ messageId: 'stated', start: c.start, end: c.end, data: { text: c.data!.text! } });
      }
    }
    for (const p of byKind('parentsPhoto')) {
      if (byKind('photo').length + byKind('barePhoto').length) push({ messageId: 'stated', start: p.start, end: p.end, data: { text: 'children' } });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
