import { loadWordList, phraseRegExp, type Match } from '../../lib/engine/phrases.ts';
import type { NlpDoc } from '../../lib/engine/nlp.ts';
import personNouns from '../wordlists/conduct-person-nouns.json';
import organisationNouns from '../wordlists/conduct-organisation-nouns.json';

// Helpers shared by the conduct rules (personal-attack, defamation-risk, discriminatory-language,
// threat, grievance-in-public): a light tokeniser with clause boundaries, and the tests for
// "who is this said about" — a person, a group, the writer, or a thing.

/** A word of the sentence, with what comes between it and the word before. */
export interface Tok {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** For contractions ("he's", "clerk's", "isn't"), the part before the clitic; otherwise `lower`. */
  stem: string;
  /** "'s", "'re", "'m", "'ve", "'ll", "'d", "n't" or "". */
  clitic: string;
  start: number;
  end: number;
  /** Punctuation (or the start of the sentence) comes between this word and the one before. */
  boundary: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Words, numbers, and words joined by hyphens or apostrophes ("vice-chair's", "don't").
// Each repetition starts with a separator the letter class cannot match, so matching is linear.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const BOUNDARY_GAP = /[.,;:!?()[\]"“”…\u2013\u2014]|\s[-–]\s/u;
const CLITIC = /^(.+?)(n't|'s|'re|'m|'ve|'ll|'d)$/;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const c = CLITIC.exec(lower);
    out.push({
      text: m[0],
      lower,
      stem: c ? c[1]! : lower,
      clitic: c ? c[2]! : '',
      start: m.index,
      end: m.index + m[0].length,
      boundary: out.length === 0 || BOUNDARY_GAP.test(text.slice(prevEnd, m.index)),
      cap: /^\p{Lu}/u.test(m[0]),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** Index of the token starting at `start`, or -1. Tokens are sorted, so a binary search. */
export function tokenAt(tokens: readonly Tok[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= start) lo = mid + 1;
    else if (t.start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the last token ending at or before `end`. */
export function tokenEndingAt(tokens: readonly Tok[], end: number): number {
  let found = -1;
  for (let i = 0; i < tokens.length && tokens[i]!.start < end; i++) found = i;
  return found;
}

/** A phrase match located in the token stream: first and last token. */
export interface TokMatch extends Match {
  first: number;
  last: number;
}

export function locate(tokens: readonly Tok[], matches: readonly Match[]): TokMatch[] {
  const out: TokMatch[] = [];
  for (const m of matches) {
    const first = tokenAt(tokens, m.start);
    const last = tokenEndingAt(tokens, m.end);
    if (first === -1 || last < first) continue;
    out.push({ ...m, first, last });
  }
  return out;
}

/** Drops matches that lie inside a longer one (lists hold "fuck" and "fucking"; phrases overlap). */
export function dropNested<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

// Where a listed phrase may start: each word, and each part of a hyphenated word ("anti-|bullying").
const PHRASE_START = /(?<![\p{L}\p{N}_'’])[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

// The words of the last text asked about: every list a rule runs over a sentence shares one split.
let cachedText: string | undefined;
let cachedWords: { word: string; at: number }[] = [];

function wordsOf(text: string): { word: string; at: number }[] {
  if (text === cachedText) return cachedWords;
  const words: { word: string; at: number }[] = [];
  PHRASE_START.lastIndex = 0;
  for (let m = PHRASE_START.exec(text); m; m = PHRASE_START.exec(text)) {
    words.push({ word: m[0].toLowerCase().replace(/’/g, "'"), at: m.index });
  }
  cachedText = text;
  cachedWords = words;
  return words;
}

function firstKey(phrase: string): string {
  const first = phrase.trim().split(/\s+/)[0]!.toLowerCase().replace(/’/g, "'");
  return first.split('-')[0]!;
}

/**
 * The same matches as phraseMatcher (whole words, longest phrase first, no overlaps), but indexed
 * by each phrase's first word, so a long list costs a map lookup per word rather than a scan of
 * every phrase at every position.
 */
export function indexedPhraseMatcher(phrases: readonly string[]) {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const key = firstKey(p);
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  // Compiled on first use, so loading a long list costs next to nothing.
  const sticky = new Map<string, RegExp>();
  const regexFor = (key: string): RegExp | undefined => {
    let re = sticky.get(key);
    if (re) return re;
    const list = groups.get(key);
    if (!list) return undefined;
    re = new RegExp(phraseRegExp(list).source, 'iuy');
    sticky.set(key, re);
    return re;
  };
  function find(text: string, firstOnly = false): Match[] {
    const out: Match[] = [];
    let lastEnd = 0;
    for (const { word, at } of wordsOf(text)) {
      if (at < lastEnd || !groups.has(word)) continue;
      const re = regexFor(word)!;
      re.lastIndex = at;
      const hit = re.exec(text);
      if (!hit) continue;
      out.push({ start: at, end: at + hit[0].length, text: hit[0] });
      lastEnd = at + hit[0].length;
      if (firstOnly) return out;
    }
    return out;
  }
  return { find: (text: string) => find(text), test: (text: string) => find(text, true).length > 0 };
}

/** A matcher built from a checked word list. */
export function listMatcher(name: string, data: unknown) {
  return indexedPhraseMatcher(loadWordList(name, data));
}

/** A lower-case set built from a checked word list. */
export function listSet(name: string, data: unknown): Set<string> {
  return new Set(loadWordList(name, data).map((e) => e.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------
// Who a remark is about.

/** Closed-class words: grammar, not vocabulary, so kept here rather than in a word list. */
export const SINGLE_PRONOUNS = new Set(['you', 'he', 'she', 'him', 'her', 'yourself', 'himself', 'herself', 'ya', 'u']);
export const GROUP_PRONOUNS = new Set(['they', 'them', 'themselves', 'yourselves']);
export const SELF_PRONOUNS = new Set(['i', 'me', 'myself', 'we', 'us', 'ourselves']);
export const THING_PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'which', 'what', 'there', 'here', 'everything', 'something', 'nothing', 'anything']);
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'sir', 'dame', 'rev', 'revd', 'lord', 'lady', 'pcso', 'pc', 'prof']);
export const COPULAS = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', "'s", "'re", "'m"]);
/** Verbs that link a subject to a description as a copula does ("he seems clueless"). */
export const LINKING = new Set([
  'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared', 'looks', 'look', 'looked', 'sounds', 'sound', 'sounded',
  'remains', 'remain', 'remained', 'proved', 'proves', 'prove', 'become', 'becomes', 'became', 'act', 'acts', 'acted',
  'acting', 'behave', 'behaves', 'behaved', 'behaving', 'like',
]);
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'must', 'could', 'can', 'may', 'might', 'should', 'shall', 'always', 'ever',
  'really', 'just', 'also', 'still', 'clearly', 'obviously', 'frankly', 'honestly', 'now', 'simply', 'genuinely',
  'truly', 'actually', 'basically', 'certainly', 'definitely', 'probably', 'all', 'both', 'then', 'again', 'once',
  'evidently', 'plainly', 'apparently', 'literally', 'officially', 'quite', 'totally', 'completely', 'utterly',
  'absolutely', 'being', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', "'ve", "'ll", "'d",
]);
export const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'hardly', 'neither', "n't"]);
const RELATIVE = new Set(['who', 'whoever', 'that', 'whom']);
const PERSON_NOUNS = listSet('conduct-person-nouns', personNouns);
const ORGANISATION_NOUNS = listSet('conduct-organisation-nouns', organisationNouns);
export const DETERMINERS = new Set(['the', 'this', 'that', 'our', 'your', 'his', 'her', 'their', 'my', 'its']);

/** Names in a sentence, found by compromise only when a rule needs them. */
export class Names {
  #starts: Set<number> | undefined;
  #orgs: Set<number> | undefined;
  constructor(private readonly nlp: () => NlpDoc) {}
  #load() {
    if (this.#starts) return;
    this.#starts = new Set();
    this.#orgs = new Set();
    const json = this.nlp().json({ offset: true, terms: { offset: true } }) as {
      terms: { tags: string[]; offset: { start: number } }[];
    }[];
    for (const s of json) {
      for (const t of s.terms) {
        if (t.tags.includes('Person') || t.tags.includes('FirstName') || t.tags.includes('LastName')) this.#starts.add(t.offset.start);
        if (t.tags.includes('Organization')) this.#orgs.add(t.offset.start);
      }
    }
  }
  isPerson(tok: Tok): boolean {
    this.#load();
    return this.#starts!.has(tok.start);
  }
  isOrganisation(tok: Tok): boolean {
    this.#load();
    return this.#orgs!.has(tok.start);
  }
}

export type Who = 'person' | 'group' | 'self' | 'thing' | 'unknown';

// Capitalised words that are never names (they start sentences), so compromise need not be asked.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for', 'to', 'from',
  'with', 'by', 'our', 'my', 'his', 'their', 'your', 'its', 'after', 'before', 'since', 'please', 'thanks', 'thank',
  'sadly', 'also', 'just', 'however', 'yes', 'no', 'not', 'all', 'some', 'any', 'every', 'each', 'one', 'two', 'three',
  'why', 'what', 'how', 'who', 'where', 'whoever', 'anyone', 'everyone', 'someone', 'nobody', 'honestly', 'frankly',
  'apparently', 'clearly', 'again', 'once', 'still', 'even', 'only', 'today', 'yesterday', 'tomorrow', 'last', 'next',
  'new', 'old', 'dear', 'hi', 'hello', 'regards', 'views', 'personal', 'reminder', 'update', 'note', 'well', 'another',
]);

export interface WhoOptions {
  /** Count organisations named in capitals ("Smith Builders Ltd") as identifiable. */
  organisations?: boolean;
}

const BUSINESS_SUFFIX = new Set(['ltd', 'limited', 'plc', 'llp', 'homes', 'construction', 'developments', 'builders', 'contractors', 'services', 'group', 'estates', 'associates', 'sons', 'partners',
  // trades named in a firm's name: "Fenbridge Surfacing", "Hale Roofing"
  'surfacing', 'roofing', 'paving', 'landscaping', 'fencing', 'groundworks', 'plumbing', 'electrical', 'motors', 'scaffolding',
  'drainage', 'haulage', 'joinery', 'removals', 'maintenance', 'lettings', 'properties', 'decorators', 'plumbers', 'electricians',
  // other trading names: "Green Acre Kennels", "Mill Farm Stables"
  'kennels', 'cattery', 'stables', 'nurseries', 'nursery', 'garage', 'garages', 'stores', 'salon', 'bakery', 'butchers', 'kitchens', 'windows', 'autos', 'cars', 'coaches', 'taxis', 'skips', 'waste', 'recycling', 'farms']);

/** Whether the token at `i` names someone: a pronoun, a role or group noun, a title and name, or a name. */
export function whoIs(tokens: readonly Tok[], i: number, names: Names | undefined, opts: WhoOptions = {}): Who {
  const t = tokens[i];
  if (!t) return 'unknown';
  const w = t.stem;
  if (SINGLE_PRONOUNS.has(w)) return 'person';
  if (GROUP_PRONOUNS.has(w)) return 'group';
  if (SELF_PRONOUNS.has(w)) return 'self';
  if (THING_PRONOUNS.has(w) || w === 'it') return 'thing';
  if (PERSON_NOUNS.has(w)) return 'person';
  // "the firm", "this charity": an organisation named by a definite description.
  if (opts.organisations && ORGANISATION_NOUNS.has(w) && i > 0) {
    for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
      if (DETERMINERS.has(tokens[j]!.lower)) return 'person';
      if (tokens[j + 1]!.boundary) break;
    }
  }
  // "Cllr Smith", "Mrs Jones": a capitalised word after a title.
  if (t.cap && i > 0 && TITLES.has(tokens[i - 1]!.lower.replace(/\.$/, ''))) return 'person';
  if (t.cap && TITLES.has(w)) return 'person';
  if (t.cap && names && !NOT_NAMES.has(w)) {
    if (names.isPerson(t)) return 'person';
    if (opts.organisations && (names.isOrganisation(t) || BUSINESS_SUFFIX.has(w))) return 'person';
    // "Jenkins and Sons", "Priya": a capitalised word in mid-sentence that compromise takes for a noun
    if (opts.organisations && !t.boundary && i > 0 && tokens[i - 1]!.cap && BUSINESS_SUFFIX.has(w)) return 'person';
  }
  return 'unknown';
}

