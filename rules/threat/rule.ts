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
import { spansOf, type NlpDoc } from '../../lib/engine/nlp.ts';

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
    // "you'll be sorry you missed it": regret, not a warning.
    if (/\bsorry$/.test(lower) && ['you', 'to', 'that', 'if', 'we', 'i', 'about'].includes(nextWord)) continue;
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


// ---------------------------------------------------------------------------------------------
// Harm promised to a person, by structure rather than set phrase. Each frame needs a person or
// "you/him/them" on the receiving end, and most need a warning frame around it: a condition or a
// repeat ("do it once more and…", "carry on and…", "when I catch you…"), a first-person actor
// ("I'll…"), or "deserves". Reported threats, denials and quotations are dropped as above.

// Cheap pre-filter: words that any of the frames below must contain.
const HARM_PREFILTER =
  /\b(?:brick|bricks|rock|stone|stones|able|pain|cross|stretcher|pretty|were\s+you|kind|sort|likes|teeth|straw|legs?|arms?|fingers?|kneecaps?|neck|nose|jaw|ribs|skull|ambulance|wheelchair|hospital|river|canal|ditch|hurt|injured|harmed|visit|round|drag|haul|tyres|windows?|windscreen|better|lucky|sorry|pay\s+for|deal|words|person)\b/i;
