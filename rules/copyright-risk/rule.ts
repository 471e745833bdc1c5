import { findAll, loadWordList, phraseMatcher, type Match, mergeOverlapping } from '../../lib/engine/phrases.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import copiedList from '../wordlists/copyright-copied-phrases.json';
import permissionList from '../wordlists/copyright-permission.json';
import ownerUnknownList from '../wordlists/copyright-owner-unknown.json';
import mediaList from '../wordlists/copyright-media-words.json';

const copied = phraseMatcher(loadWordList('copyright-copied-phrases', copiedList));
const permission = phraseMatcher(loadWordList('copyright-permission', permissionList));
const ownerUnknownPhrases = phraseMatcher(loadWordList('copyright-owner-unknown', ownerUnknownList));
const mediaWords = phraseMatcher(loadWordList('copyright-media-words', mediaList));

// A picture or text taken from somewhere else: "image from Google", "picture off Facebook",
// "meme grabbed from a Facebook group", "image from the BBC website".
const MEDIA = String.raw`(?:image|images|picture|pictures|pic|pics|photo|photos|photograph|photographs|meme|memes|artwork|cartoon|graphic|drawing|illustration|poster|video|clip|article|piece|text|story|map)`;
const SOURCE = String.raw`(?:Google(?:\s+Images)?|Pinterest|the\s+internet|internet|the\s+web|online|(?:a\s+|the\s+)?Facebook(?:\s+group)?|Instagram|Twitter|TikTok|Reddit|Wikipedia|(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]{0,20}\s+){1,4}(?:website|site|web\s?page|article|page))`;
const TAKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${MEDIA}(?:\s+[\p{L}\p{N}'’-]{1,20}){0,6}?\s+(?:from|off|via|lifted\s+from|grabbed\s+from|taken\s+from|borrowed\s+from|saved\s+from|downloaded\s+from)\s+${SOURCE}(?![\p{L}\p{N}])`,
  'giu',
);
// "found this picture online", "found this lovely picture of the forest on Google Images".
const FOUND =
  /(?<![\p{L}\p{N}])found\s+(?:this|these|that|a|an|the)(?:\s+[\p{L}\p{N}'’-]{1,20}){1,10}?\s+(?:online|on\s+Google(?:\s+Images)?|on\s+the\s+internet|on\s+the\s+web|on\s+Pinterest|on\s+Facebook|on\s+Instagram)(?![\p{L}\p{N}])/giu;
// Taken in so many words, from someone else's page or from print: "grabbed it off someone's Facebook",
// "pinched it off someone's Instagram", "copied this out of a local history book word for word",
// "lifted from the Sunday paper". Not "from my own album" or "from the council website".
// An alternation without its own group: it is always used inside one.
const PLATFORM = String.raw`Facebook|FB|Instagram|Insta|Flickr|Twitter|TikTok|Pinterest|Google(?:\s+Images)?|the\s+internet|the\s+web|online`;
const TAKEN_FROM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:copied|copy-pasted|pasted|lifted|pinched|nicked|grabbed|swiped|borrowed|snaffled|stole|stolen|nabbed|ripped|screenshotted|screengrabbed|reposted|downloaded|saved|took|taken|got)(?:\s+(?:it|these|them|that|one|this(?:\s+[\p{L}'’-]{1,20}){0,3}?))?(?:\s+(?:out|straight|word\s+for\s+word|verbatim|wholesale)){0,2}\s+(?:off|from|out\s+of)\s+(?:(?:someone|somebody|a\s+friend|a\s+mate|another\s+person|one\s+of\s+the\s+groups)['’]s(?:\s+(?:${PLATFORM}|page|feed|post|account|blog|website|site|group|book|calendar))?|(?:(?:a|an|some|the|this|that|one|my|his|her)\s+)?(?:[\p{L}-]{1,20}\s+){0,2}?[\p{L}-]{1,20}['’]s\s+(?:[\p{L}-]{1,20}\s+)?(?:${PLATFORM}|page|feed|account|blog|website|site|book|calendar|gallery|portfolio)|${PLATFORM}|(?:a|an|the|some|this)\s+(?:[\p{L}'’-]{1,20}\s+){0,4}?(?:book|magazine|newspaper|paper|calendar|postcard|leaflet|brochure|annual|album|anthology|website|web\s+page|blog|group|page|feed|Herald|Gazette|Echo|Times|Mail|News|Mercury|Advertiser|Chronicle|Courier|Standard|Independent|Telegraph|Guardian|Observer|Express|Mirror|Argus|Journal))(?![\p{L}\p{N}])`,
  'giu',
);
// Someone else's article given whole: "the full text of the Gazette's piece", "the whole article from the
// Echo, pasted in", and reposting what sits behind a subscription.
const FULL_TEXT =
  /(?<![\p{L}\p{N}])(?:full|whole|entire|complete)\s+(?:text|article|story|piece|report|column|transcript)\s+(?:of|from)\s+(?:[\p{L}\p{N}'’&-]{1,20}\s+){0,6}?(?:piece|article|story|report|column|interview|editorial|feature|review|post|blog)(?![\p{L}\p{N}])/giu;
const PASTED = /(?<![\p{L}\p{N}])(?:pasted|copied)\s+(?:(?:it|this|them|that|the\s+lot)\s+)?(?:in\s+full|in(?=\s+(?:for|so|because)))(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:for\s+(?:anyone|those|people|everyone)\s+(?:without|who\s+(?:don['’]t|can['’]t)\s+(?:have|get\s+past|afford))\s+(?:a\s+|the\s+)?(?:subscription|paywall)|(?:get|got|getting)\s+(?:round|around|past)\s+(?:the|their|a)\s+paywall)(?![\p{L}\p{N}])/giu;

// "photos found online", "image sourced on Google".
const FOUND_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${MEDIA}\s+(?:found|sourced|taken|grabbed)\s+(?:online|on\s+the\s+(?:internet|web)|on\s+(?:Google(?:\s+Images)?|Facebook|Pinterest|Instagram))(?![\p{L}\p{N}])`,
  'giu',
);
// The owner cannot be found: "couldn't track down the photographer".
const UNTRACED =
  /(?<![\p{L}\p{N}])(?:couldn['’]t|could\s+not|can['’]t|cannot|unable\s+to|failed\s+to)\s+(?:find|track\s+down|trace|identify|contact|reach)\s+(?:the\s+)?(?:original\s+)?(?:photographer|artist|author|owner|creator|illustrator|cartoonist|poet|writer|copyright\s+holder|rights\s+holder)(?![\p{L}\p{N}])/giu;
// A source given as the credit: "Photo: Google", "Pic – Facebook", "Image: unknown".
const SOURCE_LABEL =
  /(?<![\p{L}\p{N}])(?:photo|pic|picture|image|img|credit|source|map|cartoon|drawing)\s{0,2}[:–—-]\s{0,2}(?:Google(?:\s+Images)?|Facebook|FB|Instagram|Insta|Pinterest|Twitter|TikTok|the\s+internet|internet|online|the\s+web|not\s+known|anon(?:ymous)?|someone\s+on\s+\p{L}+)(?![\p{L}\p{N}])/giu;
// Who made it is unknown: "no idea who took it", "not sure who wrote it", "no idea whose",
// "don't know who to credit". Kept only when the draft is about a picture or text (checkDraft).
const OWNER_UNKNOWN =
  /(?<![\p{L}\p{N}'’])(?:no\s+idea|not\s+sure|(?:I\s+)?(?:don['’]t|do\s+not)\s+know|dunno|unsure|can['’]t\s+(?:remember|find\s+out|tell)|cannot\s+(?:remember|find\s+out|tell)|couldn['’]t\s+(?:find\s+out|say|tell)|no\s+one\s+knows|nobody\s+knows|if\s+anyone\s+knows)\s+(?:whose(?![\p{L}\p{N}])|who\s+(?:originally\s+|actually\s+|first\s+)?(?:took|wrote|drew|made|painted|owns|created|designed|shot|composed|penned|snapped|photographed|it\s+(?:is|was|belongs\s+to)|it['’]s|this\s+is|to\s+credit|the\s+(?:photographer|artist|author|poet|owner|creator)\s+(?:is|was))(?![\p{L}\p{N}]))/giu;
// A printed page scanned in to post: "scanned it in".
const SCANNED = /(?<![\p{L}\p{N}])scanned\s+(?:it|this|them|these)\s+in(?![\p{L}\p{N}])/giu;

// A screenshot of somebody else's article or post.
const SCREENSHOT = /(?<![\p{L}\p{N}])screen\s?shot\s+(?:of|from)\s+(?:[\p{L}\p{N}'’-]{1,20}\s+){0,5}?(?:article|story|report|website|newspaper|paper|post|tweet|page)(?![\p{L}\p{N}])/giu;
// ©, "(c) 2024", "Photo (c)", "Copyright 2024 …", "Copyright: …", "copyright of …".
const COPYRIGHT_MARK =
  /©|(?<![\p{L}\p{N}])\(c\)(?=\s?(?:19|20)\d\d)|(?<=(?:image|photo(?:graph)?|pic(?:ture)?|artwork|cartoon|credit)\s?)\(c\)|(?<![\p{L}\p{N}])copyright(?:\s+©|\s*:|\s+of|\s+(?=(?:19|20)\d\d))/giu;
// The owner after the mark: up to the end of the clause.
const OWNER = /^[^.;,!?|\n()[\]]{0,60}/u;

const PREFILTER =
  /©|\(c\)|copy|from|off|via|found|stolen|mind|screen|rights|unknown|who|permission|reproduced|pinched|nicked|shutterstock|getty|alamy|istock|adobe|google|pinterest|word\s+for|verbatim|stock|out\s+of|credit|scanned|[:–—-]\s{0,2}(?:fb|facebook|insta|online|internet)|take\s+it\s+down|yours|track\s+down|trace|full|entire|complete|pasted|subscription|paywall/i;

/** Whether a copyright owner is the council itself, its website, or the writer. */
function ownedByCouncil(owner: string, pack: Pack): boolean {
  const o = owner.toLowerCase();
  if (/^\s*(?:me|myself|my\s|mine|the\s+author|the\s+clerk|cllr|councillor|our\s)/iu.test(owner)) return true;
  return [...pack.official.names, ...pack.official.websites].some((n) => n.length > 2 && o.includes(n.toLowerCase()));
}


/** Taken-from matches (in so many words) whose source is not a council's website or page. */
function takenInWords(text: string, pack: Pack): Match[] {
  return findAll(TAKEN_FROM, text).filter((m) => {
    const source = m.text.replace(/^.*?\s(?:off|from|out\s+of)\s+/iu, '');
    return !/council/iu.test(source) && !ownedByCouncil(source, pack);
  });
}

/** Taken-from matches whose source is not the council's own website or page. */
function takenFrom(text: string, pack: Pack): Match[] {
  return findAll(TAKEN, text).filter((m) => !ownedByCouncil(m.text.replace(/^.*?\s(?:from|off|via)\s+/iu, ''), pack));
}

// "we own the copyright of", "our copyright": a claim of one's own copyright, not a copied work.
const OWN_CLAIM = /(?:own|owns|hold|holds|our|my|retain|retains)\s+(?:the\s+)?$/iu;

function copyrightMarks(text: string, pack: Pack): Match[] {
  const out: Match[] = [];
  for (const m of findAll(COPYRIGHT_MARK, text)) {
    if (OWN_CLAIM.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const owner = OWNER.exec(text.slice(m.end))![0].trimEnd();
    if (owner.trim() && ownedByCouncil(owner, pack)) continue;
    const end = m.end + owner.length;
    out.push({ start: m.start, end, text: text.slice(m.start, end) });
  }
  return out;
}

const RIGHTS_RESERVED = /^all\s+rights\s+reserved$/iu;

// Sentence rule; the draft pass only drops an "All rights reserved" that follows the council's
// own copyright line ("© Bottisham Parish Council 2027. All rights reserved.").
export default defineRule({
  meta: {
    id: 'copyright-risk',
    category: 'political',
    description: 'Content signalled as copied from elsewhere, or whose owner is unknown.',
    defaultSeverity: 'warning',
    messages: {
      copied:
        '"{{text}}" suggests this was copied from someone else. Use your own words and pictures, or get the owner\'s permission and credit them, before posting.',
    },
    dismissReason: 'I have permission to use this',
  },
  checkSentence({ env, sentence }) {
    const text = sentence.text;
    if (!PREFILTER.test(text) || permission.test(text)) return [];
    const found = mergeOverlapping(text, [
      ...copied.find(text),
      ...takenFrom(text, env.pack),
      ...takenInWords(text, env.pack),
      ...findAll(FOUND, text),
      ...findAll(FOUND_AFTER, text),
      ...findAll(FULL_TEXT, text).filter((m) => !/council|clerk|chair|auditor|\b(?:my|our|your)\b/iu.test(m.text)),
      ...findAll(PASTED, text),
      ...findAll(SCREENSHOT, text),
      ...findAll(UNTRACED, text),
      ...findAll(SOURCE_LABEL, text),
      ...copyrightMarks(text, env.pack),
    ]);
    const reports: Report[] = found.map((m) => ({ messageId: 'copied', start: m.start, end: m.end, data: { text: m.text } }));
    // Unknown owners and offers to credit: only about a picture or text, which checkDraft confirms.
    for (const m of mergeOverlapping(text, [...findAll(OWNER_UNKNOWN, text), ...ownerUnknownPhrases.find(text), ...findAll(SCANNED, text)])) {
      if (found.some((f) => m.start < f.end && m.end > f.start)) continue;
      reports.push({ messageId: 'copied', start: m.start, end: m.end, data: { text: m.text, needsWork: '1' } });
    }
    return reports.sort((a, b) => a.start - b.start);
  },
  checkDraft({ env, text, attachments }, fromSentences) {
    const aboutWork = () => attachments.some((a) => a.kind === 'image' || a.kind === 'video') || mediaWords.test(text);
    let work: boolean | undefined;
    return fromSentences.filter((r: Report) => {
      if (r.data?.needsWork && !(work ??= aboutWork())) return false;
      if (!RIGHTS_RESERVED.test(r.data?.text ?? '')) return true;
      const lineStart = text.lastIndexOf('\n', r.start) + 1;
      const before = text.slice(Math.max(lineStart, r.start - 120), r.start);
      const mark = before.search(/©|\(c\)|copyright/iu);
      return mark === -1 || !ownedByCouncil(before.slice(mark).replace(/^(?:©|\(c\)|copyright)\s*/iu, ''), env.pack);
    });
  },
});