/** The subject found for a predicate, and how it was found. */
export interface Subject {
  index: number;
  who: Who;
  /** The copula was negated ("isn't", "is not", "is never"). */
  negated: boolean;
  /** The copula was a contraction on the subject ("clerk's", "he's"). */
  contracted: boolean;
}

/**
 * For a predicate starting at token `at` ("idiot", "incompetent", "a fraud"), walks back over
 * `fillers` (articles, intensifiers) to a copula or linking verb and returns its subject.
 * "the clerk is utterly clueless" → clerk; "he's been useless" → he; "residents who park on the
 * green are selfish" → residents. Returns undefined when no copula comes first.
 */
export function copulaSubject(
  tokens: readonly Tok[],
  at: number,
  fillers: ReadonlySet<string>,
  names: Names | undefined,
  opts: WhoOptions = {},
): Subject | undefined {
  let j = at - 1;
  let negated = false;
  let steps = 0;
  while (j >= 0 && steps < 6 && !tokens[j + 1]!.boundary) {
    const w = tokens[j]!.lower;
    if (NEGATORS.has(w)) negated = true;
    else if (!fillers.has(w)) break;
    j--;
    steps++;
  }
  if (j < 0 || tokens[j + 1]!.boundary) return undefined;
  const cop = tokens[j]!;
  // "isn't", "wasn't", "aren't"
  if (cop.clitic === "n't" && COPULAS.has(cop.stem === 'ai' ? 'is' : cop.stem)) negated = true;
  else if (cop.clitic === "'s" || cop.clitic === "'re" || cop.clitic === "'m") {
    // "he's", "you're", "clerk's": the subject is the stem of this token.
    return { index: j, who: whoIs(tokens, j, names, opts), negated, contracted: true };
  } else if (!COPULAS.has(cop.lower) && !LINKING.has(cop.lower)) return undefined;
  // "like" is only linking after acting/behaving/look: "acting like clowns".
  if (cop.lower === 'like') {
    const before = tokens[j - 1];
    if (!before || tokens[j]!.boundary || !LINKING.has(before.lower) || before.lower === 'like') return undefined;
    j--;
  }
  // Skip auxiliaries and adverbs between the subject and the copula: "has always been", "really is".
  let k = j - 1;
  let aux = 0;
  while (k >= 0 && aux < 4 && !tokens[k + 1]!.boundary && (AUXILIARIES.has(tokens[k]!.lower) || NEGATORS.has(tokens[k]!.lower) || tokens[k]!.clitic === "n't")) {
    if (NEGATORS.has(tokens[k]!.lower) || tokens[k]!.clitic === "n't") negated = true;
    k--;
    aux++;
  }
  if (k < 0 || tokens[k + 1]!.boundary) return undefined;
  const subj = tokens[k]!;
  // "he's been", "they've been": the subject carries the auxiliary.
  const who = whoIs(tokens, k, names, opts);
  if (who === 'unknown' || who === 'thing') {
    const rel = relativeSubject(tokens, k, names, opts);
    if (rel !== undefined) return { index: rel, who: whoIs(tokens, rel, names, opts), negated, contracted: false };
    // "that woman from the planning department": the head comes before the prepositions.
    const head = nounPhraseHead(tokens, k, names, opts);
    if (head !== k) return { index: head, who: whoIs(tokens, head, names, opts), negated, contracted: false };
  }
  return { index: k, who, negated, contracted: subj.clitic !== '' && subj.clitic !== "n't" };
}