const BODY = '(?:legs?|arms?|fingers?|hands?|kneecaps?|knees?|neck|nose|jaw|ribs|skull|head|face|teeth|back|wrists?|ankles?)';
const POSS = '(?:your|his|her|their|yer|ya)';
// "break their legs", "have their fingers broken", "smash your face in".
const BODY_DAMAGE = new RegExp(
  `\\b(?:(?:break|breaking|broke|smash|smashing|snap|snapping|knock|knocking|bust|busting|cave|caving|rearrange|rearranging|kick|kicking|punch|punching)\\s+${POSS}\\s+(?:\\w+\\s+)?${BODY}|${POSS}\\s+${BODY}\\s+(?:broken|smashed|snapped|bust|kicked\\s+in|caved\\s+in|knocked\\s+out|rearranged))\\b`,
  'giu',
);
// What is left of someone afterwards: "you'll need a new set of teeth", "eating through a straw",
// "picking their teeth up off the tarmac", "end up in the river", "leave in an ambulance".
const AFTERMATH =
  /\b(?:(?:need|needing|want|get|getting)\s+a\s+new\s+set\s+of\s+teeth|(?:eat|eating|drink|drinking|feed|feeding)\s+through\s+a\s+straw|pick(?:ing)?\s+(?:your|his|her|their)\s+teeth\s+(?:up|out)|(?:end|ending)\s+up\s+in\s+(?:the\s+|a\s+)?(?:river|canal|ditch|pond|lake|hospital|A&E|wheelchair|box|morgue)|(?:leave|leaving|go|going|be\s+going|come|coming|carried|be\s+carried)\s+(?:home\s+|out\s+)?(?:in|on)\s+(?:an\s+|the\s+|a\s+)?(?:ambulance|wheelchair|box|body\s+bag|stretcher)|(?:won['’]t|will\s+not)\s+be\s+able\s+to\s+(?:sit|walk|stand)\s+(?:down\s+|up\s+|straight\s+)?for\s+a\s+(?:week|month|fortnight)|in\s+a\s+world\s+of\s+(?:pain|hurt)|find\s+out\s+what\s+happens\s+to\s+(?:people|anyone|those)\s+who\s+cross|put\s+(?:you|him|her|them)\s+in\s+(?:hospital|A&E|a\s+wheelchair|the\s+ground|an\s+early\s+grave|intensive\s+care))\b/giu;
// "someone is going to get hurt", "you'll get hurt", "somebody will end up hurt".
const GET_HURT =
  /\b(?:someone|somebody|you|he|she|they|people)(?:['’]s|['’]ll|['’]re|\s+is|\s+are|\s+will|\s+may|\s+might)?\s+(?:going\s+to\s+|gonna\s+)?(?:get|be|end\s+up(?:\s+getting)?)\s+(?:badly\s+|seriously\s+|really\s+)?(?:hurt|injured|harmed)\b/giu;
// "people like you end up getting hurt": said to someone of their kind.
const YOUR_KIND_HURT =
  /\b(?:people\s+like\s+(?:you|him|her|them)|your\s+sort|your\s+kind|the\s+likes\s+of\s+(?:you|him|her|them))\s+(?:tend\s+to\s+|often\s+|usually\s+|always\s+)?(?:end\s+up\s+(?:getting\s+)?|get\s+|gets\s+)(?:hurt|injured|a\s+kicking|a\s+hiding|what['’]s\s+coming)\b/giu;
// "I'd watch your step if I were you", "it won't be pretty" after a warning.
const IF_I_WERE_YOU = /\b(?:I['’]d|I\s+would)\s+(?:watch|mind)\s+(?:your\s+step|your\s+back|yourself|your\s+mouth)\s+if\s+I\s+were\s+you\b/giu;
const NOT_PRETTY = /\b(?:and\s+)?it\s+(?:won['’]t|will\s+not)\s+be\s+pretty\b/giu;
// "expect a visit from me, and it won't be a friendly one", "I'll be round, and you won't enjoy it".
const VISIT =
  /\b(?:(?:expect|expecting|get|getting|be\s+getting)\s+a\s+(?:visit|call|knock)|pay(?:ing)?\s+(?:you|him|her|them)\s+a\s+(?:visit|call)|(?:be|come|coming|go|going|pop|popping)\s+round)\b/giu;
const UNFRIENDLY =
  /\b(?:won['’]t|will\s+not|wouldn['’]t|isn['’]t|is\s+not)\s+be\s+(?:a\s+|for\s+a\s+)?(?:friendly|social|pleasant|nice|courtesy|polite|cosy)\b|\b(?:won['’]t|will\s+not)\s+(?:enjoy|like)\s+(?:it|the\s+visit|what)\b/iu;
// "I'll put a brick through the windscreen" after a warning.
const MISSILE = /(?<=\b(?:put|putting|throw|throwing|chuck|chucking|lob|lobbing)\s)(?:a\s+)?(?:brick|rock|stone|bricks|stones)\s+through\s+(?:the|your|his|her|their)\s+(?:windscreen|windows?|front\s+door)\b/giu;
// "drag you out of your house", "haul him out by his collar".
const MANHANDLE =
  /\b(?:drag|dragging|haul|hauling|frogmarch|frogmarching|throw|throwing|chuck|chucking)\s+(?:you|him|her|them)\s+(?:out\s+of\s+(?:your|his|her|their)\s+(?:house|home|car|van|bed|front\s+door)|(?:out\s+)?by\s+(?:your|his|her|their)\s+(?:collar|hair|ears?|neck|throat))/giu;
// Damage to someone's property: "I'll let his tyres down", "slash your tyres", "put your windows in".
const PROPERTY =
  /\b(?:let\s+(?:your|his|her|their)\s+tyres\s+down|(?:let\s+down|slash|slashing|key|keying|smash|smashing|put\s+in|torch|torching|burn|burning)\s+(?:your|his|her|their)\s+(?:tyres|car|van|windows|windscreen|shed|house|fence|front\s+door))\b/giu;
// "he'd better get someone to walk him to his car", "you'd better watch yourself".
const BETTER =
  /\b(?:you|he|she|they)(?:['’]d|\s+had)\s+better\s+(?:(?:get|have|bring)\s+someone\s+(?:to\s+)?walk\s+(?:you|him|her|them)|watch\s+(?:yourself|himself|herself|themselves|your\s+back|his\s+back|her\s+back|their\s+back)|(?:keep|stay)\s+looking\s+over\s+(?:your|his|her|their)\s+shoulder)/giu;
// A warning frame around the harm: a condition, a repeat, catching someone, or a last warning.
const WARNING_FRAME =
  /\b(?:if|when\s+I\s+(?:do|catch|find|get)|when\s+we\s+(?:catch|find|get)|once\s+I|again|next\s+time|once\s+more|one\s+more\s+time|carry\s+on|keep\s+(?:on|it\s+up|this|that|\w+ing)|or\s+else|try\s+(?:it|that|me)|(?:last|final)\s+warning|you\s+have\s+been\s+warned|you['’]ve\s+been\s+warned|deserves?|should|ought\s+to|I['’]ll|I\s+will|I['’]m\s+going\s+to|I\s+am\s+going\s+to|I['’]d\s+happily|we['’]ll)\b/i;
// A person the harm is for: a pronoun or a person's possessive in the sentence.
const PERSON_IN_SENTENCE = /\b(?:you|your|him|his|her|them|their|whoever|he|she|they)\b/i;
// Safety warnings and plain reports: "slow down or someone will get hurt", "two people were hurt".
const SAFETY = /\b(?:please|careful|slow\s+down|speed|speeding|drivers|road|pothole|ice|icy|flood|trip|accident|crash|collision|were\s+hurt|was\s+hurt|injured\s+in)\b/i;

// An ultimatum over something the person keeps doing: "one more email like that", "say that again", "next time
// you post…", then what the writer will do: "…and I'll come round and sort this out in person".
const ULTIMATUM =
  /\b(?:one\s+more|another)\s+(?:[\p{L}'’]+\s+){0,3}like\s+(?:that|this)|\b(?:do|say|send|post|write|try|pull)\s+(?:that|this|it)\s+(?:again|one\s+more\s+time)|\bnext\s+time\s+you\s+(?!come\b|are\b|['’]re\b)\p{L}+/iu;
const THEN_I = /(?:\band|,)\s+(?:I|we)(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to|\s+shall)\s+(?:[\p{L}'’]+\s+){0,8}?(?:(?:come|be|pop|go|drive)\s+round|sort\s+(?:this|it|that|you|him|her|them|things)\s+out|deal\s+with\s+(?:you|him|her|them)|have\s+(?:words|it\s+out)\s+with\s+(?:you|him|her|them)|(?:sort|settle|deal\s+with)\s+(?:this|it|that)\s+(?:in\s+person|face\s+to\s+face|my\s+way))(?:\s+(?:and\s+)?(?:sort\s+(?:this|it|that|you|him|her|them|things)\s+out|deal\s+with\s+(?:you|him|her|them)))?(?:\s+in\s+person)?/iu;

/** An imperative clause, then "and", before `at`: "keep stirring … and someone is going to get hurt". */
function imperativeAndBefore(c: Ctx, nlp: () => NlpDoc, at: number): boolean {
  const andAt = c.text.slice(0, at).search(/\band\s+(?:\S+\s+){0,3}$/i);
  if (andAt < 0) return false;
  return spansOf(nlp().verbs().isImperative() as unknown as NlpDoc).some((s) => s.start < andAt);
}

function harmHits(c: Ctx, nlp: () => NlpDoc): TokMatch[] {
  const { text } = c;
  const out: TokMatch[] = [];
  const push = (start: number, end: number) => {
    if (insideQuote(text, start)) return;
    const first = c.tokens.findIndex((t) => t.start >= start);
    if (first >= 0 && negatedBefore(c.tokens, first)) return;
    out.push({ start, end, text: text.slice(start, end), first: -1, last: -1 });
  };
  const framed = WARNING_FRAME.test(text);
  for (const re of [BODY_DAMAGE, AFTERMATH, MISSILE]) {
    for (const m of text.matchAll(re)) {
      if (!framed) continue;
      // "the dentist will give you a new set of teeth": harm, not a remedy.
      if (/\b(?:dentist|denture|surgeon|doctor|nurse|physio)\b/i.test(text)) continue;
      push(m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(NOT_PRETTY)) if (framed && /\b(?:his|her|their|your|you|him|them)\b/i.test(text.slice(0, m.index))) push(m.index, m.index + m[0].length);
  for (const re of [MANHANDLE, PROPERTY, BETTER, YOUR_KIND_HURT, IF_I_WERE_YOU]) {
    for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length);
  }
  const ultimatum = ULTIMATUM.exec(text);
  if (ultimatum) {
    const then = THEN_I.exec(text.slice(ultimatum.index));
    const lead = then ? /^,\s*/u.exec(then[0])?.[0].length ?? 0 : 0;
    if (then) push(ultimatum.index + then.index + lead, ultimatum.index + then.index + then[0].length);
  }
  for (const m of text.matchAll(VISIT)) {
    const rest = text.slice(m.index + m[0].length);
    const unfriendly = UNFRIENDLY.exec(rest);
    if (unfriendly && unfriendly.index <= 80) push(m.index, m.index + m[0].length + unfriendly.index + unfriendly[0].length);
  }
  for (const m of text.matchAll(GET_HURT)) {
    if (SAFETY.test(text)) continue;
    // A threat when it follows a warning to someone: "keep stirring … and someone is going to get hurt".
    if (imperativeAndBefore(c, nlp, m.index) || (/^\s*(?:or|otherwise)\b/i.test(text.slice(Math.max(0, m.index - 12), m.index).replace(/^.*,/, '')) && PERSON_IN_SENTENCE.test(text))) {
      push(m.index, m.index + m[0].length);
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
    const harm = HARM_PREFILTER.test(text);
    if (!phrases && !verbs && !orElse && !beating && !consequence && !harm) return [];
    if (REPORTED.test(text)) return [];
    const tokens = tokenize(text);
    const c: Ctx = { text, tokens, names: new Names(ctx.nlp) };
    const hits = [...(phrases ? phraseHits(c) : []), ...(verbs ? violenceHits(c) : []), ...(beating ? beatingHits(c) : []), ...(consequence ? consequenceHits(c) : []), ...(harm ? harmHits(c, ctx.nlp) : [])];
    // "Take it down by Friday, or else."
    if (orElse) {
      const start = text.toLowerCase().lastIndexOf('or else');
      hits.push({ start, end: start + 7, text: text.slice(start, start + 7), first: -1, last: -1 });
    }
    return dropNested(hits).map((m): Report => ({ messageId: 'threat', start: m.start, end: m.end, data: { words: quote(m.text) } }));
  },
});
