import type { Report } from '../../lib/engine/rule.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import {
  dropNested,
  listMatcher,
  locate,
  Names,
  NEGATORS,
  quote,
  subjectIndexBefore,
  tokenize,
  whoIs,
  type Tok,
  type TokMatch,
} from '../shared/conduct-text.ts';
import threatPhrases from '../wordlists/conduct-threat-phrases.json';
import violentVerbs from '../wordlists/conduct-violent-verbs.json';
import threatLeads from '../wordlists/conduct-threat-leads.json';

const PHRASES = listMatcher('conduct-threat-phrases', threatPhrases);
const VERBS = listMatcher('conduct-violent-verbs', violentVerbs);
const LEADS = listMatcher('conduct-threat-leads', threatLeads);

// Verbs that only ever take a person, so "them" counts ("punch them"); "kill them" may be slugs.
const PERSON_ONLY_VERBS = new Set(['punch', 'thump', 'slap', 'deck', 'batter', 'beat up', 'strangle', 'throttle', 'stab', 'lynch', 'headbutt', 'wallop', 'lamp', 'clobber', 'murder']);
// Words allowed between a lead and its verb: "I'll personally go round and punch him".
const BETWEEN = new Set(['happily', 'personally', 'just', 'really', 'literally', 'actually', 'gladly', 'go', 'round', 'and', 'come', 'over', 'there', 'myself', 'gonna', 'to', 'be', 'the', 'one', 'who', 'first', 'to']);
// After a phrase that ends on its object, these mean an ordinary offer: "I'll get you a copy",
// "I'll sort you out with a permit".
const BENIGN_NEXT = new Set([
  'a', 'an', 'the', 'some', 'any', 'with', 'to', 'on', 'in', 'at', 'into', 'through', 'up', 'down', 'off', 'over',
  'your', 'his', 'her', 'their', 'our', 'my', 'this', 'that', 'one', 'two', 'both', 'all', 'more', 'free', 'tickets',
  'copies', 'a copy', 'about', 'how', 'what', 'when', 'where', 'from', 'as', 'after', 'before', 'home', 'back',
]);
// A threat someone else made, being reported: "I received a message saying 'I know where you live'".
const REPORTED =
  /\b(?:reported\s+(?:it\s+|this\s+|them\s+|him\s+|her\s+)?to|have\s+reported|has\s+been\s+reported|received\s+(?:a|an|this|these|messages?)|sent\s+me|message\s+saying|told\s+me|threatened\s+me|said\s+to\s+me|wrote\s+to\s+me|was\s+told)\b/i;
