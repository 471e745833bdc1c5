import type { Report } from '../../lib/engine/rule.ts';
import type { NlpDoc } from '../../lib/engine/nlp.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { loadWordList } from '../../lib/engine/phrases.ts';
import { maskedMatcher } from '../shared/conduct-profanity.ts';
import { dropNested, indexedPhraseMatcher, listMatcher, listSet, locate, NEGATORS, quote, tokenAt, tokenize, type Tok, type TokMatch } from '../shared/conduct-text.ts';
import slurs from '../wordlists/conduct-slurs.json';
import groups from '../wordlists/conduct-protected-groups.json';
import adjectives from '../wordlists/conduct-protected-adjectives.json';
import predicates from '../wordlists/conduct-demeaning-predicates.json';
import counterSpeech from '../wordlists/conduct-counter-speech.json';
import nativist from '../wordlists/conduct-nativist-phrases.json';
import leads from '../wordlists/conduct-group-leads.json';
import markers from '../wordlists/conduct-group-markers.json';
import insinuations from '../wordlists/conduct-insinuations.json';
import groupHeads from '../wordlists/conduct-group-heads.json';
import conditions from '../wordlists/conduct-protected-conditions.json';
import habits from '../wordlists/conduct-group-habits.json';

const SLURS = listMatcher('conduct-slurs', slurs);
const MASKED_SLURS = maskedMatcher(loadWordList('conduct-slurs', slurs));
const GROUPS = listMatcher('conduct-protected-groups', groups);
const GROUP_WORDS = listSet('conduct-protected-groups', groups);
const ADJECTIVES = listMatcher('conduct-protected-adjectives', adjectives);
const PREDICATES = listMatcher('conduct-demeaning-predicates', predicates);
const COUNTER = listMatcher('conduct-counter-speech', counterSpeech);
const NATIVIST = listMatcher('conduct-nativist-phrases', nativist);
const LEADS = listMatcher('conduct-group-leads', leads);
const MARKERS = listMatcher('conduct-group-markers', markers);
const INSINUATIONS = listMatcher('conduct-insinuations', insinuations);
const CONDITIONS = listMatcher('conduct-protected-conditions', conditions);
const HABITS = listMatcher('conduct-group-habits', habits);
// "every time we get X… the parking goes to pot": a lead that blames only with a bad outcome.
const CAUSAL_LEAD = /^(?:every time|whenever|as soon as|since)\b/i;
const BAD_OUTCOME = /\b(?:goes|gone|going|went)\s+(?:to\s+pot|downhill|to\s+the\s+dogs)|\b(?:trouble|crime|mess|problems?|ruined|rubbish|chaos|nightmare|worse|litter|noise|break-ins|burglar(?:y|ies)|thefts?|fly-tipping|in\s+a\s+state|a\s+tip|dumped|wrecked)\b/i;
// Choosing or ruling people out by age, sex, race, religion or disability: "steer clear of the older applicant".
const HIRING =
  /\b(?:steer\s+clear\s+of|avoid|(?:not|n['’]t)\s+(?:hire|appoint|employ|shortlist|pick|choose)|rule\s+out|go\s+for|prefer|pick|choose)\s+(?:the\s+|an?\s+|any\s+|one\s+of\s+the\s+)?(?:older|younger|old|young|pregnant|disabled|foreign|female|male|muslim|jewish|black|asian|gay|trans)\s+(?:applicants?|candidates?|ones?|wom[ae]n|m[ae]n|persons?|lady|ladies|people|lads?|girls?)\b/giu;
// "they never do at that age", "at her age she won't cope".
const AT_THAT_AGE = /\bat\s+(?:that|her|his|their|your|my)\s+age\b/i;
const AGE_NEGATIVE = /\b(?:never|can['’]t|cannot|won['’]t|unable|struggle|too\s+old|past\s+it|slow|forget|forgetful)\b/i;
const INSINUATION_WINDOW = 300;
// "Always the same with that lot", "Those people never clean up": a group dismissed with a pronoun, then
// judged as a whole. Only counts with a protected group (or a faith, language or nationality cue) nearby.
const DISMISSIVE =
  /\b(?:(?:typical|always\s+the\s+same|same\s+as\s+ever)\s+(?:of|with)\s+|the\s+trouble\s+with\s+)?(?:that|them|those|these)\s+(?:lot|people|sorts?|types?)\b(?!\s+(?:who|that|which|at|from|on|in|running|who['’]ve|we|I|you|helping|volunteering)\b)/giu;
const DISMISSIVE_JUDGED =
  /^(?:typical|always|the\s+trouble)|\b(?:never\s+(?!fail|let|miss|stop|forget)|always\s+(?:mak\w*\s+a\s+mess|leav\w*\s+(?:a|the|their)\s+(?:mess|rubbish|litter)|caus\w*\s+trouble|moan\w*|whin\w*|complain\w*|the\s+same)|won['’]t\s+bother|can['’]t\s+be\s+bothered|couldn['’]t\s+care\s+less|no\s+respect|don['’]t\s+care|leave\s+(?:it|the\s+place|everything)\s+(?:a\s+tip|in\s+a\s+mess|a\s+mess)|all\s+the\s+same)\b/iu;
const GROUP_CUE =
  /\b(?:mosque|synagogue|gurdwara|temple|Eid|Ramadan|Diwali|Hanukkah|Muslims?|Jews?|Jewish|Hindus?|Sikhs?|travell?ers?|gypsy|gypsies|foreign(?:ers?)?|immigrants?|migrants?|refugees?|asylum|English|Polish|Romanian|Lithuanian|Bulgarian|pensioners|disabled|wheelchairs?|gay|trans|accents?)\b/u;
const DISMISSIVE_WINDOW = 300;
// "Half the people with blue badges aren't really disabled": a whole group called fakers.
const FAKERS =
  /\b(?:half|most|many|loads|lots|plenty|majority)\b[^.!?\n]{1,60}\b(?:aren['’]t|are\s+not|not)\s+(?:really|actually|even|genuinely|truly)\s+(?:disabled|ill|sick|blind|deaf|entitled\s+to\s+them)\b/giu;
const EXPECT_TROUBLE = /\b(?:so\s+)?expect\s+(?:trouble|problems|crime|the\s+worst|a\s+mess)\b|\b(?:means|meaning|spells)\s+(?:trouble|problems|crime)\b/i;

// Nouns that, after a protected adjective, name a group of people: "old people", "Polish workers", "English firms".
const PEOPLE = listSet('conduct-group-heads', groupHeads);
// One person standing for everyone like them, after "a", "an" or "any": "a blind man", "a young woman".
const ONE_PERSON = new Set(['man', 'woman', 'person', 'lad', 'girl', 'bloke', 'lady', 'chap', 'one', 'applicant', 'candidate', 'fellow', 'lass']);
// Who a characteristic named after them describes: "someone in a wheelchair", "people with learning disabilities".
const CONDITION_HEADS = new Set(['people', 'folk', 'folks', 'someone', 'somebody', 'anyone', 'anybody', 'man', 'woman', 'person', 'men', 'women', 'kids', 'children', 'adults', 'residents', 'drivers', 'those']);
// Age bands as a group: "the over-70s", "over 80s", "the over-sixties".
const AGE_BAND = /\b(?:the\s+)?over[-\s]?(?:[5-9]0s|65s|sixties|seventies|eighties|fifties)(?![\p{L}\p{N}])/giu;
// Words that may come between the group and what is said of it: "are all", "should never", "just".
const BRIDGE = new Set([
  'are', 'is', 'were', 'was', "'re", 'all', 'always', 'just', 'only', 'basically', 'mostly', 'usually', 'invariably',
  'generally', 'simply', 'really', 'so', 'too', 'nothing', 'but', 'a', 'an', 'should', 'must', 'will', 'do', 'tend',
  'to', 'these', 'days', 'nowadays', 'round', 'here', 'frankly', 'honestly', 'clearly', 'obviously', 'quite', 'very',
  'totally', 'completely', 'utterly', 'such', 'bloody', 'being', 'been', 'have', 'has', 'get', 'getting', 'now', 'like',
  'literally', 'bunch', 'of', 'lot', 'load', 'them', 'they', 'in', 'this', 'village', 'area', 'country', 'around',
  'seem', 'seems', 'become', 'becoming', 'shower', 'pack', 'set', 'gang', 'full', 'absolutely',
]);
// A specific group, not a generalisation: "the travellers on the rec", "two teenagers", "our pensioners".
const SPECIFIC = new Set([
  'the', 'two', 'three', 'four', 'five', 'six', 'some', 'several', 'few', 'our', 'my', 'their', 'his', 'her', 'your',
  'visiting', 'local', 'no', 'not', 'welcome', 'dear', 'fellow', 'with', 'for',
]);
// Words that take their protected sense only with a capital: Poles (not telegraph poles), Blacks, Whites.
const CAPITAL_ONLY = new Set(['poles', 'blacks', 'whites']);

function singularOf(entry: string): string[] {
  if (entry === 'women') return ['woman'];
  if (entry === 'men') return ['man'];
  return entry.endsWith('s') ? [entry.slice(0, -1)] : [];
}
const GROUP_SINGULARS = new Set([...GROUP_WORDS].filter((g) => !g.includes(' ')).flatMap(singularOf));
// Who was just mentioned, for insinuations: the groups, their singulars ("a Traveller camp") and the
// adjectives that are not everyday words (not "old", "young", "white").
const EVERYDAY_ADJECTIVES = new Set(['old', 'older', 'young', 'elderly', 'white', 'black', 'brown', 'male', 'female', 'lady', 'woman', 'women', 'religious', 'teenage', 'pregnant', 'sen', 'foreign', 'english', 'british', 'scottish', 'welsh', 'french', 'german', 'italian', 'spanish']);
const MENTION = indexedPhraseMatcher([
  ...GROUP_WORDS,
  ...GROUP_SINGULARS,
  ...loadWordList('conduct-protected-adjectives', adjectives).filter((a) => !EVERYDAY_ADJECTIVES.has(a.toLowerCase())),
]);

type Group = TokMatch;

function findGroups(text: string, tokens: readonly Tok[]): Group[] {
  const out: Group[] = [];
  for (const m of locate(tokens, GROUPS.find(text))) {
    if (CAPITAL_ONLY.has(m.text.toLowerCase()) && !/^\p{Lu}/u.test(m.text)) continue;
    // "the old dears", "the elderly residents": the group word goes on to a noun for people.
    const next = tokens[m.last + 1];
    if (next && !next.boundary && PEOPLE.has(next.lower)) out.push({ ...m, end: next.end, text: text.slice(m.start, next.end), last: m.last + 1 });
    else out.push(m);
  }
  const span = (first: number, last: number): Group => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { start, end, text: text.slice(start, end), first, last };
  };
  for (const m of locate(tokens, ADJECTIVES.find(text))) {
    const next = tokens[m.last + 1];
    if (!next || next.boundary) continue;
    if (PEOPLE.has(next.lower)) out.push(span(m.first, m.last + 1));
    // "Romanian fruit pickers", "Eastern European building crews": one noun before the head.
    else if (!BRIDGE.has(next.lower) && !SUBJECT_BRIDGE.has(next.lower) && !NEGATORS.has(next.lower)) {
      const head = tokens[m.last + 2];
      if (head && !head.boundary && PEOPLE.has(head.lower) && head.lower.endsWith('s')) out.push(span(m.first, m.last + 2));
    }
    // "a blind man", "any young woman": one person standing for the group.
    const before = tokens[m.first - 1];
    if (ONE_PERSON.has(next.lower) && before && !tokens[m.first]!.boundary && ['a', 'an', 'any'].includes(before.lower)) out.push(span(m.first, m.last + 1));
  }
  // "someone in a wheelchair", "people with learning disabilities"
  for (const m of locate(tokens, CONDITIONS.find(text))) {
    const head = tokens[m.first - 1];
    if (head && !tokens[m.first]!.boundary && CONDITION_HEADS.has(head.lower)) out.push(span(m.first - 1, m.last));
  }
  AGE_BAND.lastIndex = 0;
  for (const m of locate(tokens, [...text.matchAll(AGE_BAND)].map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] })))) out.push(m);
  return dropNested(out);
}

/** The group is one particular set of people ("the travellers on the rec"), or the sentence rebuts the idea. */
function notAGeneralisation(tokens: readonly Tok[], g: Group, counterStarts: readonly number[]): boolean {
  if (counterStarts.some((s) => s < g.start)) return true;
  const prev = tokens[g.first - 1];
  if (prev && !tokens[g.first]!.boundary && SPECIFIC.has(prev.lower) && !/^the\s/i.test(g.text)) return true;
  // "not all travellers", "nobody thinks pensioners are…"
  const prev2 = tokens[g.first - 2];
  if (prev && prev.lower === 'all' && prev2 && (prev2.lower === 'not' || prev2.clitic === "n't")) return true;
  return false;
}

// What ruling someone out looks like just before them: "can't have", "shouldn't let", "wouldn't appoint".
const RULED_OUT = /\b(?:can['’]t|cannot|can\s+not|couldn['’]t|shouldn['’]t|should\s+not|mustn['’]t|won['’]t|wouldn['’]t)\s+(?:really\s+|possibly\s+|just\s+)?(?:have|let|allow|put|appoint|hire|employ|pick|choose|trust|expect)\s+(?:an?\s+|any\s+)?$/iu;
// "no point giving the clerk's job to a young woman": the role may come between.
const NO_POINT = /\b(?:no\s+point|pointless|(?:a\s+)?waste\s+of\s+time)\s+(?:in\s+)?(?:giving|appointing|hiring|employing|asking|picking|choosing|putting|having|training|sending|offering)\b/iu;
// Keeping work or places for one nationality: "stick to English firms", "only hire British lads".
const OWN_KIND = /\b(?:stick\s+(?:to|with)|keep\s+it\s+to|only\s+(?:hire|use|employ|take\s+on|appoint|have))\s+(?:our\s+own\s+|proper\s+|good\s+old\s+)?$/iu;
const NATIONAL = /^(?:english|british|scottish|welsh|white|christian|local\s+english|native)\b/iu;
const INDEFINITE = new Set(['a', 'an', 'any', 'someone', 'somebody', 'anyone', 'anybody']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'my', 'his', 'her', 'their', 'your', 'two', 'three', 'four', 'some']);

/** Builds a map from term start offsets to compromise's tags. */
function termTags(doc: NlpDoc): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  for (const sent of json) for (const t of sent.terms) out.set(t.offset.start, t.tags);
  return out;
}

/**
 * A person or group ruled out of (or in to) a role for a protected characteristic: "Can't let a blind man
 * chair the committee", "Can't have someone in a wheelchair leading the footpaths group", "No point giving
 * the job to a young woman", "stick to English firms". The group must be generic (no "the", no name).
 */
function excludedFromRole(text: string, tokens: readonly Tok[], g: Group, tagsAt: (at: number) => string[]): { start: number; end: number } | undefined {
  const first = tokens[g.first]!;
  const prev = tokens[g.first - 1];
  const generic = INDEFINITE.has(first.lower) || !prev || first.boundary || !DEFINITE.has(prev.lower);
  const before = text.slice(Math.max(0, g.start - 50), g.start);
  if (generic) {
    const ruled = RULED_OUT.exec(before);
    if (ruled) {
      // Ruled out of doing something: a verb follows ("leading", "chair"), not a state ("stuck outside").
      const next = tokens[g.last + 1];
      if (next && !next.boundary) {
        const tagged = tagsAt(next.start);
        if (tagged.includes('Gerund') || tagged.includes('Infinitive')) return { start: g.start - before.length + ruled.index, end: next.end };
      }
    }
    // "no point giving the assistant clerk job to a young woman"
    const clause = text.slice(Math.max(0, g.start - 80), g.start);
    const noPoint = NO_POINT.exec(clause);
    if (noPoint && !/[.,;:!?]/.test(clause.slice(noPoint.index)) && /\b(?:to|on)\s+(?:an?\s+|any\s+)?$/i.test(clause)) {
      return { start: g.start - clause.length + noPoint.index, end: g.end };
    }
  }
  const own = OWN_KIND.exec(before);
  if (own && NATIONAL.test(g.text) && g.last > g.first) return { start: g.start - before.length + own.index, end: g.end };
  return undefined;
}

// Said of a particular set of people, still a judgement on the characteristic: too old, will never mix.
const CHARACTERISTIC_JUDGEMENT =
  /^(?:(?:are|were|['’]re|is|seem|seem\s+to\s+be)\s+(?:all\s+|just\s+|simply\s+|clearly\s+|frankly\s+)?(?:far\s+|much\s+|way\s+|a\s+bit\s+|getting\s+)?too\s+old\s+(?:to|for)\b(?!\s+(?:be\s+expected|have\s+to|be\s+asked|be\s+made))|(?:are|['’]re)\s+(?:all\s+)?past\s+it\b|keep\s+themselves\s+to\s+themselves|(?:stick|keep)\s+to\s+their\s+own\b|(?:will\s+never|never|won['’]t|will\s+not|don['’]t|do\s+not)\s+(?:ever\s+)?(?:join\s+in|mix|integrate|fit\s+in)\b)/iu;
const PLURAL_HEAD = /(?:s|men|people|folk|community)$/iu;

/** "the old dears on the hall committee are too old to cope": the judgement after the group's own phrase. */
function judgedByCharacteristic(text: string, tokens: readonly Tok[], g: Group): { start: number; end: number } | undefined {
  if (!PLURAL_HEAD.test(tokens[g.last]!.lower)) return undefined;
  for (let p = g.last + 1; p < tokens.length && p - g.last <= 8; p++) {
    const t = tokens[p]!;
    if (t.boundary) return undefined;
    const m = CHARACTERISTIC_JUDGEMENT.exec(text.slice(t.start));
    if (m) return { start: t.start, end: t.start + m[0].length };
  }
  return undefined;
}

/** "the special needs lot", "that foreign lot": a protected group dismissed as a "lot". */
function dismissedAsLot(tokens: readonly Tok[], g: Group): boolean {
  const last = tokens[g.last]!;
  const before = tokens[g.first - 1];
  if (last.lower !== 'lot') return false;
  // "the disabled lot": the group's own "the" leads it.
  if (['the', 'that', 'this', 'those'].includes(tokens[g.first]!.lower)) return true;
  return !!before && ['the', 'that', 'this', 'them', 'those'].includes(before.lower);
}

/** What follows the group: a demeaning predicate after only bridging words, not negated. */
function predicateAfter(tokens: readonly Tok[], g: Group, preds: readonly TokMatch[]): TokMatch | undefined {
  let negated = false;
  for (let p = g.last + 1; p < tokens.length && p - g.last <= 7; p++) {
    if (tokens[p]!.boundary) return undefined;
    const pred = preds.find((x) => x.first === p);
    if (pred) return negated ? undefined : pred;
    const t = tokens[p]!;
    if (NEGATORS.has(t.lower) || t.clitic === "n't") negated = true;
    else if (t.lower === 'who' || t.lower === 'that') continue; // "foreigners who can't speak English"
    else if (!BRIDGE.has(t.lower)) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Generalisations by structure: a protected group as the subject of its clause, then a negative
// predicate about the whole group within a few words — a refusal or failure ("don't fit in",
// "can't be relied on"), exclusion ("shouldn't be on the committee"), blame ("bring crime"), a
// sneer at habits ("hog every appointment", "moan"), or "too emotional to…". The predicate words
// are grammar-sized patterns; the group words come from the protected-group lists.
const NEGATIVE_PREDICATE =
  /^(?:(?:don['’]t|do\s+not|can['’]t|cannot|won['’]t|will\s+not|never|will\s+never|couldn['’]t)\s+(?:even\s+|ever\s+|really\s+|be\s+bothered\s+to\s+)?(?:fit\s+in|integrate|learn|bother|be\s+trusted|be\s+relied|pay|work|speak|care|contribute|understand|cope|drive|manage|belong|mix|behave|keep\s+up|join\s+in|clear\s+up|tidy\s+up|listen|turn\s+up|show\s+up|pull\s+their\s+weight)|shouldn['’]t\s+be|should\s+not\s+be|should\s+(?:be\s+)?(?:kept|sent|banned|stopped|barred|stick\s+to)|ought\s+to\s+be\s+(?:kept|sent|banned|in\s+a\s+separate)|bring\w*\s+(?:crime|trouble|disease|drugs|problems|the\s+area\s+down|house\s+prices\s+down)|(?:don['’]t|do\s+not|doesn['’]t|does\s+not|never|just\s+don['’]t)\s+(?:\w+\s+)?(?:have|possess)\s+the\s+(?:right\s+)?(?:temperament|brains|head|stomach|aptitude|nerve|backbone|intelligence|brain|mentality|character|makeup|make-up|capacity)\s+(?:to|for)\b|(?:lack|lacks)\s+the\s+(?:temperament|brains|aptitude|nerve|backbone|intelligence|mentality|character)\b|stuck\s+in\s+the\s+past|set\s+in\s+their\s+ways|(?:skiv\w*|(?:fiddl|milk|play|gam|cheat)\w*\s+(?:the\s+|their\s+)?(?:system|benefits?|claims?|welfare)|swing\w*\s+the\s+lead|fak\w*\s+it)\b|(?:hog|hogs|hogging|moan|moans|moaning|whinge|whinges|whinging|scrounge|scrounges|scrounging|sponge|sponges|sponging|leech|leeches|steal|steals|stealing|breed|breeds|smell|smells|stink|stinks|ruin|ruins|ruined)\b|come\s+(?:over\s+)?here\s+(?:for|to\s+(?:claim|take|sponge|scrounge))|(?:take|taking|took)\s+our\s+(?:jobs|houses|homes|benefits)|(?:far\s+|much\s+|way\s+)?too\s+(?:emotional|old|slow|stupid|thick|weak|frail|soft|feeble|lazy|hormonal|forgetful|senile)\b|past\s+(?:it|learning|caring|their\s+best)\b|(?:have|has)\s+no\s+(?:place|business)\s+(?:in|on|at|being)\b|(?:aren['’]t|are\s+not|isn['’]t|is\s+not|not)\s+(?:really\s+)?(?:cut\s+out|suited|suitable|fit)\s+(?:for|to)\b|just\s+(?:men|blokes|women)\s+(?:who|in|pretending|dressed)|not\s+real\s+(?:women|men)|slow\s+(?:\S+\s+){0,3}down|(?:all\s+|always\s+)(?:on\s+benefits|late|lazy|drunk|thieves|criminals|a\s+nuisance|a\s+burden|trouble))/iu;
// Words that may come between the group and the predicate ("Muslims just don't…", "girls are far too…").
const SUBJECT_BRIDGE = new Set([
  'are', 'is', 'were', 'was', "'re", 'all', 'always', 'just', 'only', 'basically', 'mostly', 'usually', 'generally',
  'simply', 'really', 'so', 'these', 'days', 'nowadays', 'round', 'here', 'frankly', 'honestly', 'clearly', 'obviously',
  'who', 'that', 'will', 'would', 'should', 'do', 'does', 'tend', 'to', 'seem', 'seems', 'also', 'then', 'and', 'they',
  'in', 'general',
]);
// Shutting a group out: "we don't want foreigners…", "I'd rather we avoided anyone from the Traveller community".
const EXCLUDE_LEAD =
  /\b(?:(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+want|avoid|avoided|avoiding|steer\s+clear\s+of|rule\s+out|turn\s+away|no\s+more)\s+(?:any\s+more\s+|any\s+|more\s+|anyone\s+from\s+(?:the\s+|a\s+)?|anybody\s+from\s+(?:the\s+|a\s+)?|people\s+from\s+(?:the\s+|a\s+)?|all\s+|the\s+)?$/iu;

// "can't move in town for…", "couldn't get a seat on the bus for…": crowded out by a group.
const CROWDED_OUT =
  /\b(?:can['’]t|cannot|can\s+not|couldn['’]t|could\s+not)\s+(?:move|walk|park|breathe|turn\s+round|get\s+(?:a|any)\s+\p{L}+)\s+(?:(?:in|round|around|on|at|down|through|along|near)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+)?(?:these\s+days\s+|any\s*more\s+|now\s+)?for\s+(?:all\s+)?(?:the\s+)?$/iu;
// "Why do we let the over-70s have a say", "why should we allow pensioners to vote on it".
const LET_HAVE_SAY =
  /\bwhy\s+(?:do|does|should|would|are|must)\s+(?:we|they|you|councillors|the\s+(?:parish\s+|town\s+)?council)\s+(?:even\s+|still\s+)?(?:let|allow|ask|consult|listen\s+to|bother\s+with|bother\s+asking|give)\s+(?:all\s+)?$/iu;

const HAVE_A_SAY = /^\s+(?:(?:to\s+)?(?:have|get)\s+(?:a|any|the\s+final)\s+(?:say|vote|voice)|(?:to\s+)?(?:vote|decide|choose|run|sit\s+on|stand\s+for|chair|speak\s+on|comment\s+on|near|anywhere\s+near)\b)/iu;

const BLAME = /^(?:the\s+(?:real\s+|main\s+|whole\s+|only\s+)?(?:reason|cause)|to\s+blame)\b/iu;
const HABITUAL = new Set(['always', 'forever', 'constantly', 'invariably', 'continually']);

/** A group as subject with a negative predicate after it: "Muslims just don't fit in". */
function negativePredicateAfter(text: string, tokens: readonly Tok[], g: Group, habits: readonly TokMatch[]): { start: number; end: number } | undefined {
  // "Women's football": a possessive names something of theirs.
  if (/^['’]/.test(text.slice(g.end, g.end + 1))) return undefined;
  for (let p = g.last + 1; p < tokens.length && p - g.last <= 6; p++) {
    const t = tokens[p]!;
    if (t.boundary) return undefined;
    const rest = text.slice(t.start);
    const m = NEGATIVE_PREDICATE.exec(rest);
    if (m) return { start: t.start, end: t.start + m[0].trimEnd().length };
    // "Women drivers are the reason the junction is a nightmare": blamed for something bad.
    const blame = BLAME.exec(rest);
    if (blame && BAD_OUTCOME.test(rest.slice(blame[0].length))) return { start: t.start, end: t.start + blame[0].length };
    // "Gay people are always pushing it in everyone's faces": a habit pinned on the whole group.
    if (HABITUAL.has(t.lower)) {
      const habit = habits.find((h) => h.first === p + 1);
      if (habit) return { start: t.start, end: habit.end };
    }
    if (!SUBJECT_BRIDGE.has(t.lower) && !SUBJECT_BRIDGE.has(t.stem)) return undefined;
  }
  return undefined;
}

// Pronoun generalisations ("They bring crime wherever they go", "Typical of them") count only with a
// protected group named nearby, so they are marked per sentence for the whole-draft pass.
const PRONOUN_GENERALISATION =
  /\b(?:they|them\s+lot|these\s+people|those\s+people)\s+(?:all\s+|always\s+|just\s+|only\s+)?(?:bring\w*\s+(?:crime|trouble|disease|drugs|problems)|(?:can['’]t|cannot|won['’]t|never|don['’]t)\s+(?:be\s+relied|be\s+trusted|fit\s+in|integrate|be\s+bothered|work|pay)|come\s+(?:over\s+)?here\s+for)/giu;
// "Half of them can't even speak English", "most of them never bother to learn": part of a group just named.
// Only with "even", "bother", "never" or "won't": "most of them don't speak English yet" is a plain fact.
const SHARE_OF_THEM =
  /\b(?:half|most|many|loads|lots|plenty|the\s+majority|nearly\s+all|all)\s+of\s+(?:them|that\s+lot|this\s+lot|those|these)\s+(?:just\s+|still\s+)?(?:(?:don['’]t|do\s+not|can['’]t|cannot)\s+(?:even\s+(?:bother\s+)?(?:bother(?:\s+(?:to\s+learn|learning|to\s+speak|speaking|to\s+work|working|to\s+pay|paying|to\s+mix|mixing))?|learn|speak|work|pay|fit\s+in|integrate|mix|contribute)|bother\s+(?:bother(?:\s+(?:to\s+learn|learning|to\s+speak|speaking|to\s+work|working|to\s+pay|paying|to\s+mix|mixing))?|learn|speak|work|pay|fit\s+in|integrate|mix|contribute)?)|(?:won['’]t|will\s+never|never)\s+(?:even\s+|ever\s+)?(?:bother(?:\s+(?:to\s+learn|learning|to\s+speak|speaking|to\s+work|working|to\s+pay|paying|to\s+mix|mixing))?|learn|speak|work|pay|fit\s+in|integrate|mix|contribute)|are\s+(?:just\s+|all\s+)?(?:on\s+benefits|skiving|scrounging|stuck\s+in\s+the\s+past|set\s+in\s+their\s+ways))/giu;
const TYPICAL_OF_THEM = /\btypical\s+of\s+(?:them|that\s+lot|this\s+lot|them\s+lot|their\s+sort|their\s+kind|those\s+people|these\s+people)\b/giu;
// Referring back to a group just named and generalising about it: "that's what that lot always do",
// "they keep themselves to themselves", "That lot stick to their own".
const BACK_REFERENCE =
  /\b(?:that['’]?s\s+(?:just\s+|exactly\s+|always\s+)?(?:what|how)\s+(?:they['’]re(?:\s+like)?|(?:they|that\s+lot|this\s+lot|them\s+lot|these\s+people|those\s+people|their\s+sort|their\s+kind|that\s+sort)\s+(?:always\s+|all\s+|usually\s+)?(?:do|does|are\s+like|are|get\s+up\s+to|behave|carry\s+on))|(?:they|that\s+lot|this\s+lot|them\s+lot|these\s+people|those\s+people|their\s+sort|their\s+kind)\s+(?:all\s+|always\s+|just\s+|only\s+)?(?:keep\s+themselves\s+to\s+themselves|(?:stick|keep)\s+to\s+(?:their\s+own|themselves)|stick\s+together|(?:never|won['’]t|don['’]t|will\s+never)\s+(?:join\s+in|mix|clear\s+up|tidy\s+up|pull\s+their\s+weight)))\b/giu;
// "Give it a week and every shed in the parish will be empty": theft expected.
const THEFT_EXPECTED = /\b(?:sheds?|garages?|bikes|tools|valuables|houses|cars|vans)(?:\s+(?:in|on|round|around|across)\s+(?:the|this|our)\s+\p{L}+)?\s+(?:will\s+be|['’]ll\s+be|will\s+go|go)\s+(?:empty|missing|gone|nicked|stolen|broken\s+into|cleared\s+out)\b/giu;
const PRONOUN_WINDOW = 200;

const TRIGGER = 'needs-draft-pass';

export default defineRule({
  meta: {
    id: 'discriminatory-language',
    category: 'conduct',
    description: 'Slurs, or demeaning generalisations about people because of a protected characteristic.',
    defaultSeverity: 'warning',
    messages: {
      slur: '“{{words}}” is a slur and will offend. Please remove it.',
      generalisation:
        '“{{words}}” judges a whole group by a protected characteristic. Talk about the specific problem or behaviour instead.',
    },
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    const reports: Report[] = [];
    for (const m of [...SLURS.find(text), ...MASKED_SLURS.find(text)]) {
      if (text[m.start - 1] === '-') continue; // "fire-retarded"
      if (/^midgets?$/i.test(m.text) && /^\s+gems/i.test(text.slice(m.end))) continue;
      reports.push({ messageId: 'slur', start: m.start, end: m.end, data: { words: quote(m.text) } });
    }

    for (const m of NATIVIST.find(text)) reports.push({ messageId: 'generalisation', start: m.start, end: m.end, data: { words: quote(m.text) } });
    for (const m of text.matchAll(HIRING)) {
      reports.push({ messageId: 'generalisation', start: m.index, end: m.index + m[0].length, data: { words: quote(m[0]) } });
    }
    // "they are foreign, so expect trouble": trouble expected because of who someone is.
    const expect = EXPECT_TROUBLE.exec(text);
    if (expect && (MENTION.test(text.slice(0, expect.index)) || /\bforeign(?:ers?)?\b/i.test(text.slice(0, expect.index)))) {
      reports.push({ messageId: 'generalisation', start: expect.index, end: expect.index + expect[0].length, data: { words: quote(expect[0]) } });
    }
    for (const m of text.matchAll(FAKERS)) {
      reports.push({ messageId: 'generalisation', start: m.index, end: m.index + m[0].length, data: { words: quote(m[0]) } });
    }
    const age = AT_THAT_AGE.exec(text);
    if (age && AGE_NEGATIVE.test(text)) reports.push({ messageId: 'generalisation', start: age.index, end: age.index + age[0].length, data: { words: quote(age[0]) } });

    AGE_BAND.lastIndex = 0;
    const hasGroup = GROUPS.test(text) || ADJECTIVES.test(text) || MARKERS.test(text) || CONDITIONS.test(text) || AGE_BAND.test(text) || /\b(?:typical|bloody)\b/i.test(text);
    if (hasGroup) {
      const tokens = tokenize(text);
      const preds = locate(tokens, PREDICATES.find(text));
      const habits = locate(tokens, HABITS.find(text));
      // compromise's tags for the sentence, asked for only when an exclusion frame meets a group.
      let tags: Map<number, string[]> | undefined;
      const tagsAt = (at: number) => {
        tags ??= termTags(ctx.nlp());
        return tags.get(at) ?? [];
      };
      const counterStarts = COUNTER.find(text).map((m) => m.start);
      const found: { start: number; end: number }[] = [];
      const leadMatches = LEADS.find(text);
      const leadBefore = (start: number) => leadMatches.find((l) => /^\s*(?:all\s+)?(?:the\s+|these\s+|those\s+)?$/i.test(text.slice(l.end, start)) && l.end <= start);
      const blamed = (lead: { text: string }) => !CAUSAL_LEAD.test(lead.text) || BAD_OUTCOME.test(text);
      for (const m of MARKERS.find(text)) {
        const lead = leadBefore(m.start);
        if (lead && blamed(lead) && !counterStarts.some((s) => s < m.start)) found.push({ start: lead.start, end: m.end });
      }
      for (const g of findGroups(text, tokens)) {
        const lead = leadBefore(g.start);
        if (lead && blamed(lead) && !counterStarts.some((s) => s < g.start)) {
          found.push({ start: lead.start, end: g.end });
          continue;
        }
        if (dismissedAsLot(tokens, g) && !counterStarts.some((s) => s < g.start)) {
          found.push({ start: g.start, end: g.end });
          continue;
        }
        // "can't park on the green for foreigners", "why do we let the over-80s vote on it": a group
        // resented for being there, or questioned for having a say.
        const before60 = text.slice(Math.max(0, g.start - 60), g.start);
        const presence = CROWDED_OUT.exec(before60) ?? (HAVE_A_SAY.test(text.slice(g.end)) ? LET_HAVE_SAY.exec(before60) : null);
        if (presence && !counterStarts.some((c) => c < g.start)) {
          found.push({ start: Math.max(0, g.start - 60) + presence.index, end: g.end });
          continue;
        }
        // "keep the travellers out"
        if (/\bkeep\s+(?:the\s+|these\s+|those\s+|all\s+)?$/i.test(text.slice(Math.max(0, g.start - 30), g.start)) && /^\s+out\b/i.test(text.slice(g.end))) {
          found.push({ start: g.start, end: g.end + (/^\s+out/i.exec(text.slice(g.end))![0].length) });
          continue;
        }
        // "we don't want foreigners…", "avoided anyone from the Traveller community"
        if (EXCLUDE_LEAD.test(text.slice(Math.max(0, g.start - 60), g.start)) && !counterStarts.some((c) => c < g.start)) {
          const lead = EXCLUDE_LEAD.exec(text.slice(Math.max(0, g.start - 60), g.start))!;
          found.push({ start: Math.max(0, g.start - 60) + lead.index, end: g.end });
          continue;
        }
        const counterBefore = counterStarts.some((c) => c < g.start);
        // "Can't have someone in a wheelchair leading the group", "no point giving the job to a young
        // woman", "stick to English firms": someone ruled in or out for who they are.
        const excluded = !counterBefore && excludedFromRole(text, tokens, g, tagsAt);
        if (excluded) {
          found.push(excluded);
          continue;
        }
        if (notAGeneralisation(tokens, g, counterStarts)) {
          // "The old dears on the committee are too old to cope", "the new Nepalese families will never
          // join in": a set of people, but judged by the characteristic itself.
          const judged = counterBefore ? undefined : judgedByCharacteristic(text, tokens, g);
          if (judged) found.push({ start: g.start, end: judged.end });
          continue;
        }
        const neg = predicateAfter(tokens, g, preds) ? undefined : negativePredicateAfter(text, tokens, g, habits);
        if (neg) {
          const prev = tokens[g.first - 1];
          const start = prev && !tokens[g.first]!.boundary && ['all', 'these', 'those', 'most'].includes(prev.lower) ? prev.start : g.start;
          found.push({ start, end: neg.end });
          continue;
        }
        const pred = predicateAfter(tokens, g, preds);
        if (!pred) {
          const judged = counterBefore ? undefined : judgedByCharacteristic(text, tokens, g);
          if (judged) found.push({ start: g.start, end: judged.end });
          continue;
        }
        // "all travellers are thieves": start at "all"/"these" when it leads the group.
        let start = g.start;
        const prev = tokens[g.first - 1];
        if (prev && !tokens[g.first]!.boundary && ['all', 'these', 'those', 'most'].includes(prev.lower)) start = prev.start;
        found.push({ start, end: pred.end });
      }
      // Singular after "typical": "typical woman driver", "typical foreigner".
      for (const m of text.matchAll(/\btypical\s+(\p{L}+)/giu)) {
        const i = tokenAt(tokens, m.index + m[0].length - m[1]!.length);
        if (i >= 0 && GROUP_SINGULARS.has(tokens[i]!.lower)) found.push({ start: m.index, end: tokens[i]!.end });
      }
      for (const f of dropNested(found)) {
        reports.push({ messageId: 'generalisation', start: f.start, end: f.end, data: { words: quote(text.slice(f.start, f.end)) } });
      }
    }
    const out = dropNested(reports);
    // Marks a sentence holding an insinuation or a dismissive reference, so the whole-draft pass
    // (which looks for the group nearby) runs only when there is something to look at.
    DISMISSIVE.lastIndex = 0;
    const dismissive = DISMISSIVE.test(text);
    DISMISSIVE.lastIndex = 0;
    PRONOUN_GENERALISATION.lastIndex = 0;
    TYPICAL_OF_THEM.lastIndex = 0;
    THEFT_EXPECTED.lastIndex = 0;
    BACK_REFERENCE.lastIndex = 0;
    SHARE_OF_THEM.lastIndex = 0;
    const pronoun = PRONOUN_GENERALISATION.test(text) || SHARE_OF_THEM.test(text) || TYPICAL_OF_THEM.test(text) || THEFT_EXPECTED.test(text) || BACK_REFERENCE.test(text);
    BACK_REFERENCE.lastIndex = 0;
    SHARE_OF_THEM.lastIndex = 0;
    if (dismissive || pronoun || INSINUATIONS.test(text)) out.push({ messageId: TRIGGER, start: 0, end: 0 });
    return out;
  },
  checkDraft(ctx, withTriggers) {
    const fromSentences = withTriggers.filter((r) => r.messageId !== TRIGGER);
    if (fromSentences.length === withTriggers.length) return fromSentences;
    // Insinuations need the group named nearby, often in the sentence before:
    // "Traveller camp setting up on the field. Lock your sheds, folks."
    const text = ctx.text;
    const found = INSINUATIONS.find(text);
    DISMISSIVE.lastIndex = 0;
    const dismissive = DISMISSIVE.test(text);
    DISMISSIVE.lastIndex = 0;
    const pronounHits = [...text.matchAll(PRONOUN_GENERALISATION), ...text.matchAll(SHARE_OF_THEM), ...text.matchAll(TYPICAL_OF_THEM), ...text.matchAll(THEFT_EXPECTED), ...text.matchAll(BACK_REFERENCE)];
    if (!found.length && !dismissive && !pronounHits.length) return fromSentences;
    const inQuote = (at: number) => ctx.quoted.some((q) => q.start <= at && at < q.end);
    const mentions = MENTION.find(text).filter((m) => !inQuote(m.start));
    const extra: Report[] = [];
    if (dismissive) {
      for (const m of text.matchAll(DISMISSIVE)) {
        if (inQuote(m.index)) continue;
        const end = m.index + m[0].length;
        // The sentence (line) the reference sits in, for the judgement.
        const from = Math.max(text.lastIndexOf('\n', m.index), ...['.', '!', '?'].map((p) => text.lastIndexOf(p, m.index - 1))) + 1;
        const stops = ['.', '!', '?', '\n'].map((p) => text.indexOf(p, end)).filter((i) => i >= 0);
        const to = stops.length ? Math.min(...stops) : text.length;
        const sentence = text.slice(from, to);
        if (!DISMISSIVE_JUDGED.test(m[0]) && !DISMISSIVE_JUDGED.test(text.slice(end, to))) continue;
        if (COUNTER.test(sentence)) continue;
        const windowText = text.slice(Math.max(0, m.index - DISMISSIVE_WINDOW), Math.min(text.length, to + 80));
        const named = mentions.some((g) => g.end <= m.index ? m.index - g.end <= DISMISSIVE_WINDOW : g.start - to <= 80) || GROUP_CUE.test(windowText);
        if (named) extra.push({ messageId: 'generalisation', start: m.index, end, data: { words: quote(m[0]) } });
      }
    }
    for (const m of pronounHits) {
      if (inQuote(m.index)) continue;
      // The group must be named shortly before, in the same or the sentence before: "Another Romanian car
      // wash … They bring crime wherever they go".
      const before = mentions.filter((g) => g.end <= m.index && m.index - g.end <= PRONOUN_WINDOW);
      if (!before.length) continue;
      const from = Math.max(text.lastIndexOf('\n', m.index), ...['.', '!', '?'].map((p) => text.lastIndexOf(p, m.index - 1))) + 1;
      if (COUNTER.test(text.slice(from, m.index + m[0].length))) continue;
      // "that's what they're like" blames only after something bad: "left the field in a state, that's what
      // that lot always do", not "they keep the site tidy. That's what they're like: good neighbours".
      if (/^that/i.test(m[0]) && !BAD_OUTCOME.test(text.slice(before[0]!.start, m.index))) continue;
      extra.push({ messageId: 'generalisation', start: m.index, end: m.index + m[0].length, data: { words: quote(m[0]) } });
    }
    for (const m of found) {
      if (inQuote(m.start)) continue;
      const near = mentions.some((g) => g.end <= m.start ? m.start - g.end <= INSINUATION_WINDOW : g.start - m.end <= 80);
      if (near) extra.push({ messageId: 'generalisation', start: m.start, end: m.end, data: { words: quote(m.text) } });
    }
    return dropNested([...fromSentences, ...extra]);
  },
});