const PREPOSITIONS = new Set(['of', 'by', 'on', 'at', 'in', 'from', 'behind', 'near', 'with', 'for', 'round', 'around', 'opposite', 'off', 'along', 'outside']);

/**
 * "The operator of the café by the green": from the last noun of a subject back over its
 * prepositional phrases to a head that names someone; `idx` itself when there is none.
 */
export function nounPhraseHead(tokens: readonly Tok[], idx: number, names: Names | undefined, opts: WhoOptions = {}): number {
  let at = idx;
  for (let hop = 0; hop < 3; hop++) {
    if (whoIs(tokens, at, names, opts) !== 'unknown') return at;
    let j = at - 1;
    let found = -1;
    while (j >= 0 && at - j <= 5 && !tokens[j + 1]!.boundary) {
      if (PREPOSITIONS.has(tokens[j]!.lower)) {
        found = j;
        break;
      }
      j--;
    }
    if (found <= 0 || tokens[found]!.boundary) break;
    at = found - 1;
  }
  const who = whoIs(tokens, at, names, opts);
  return who === 'person' || who === 'group' ? at : idx;
}

/**
 * "residents who park on the green", "whoever approved this", "the contractor that did it":
 * looks back within the clause for a relative pronoun after a person, and returns that person.
 */
export function relativeSubject(tokens: readonly Tok[], from: number, names: Names | undefined, opts: WhoOptions = {}): number | undefined {
  for (let i = from; i >= 0 && from - i < 14; i--) {
    const w = tokens[i]!.lower;
    if (RELATIVE.has(w)) {
      if (w === 'whoever') return i;
      const prev = i - 1;
      if (prev >= 0 && !tokens[i]!.boundary) {
        const who = whoIs(tokens, prev, names, opts);
        if (who === 'person' || who === 'group') return prev;
        if (w === 'who' && ['anyone', 'anybody', 'those', 'everyone', 'people', 'someone'].includes(tokens[prev]!.lower)) return prev;
      }
    }
    if (tokens[i]!.boundary) break;
  }
  return undefined;
}

