import { findAll, loadWordList, phraseMatcher, type Match } from '../../lib/engine/phrases.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import copiedList from '../wordlists/copyright-copied-phrases.json';
import permissionList from '../wordlists/copyright-permission.json';

const copied = phraseMatcher(loadWordList('copyright-copied-phrases', copiedList));
const permission = phraseMatcher(loadWordList('copyright-permission', permissionList));

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
// A screenshot of somebody else's article or post.
const SCREENSHOT = /(?<![\p{L}\p{N}])screen\s?shot\s+(?:of|from)\s+(?:[\p{L}\p{N}'’-]{1,20}\s+){0,5}?(?:article|story|report|website|newspaper|paper|post|tweet|page)(?![\p{L}\p{N}])/giu;
// ©, "(c) 2024", "Photo (c)", "Copyright 2024 …", "Copyright: …", "copyright of …".
const COPYRIGHT_MARK =
  /©|(?<![\p{L}\p{N}])\(c\)(?=\s?(?:19|20)\d\d)|(?<=(?:image|photo(?:graph)?|pic(?:ture)?|artwork|cartoon|credit)\s?)\(c\)|(?<![\p{L}\p{N}])copyright(?:\s+©|\s*:|\s+of|\s+(?=(?:19|20)\d\d))/giu;
// The owner after the mark: up to the end of the clause.
const OWNER = /^[^.;,!?|\n()[\]]{0,60}/u;

const PREFILTER = /©|\(c\)|copy|from|off|via|found|screen|rights|unknown|who\s|permission|reproduced|pinched|nicked|shutterstock|getty|alamy|istock|adobe|google|pinterest/i;

/** Whether a copyright owner is the council itself, its website, or the writer. */
function ownedByCouncil(owner: string, pack: Pack): boolean {
  const o = owner.toLowerCase();
  if (/^\s*(?:me|myself|my\s|mine|the\s+author|the\s+clerk|cllr|councillor|our\s)/iu.test(owner)) return true;
  return [...pack.official.names, ...pack.official.websites].some((n) => n.length > 2 && o.includes(n.toLowerCase()));
}

function merge(text: string, matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) out[out.length - 1] = { start: last.start, end: m.end, text: text.slice(last.start, m.end) };
    } else out.push(m);
  }
  return out;
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
    const found = merge(text, [
      ...copied.find(text),
      ...takenFrom(text, env.pack),
      ...findAll(FOUND, text),
      ...findAll(SCREENSHOT, text),
      ...copyrightMarks(text, env.pack),
    ]);
    return found.map((m) => ({ messageId: 'copied', start: m.start, end: m.end, data: { text: m.text } }));
  },
  checkDraft({ env, text }, fromSentences) {
    return fromSentences.filter((r: Report) => {
      if (!RIGHTS_RESERVED.test(r.data?.text ?? '')) return true;
      const lineStart = text.lastIndexOf('\n', r.start) + 1;
      const before = text.slice(Math.max(lineStart, r.start - 120), r.start);
      const mark = before.search(/©|\(c\)|copyright/iu);
      return mark === -1 || !ownedByCouncil(before.slice(mark).replace(/^(?:©|\(c\)|copyright)\s*/iu, ''), env.pack);
    });
  },
});