const OPEN_QUOTE = /["“‘]/;

interface Ctx {
  text: string;
  tokens: Tok[];
  names: Names;
}

/** "No one should…", "I would never…", "I'm not saying…": negated in the clause before `first`. */
function negatedBefore(tokens: readonly Tok[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 6; j--) {
    const t = tokens[j]!;
    if (NEGATORS.has(t.lower) || t.clitic === "n't" || t.lower === 'nobody' || (t.lower === 'one' && tokens[j - 1]?.lower === 'no')) return true;
    if (t.boundary) break;
  }
  return false;
}

/** Inside quotation marks opened earlier in the sentence and not yet closed. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = (before.match(/[“‘]/g) ?? []).length + ((before.match(/"/g) ?? []).length % 2);
  const closes = (before.match(/[”’](?!\p{L})/gu) ?? []).length;
  return OPEN_QUOTE.test(before) && opens > closes;
}

/** The token at `i` (after articles) names a person: him, her, you, the clerk, Cllr Dean. */
function personObject(c: Ctx, i: number, allowThem: boolean): boolean {
  const { tokens, text } = c;
  let k = i;
  if (tokens[k] && ['the', 'that', 'this', 'those', 'these'].includes(tokens[k]!.lower)) k++;
  const t = tokens[k];
  if (!t || (t.boundary && k !== i)) return false;
  // "the councillors' group photo": a possessive, so the object is something of theirs.
  if (/^['’]/.test(text.slice(t.end, t.end + 1))) return false;
  if (t.clitic === "'s") return false;
  const who = whoIs(tokens, k, c.names);
  if (who === 'person') return true;
  return who === 'group' && allowThem;
}

function phraseHits(c: Ctx): TokMatch[] {
  const { text, tokens } = c;
  const out: TokMatch[] = [];
  for (const m of locate(tokens, PHRASES.find(text))) {
    if (negatedBefore(tokens, m.first) || insideQuote(text, m.start)) continue;
    const lower = m.text.toLowerCase();
    const next = tokens[m.last + 1];
    const nextWord = next && !next.boundary ? next.lower : '';
    // "…happen to" needs a person next: "wouldn't want anything to happen to your car" is still a threat,
    // "to the bridge" is not.
    if (/\bto$/.test(lower)) {
      if (!next || !(['his', 'her', 'their', 'your', 'you', 'him', 'them'].includes(next.lower) || personObject(c, m.last + 1, true))) continue;
    }
    // Phrases that end on their object: "I'll get you" but not "I'll get you a copy".
    if (/\b(?:you|him|her|them)$/.test(lower) && BENIGN_NEXT.has(nextWord)) continue;
    // "I've got your registration." but not "I've got your registration form".
    if (/\b(?:registration|reg|number plate)$/.test(lower) && next && !next.boundary) continue;
    if (/\bout$/.test(lower) && ['with', 'for', 'a', 'an', 'some', 'the'].includes(nextWord)) continue;
    // "needs a good kicking", "should be shot": said of a person, not of the printer.
    if (/^(?:needs?|deserves?|wants?|should|ought)\b/.test(lower)) {
      const subj = subjectIndexBefore(tokens, m.first, c.names);
      const who = subj === undefined ? 'unknown' : whoIs(tokens, subj, c.names);
      if (who !== 'person' && who !== 'group') continue;
      if (/\bshot$/.test(lower) && ['in', 'on', 'at', 'from', 'for', 'with', 'down'].includes(nextWord)) continue;
    }
    out.push(m);
  }
  return out;
}

function violenceHits(c: Ctx): TokMatch[] {
  const { text, tokens } = c;
  const leads = locate(tokens, LEADS.find(text));
  if (!leads.length) return [];
  const out: TokMatch[] = [];
  for (const v of locate(tokens, VERBS.find(text))) {
    // The lead must come just before the verb: "I'll … punch", "someone should … slap".
    const lead = leads.find((l) => l.last < v.first && v.first - l.last <= 4 && tokens.slice(l.last + 1, v.first).every((t) => BETWEEN.has(t.lower) && !t.boundary));
    if (!lead) continue;
    if (tokens[v.first]!.boundary) continue;
    if (negatedBefore(tokens, lead.first) || tokens.slice(lead.first, v.first).some((t) => NEGATORS.has(t.lower) || t.clitic === "n't")) continue;
    if (insideQuote(text, lead.start)) continue;
    if (!personObject(c, v.last + 1, PERSON_ONLY_VERBS.has(v.text.toLowerCase()))) continue;
    // Span: from the lead to the object.
    const objEnd = tokens[v.last + 1]!.lower === 'the' ? tokens[v.last + 2]!.end : tokens[v.last + 1]!.end;
    out.push({ start: lead.start, end: objEnd, text: text.slice(lead.start, objEnd), first: lead.first, last: v.last + 1 });
  }
  return out;
}

// "give that clerk a good slap", "he needs a good kicking", "deserves a hiding": a beating wished on a person.
const BEATING = /\ba\s+(?:good\s+|proper\s+|swift\s+|right\s+)?(?:slap|kicking|hiding|beating|thumping|thump|punch|smack|clip\s+round\s+the\s+ear|belting|battering|pasting|going-over|seeing-to)\b/gi;
const GIVE = new Set(['give', 'gives', 'giving', 'gave', 'given']);
const WANT = new Set(['needs', 'need', 'deserves', 'deserve', 'wants', 'want', 'get', 'gets', 'getting']);

function beatingHits(c: Ctx): TokMatch[] {
  const { text, tokens } = c;
  const out: TokMatch[] = [];
  BEATING.lastIndex = 0;
  for (let m = BEATING.exec(text); m; m = BEATING.exec(text)) {
    const first = tokens.findIndex((t) => t.start === m!.index);
    if (first <= 0 || negatedBefore(tokens, first)) continue;
    const end = m.index + m[0].length;
    const last = tokens.findIndex((t) => t.end === end);
    // "give that clerk a good slap", "gave him a kicking"
    let j = first - 1;
    let object = -1;
    while (j >= 0 && first - j <= 4 && !tokens[j + 1]!.boundary) {
      if (GIVE.has(tokens[j]!.lower)) break;
      if (whoIs(tokens, j, c.names) === 'person' || whoIs(tokens, j, c.names) === 'group') object = j;
      j--;
    }
    const given = j >= 0 && GIVE.has(tokens[j]!.lower) && object > j;
    // "he needs a good kicking", "people like that deserve a slap"
    let wanted = false;
    const verb = tokens[first - 1]!;
    if (WANT.has(verb.lower) && !tokens[first]!.boundary) {
      const subj = subjectIndexBefore(tokens, first - 1, c.names);
      const who = subj === undefined ? 'unknown' : whoIs(tokens, subj, c.names);
      wanted = who === 'person' || who === 'group';
    }
    if (given || wanted) {
      const start = given ? tokens[j]!.start : verb.start;
      out.push({ start, end, text: text.slice(start, end), first: given ? j : first - 1, last: last === -1 ? first : last });
    }
  }
  return out;
}

// Threats built as a consequence: "if it happens again you will regret it", "I'll make your life very
// difficult", "someone's going to put a brick through your windscreen", "a few of us will be waiting for them".
const REPEAT_CUE = /\b(?:if|again|next\s+time|carry\s+on|keep\s+(?:on|doing|this|that)|one\s+more\s+time|whoever|or\s+else|try\s+(?:it|that))\b/i;
const CONSEQUENCE: readonly { re: RegExp; needsCue: boolean }[] = [
  // "you will regret it", "they'll live to regret it": only after a condition or a repeat.
  { re: /\b(?:you|he|she|they)(?:['’]ll|\s+will|\s+are\s+going\s+to|['’]re\s+going\s+to|['’]s\s+going\s+to|\s+is\s+going\s+to)\s+(?:really\s+|soon\s+|all\s+|live\s+to\s+)?regret\s+it\b(?!\s+(?:if|when|later|after|too)\b)/giu, needsCue: true },
  // "I know who you are", "we know who did it": said to a wrongdoer with a warning.
  { re: /\b(?:I|we)\s+know\s+(?:exactly\s+)?(?:who\s+you\s+are|who\s+did\s+(?:it|this)|where\s+you\s+park|what\s+car\s+you\s+drive)\b/giu, needsCue: true },
  // "I'll make your life very difficult / hell / a misery".
  { re: /\b(?:I|we)(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to|\s+are\s+going\s+to)\s+make\s+(?:your|his|her|their)\s+(?:life|lives)[^.!?\n]{1,40}?\b(?:hell|a\s+misery|miserable|difficult|a\s+nightmare|unbearable|uncomfortable|not\s+worth\s+living)\b/giu, needsCue: false },
  // "someone's going to put a brick through your windscreen", "someone will slash your tyres".
  { re: /\b(?:someone|somebody|one\s+of\s+us|one\s+of\s+these\s+days\s+someone)(?:['’]s\s+going\s+to|\s+is\s+going\s+to|['’]ll|\s+will|\s+might|\s+could|['’]s\s+gonna|\s+is\s+gonna)\s+(?:put|throw|chuck|lob|slash|key|torch|smash|set\s+fire\s+to|let\s+down|do\s+over|sort\s+out)[^.!?\n]{1,30}?\b(?:your|his|her|their)\s+(?:car|tyres|van|windows?|windscreen|house|shed|fence|face|head|legs)\b/giu, needsCue: false },
  // "will get it rubbed in their face", "will get what's coming".
  { re: /\b(?:will|['’]ll|going\s+to)\s+get\s+(?:it|that|them|this)\s+(?:rubbed|shoved|rammed|stuffed)\s+in\s+(?:their|his|her|your)\s+faces?\b/giu, needsCue: false },
  { re: /\b(?:will|['’]ll|going\s+to)\s+get\s+what['’]s\s+coming\s+to\s+(?:them|him|her|you)\b/giu, needsCue: false },
  // "a few of us will be waiting for them" after "if they come round again".
  { re: /\b(?:we|us|a\s+few\s+of\s+us|some\s+of\s+us|the\s+lads|a\s+few\s+of\s+us\s+\w+)(?:['’]ll|\s+will)\s+be\s+waiting\s+for\s+(?:them|him|her|you)\b(?!\s+(?:at|in|on|by|outside|with|when|after)\b)/giu, needsCue: true },
  { re: /\b(?:they|he|she|you)\s+won['’]t\s+be\s+(?:coming|walking|driving)\s+(?:back|home|anywhere)(?:\s+in\s+a\s+hurry)?(?=\s*[.!]|\s*$)/giu, needsCue: false },
];
const CONSEQUENCE_PREFILTER = /regret|know|make|someone|somebody|one\s+of|rubbed|shoved|rammed|stuffed|coming|waiting|won['’]t\s+be/i;

function consequenceHits(c: Ctx): TokMatch[] {
  const { text } = c;
  const out: TokMatch[] = [];
  for (const { re, needsCue } of CONSEQUENCE) {
    for (const m of text.matchAll(re)) {
      if (insideQuote(text, m.index)) continue;
      if (needsCue && !REPEAT_CUE.test(text)) continue;
      // "Thank you, I know who you are!" or "you'll regret missing it": no warning in the sentence.
      if (/\b(?:thank|thanks|welcome|congratulations|lovely|brilliant)\b/i.test(text)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], first: -1, last: -1 });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'threat',
    category: 'conduct',
    description: 'Threatening language aimed at someone.',
    defaultSeverity: 'warning',
    messages: {
      threat:
        '“{{words}}” could be read as a threat. Please take it out; if you are angry about something, raise it with the clerk or through the council’s procedures.',
    },
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    const phrases = PHRASES.test(text);
    const verbs = VERBS.test(text);
    const orElse = /(?:,|(?<![\s,]))\s+or\s+else\s*(?:[.!]+\s*)?$/i.exec(text);
    BEATING.lastIndex = 0;
    const beating = BEATING.test(text);
    const consequence = CONSEQUENCE_PREFILTER.test(text);
    if (!phrases && !verbs && !orElse && !beating && !consequence) return [];
    if (REPORTED.test(text)) return [];
    const tokens = tokenize(text);
    const c: Ctx = { text, tokens, names: new Names(ctx.nlp) };
    const hits = [...(phrases ? phraseHits(c) : []), ...(verbs ? violenceHits(c) : []), ...(beating ? beatingHits(c) : []), ...(consequence ? consequenceHits(c) : [])];
    // "Take it down by Friday, or else."
    if (orElse) {
      const start = text.toLowerCase().lastIndexOf('or else');
      hits.push({ start, end: start + 7, text: text.slice(start, start + 7), first: -1, last: -1 });
    }
    return dropNested(hits).map((m): Report => ({ messageId: 'threat', start: m.start, end: m.end, data: { words: quote(m.text) } }));
  },
});