/**
 * The subject of a verb phrase starting at token `at` ("hasn't got a clue", "stole the money"),
 * skipping auxiliaries and adverbs: "he has clearly never had a clue" → he.
 */
export function subjectBefore(tokens: readonly Tok[], at: number, names: Names | undefined, opts: WhoOptions = {}): Who {
  const idx = subjectIndexBefore(tokens, at, names, opts);
  return idx === undefined ? 'unknown' : whoIs(tokens, idx, names, opts);
}

export function subjectIndexBefore(tokens: readonly Tok[], at: number, names: Names | undefined, opts: WhoOptions = {}): number | undefined {
  if (at <= 0 || tokens[at]!.boundary) {
    // The subject may be fused to the first word: "he's got no clue".
    return undefined;
  }
  let k = at - 1;
  let steps = 0;
  while (k >= 0 && steps < 5) {
    const t = tokens[k]!;
    const isAux = AUXILIARIES.has(t.lower) || NEGATORS.has(t.lower) || t.clitic === "n't" || t.lower === 'got' || t.lower === 'deliberately' || t.lower === 'knowingly';
    // "he's", "they've": the subject with its auxiliary.
    if (!isAux && t.clitic && t.clitic !== "n't") return k;
    if (!isAux) break;
    if (t.boundary) return undefined;
    k--;
    steps++;
  }
  if (k < 0 || tokens[k + 1]!.boundary) return undefined;
  const who = whoIs(tokens, k, names, opts);
  if (who === 'unknown' || who === 'thing') {
    const rel = relativeSubject(tokens, k, names, opts);
    if (rel !== undefined) return rel;
  }
  return k;
}

/** Whether `who` names someone other than the writer. */
export function isOther(who: Who): boolean {
  return who === 'person' || who === 'group';
}

/** The words between two tokens contain a clause boundary. */
export function crossesBoundary(tokens: readonly Tok[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (tokens[i]!.boundary) return true;
  return false;
}

/** Whether any token in [from, to] is in `set` (by lower-case form). */
export function anyIn(tokens: readonly Tok[], from: number, to: number, set: ReadonlySet<string>): number {
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) if (set.has(tokens[i]!.lower)) return i;
  return -1;
}

/** Quotes text for a message, shortened if long. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
