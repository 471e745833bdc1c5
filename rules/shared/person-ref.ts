/**
 * Person references: the people a sentence names or points at. Shared by the privacy rules
 * (named-person, special-category) and open to any rule that needs to know "is this about a
 * person?" (defamation-risk, personal-attack…). Pure functions: no state, no DOM.
 *
 * API (offsets are relative to the text passed in):
 *
 * - `findNames(text, options?)` → `NameMatch[]`: personal names ("Sarah Hughes", "Mrs Jones", a
 *   lone "Oliver", the surname in "the Smith family"), each with a `role`:
 *     'private' — a person named as themselves (a resident, a neighbour, a child);
 *     'office'  — named with an office, profession or title ("Cllr Jane Smith", "the Clerk, Mrs
 *                 Jones", "our clerk Sarah Hughes", "Jane Smith MP", "PCSO Brown", "Rev Ann Lee",
 *                 "Dr Patel", "King Charles");
 *     'public'  — a public figure commonly named (person-public-figures.json);
 *     'self'    — the writer naming themselves ("I'm Tom Baker").
 *   Places, streets, venues, businesses and events built on a name ("Victoria Road", "St Mary's
 *   Church", "Arthur Rank Hospice", "Dave's Plumbing") are not returned at all.
 *   `options.nlp` (the sentence's lazy compromise parse) is called only when a run of two or more
 *   capitalised words is left that the word lists cannot place; `options.notNames` lists phrases
 *   that are never people in this draft (the council's own names, the parish's streets).
 * - `mayHoldName(text)`: a cheap yes/no prefilter (a capitalised word that is a title or known
 *   first name, or two capitalised words in a row). `findNames` applies it itself.
 * - `isPermitted(name, permittedNames)`: whether a match is someone who gave written permission
 *   ("Mrs Ellis" and "Margaret" both match the entry "Margaret Ellis").
 * - `findPersonRefs(text, options?)` → `PersonRef[]`: every reference to an identifiable person:
 *   names of any role, a relation ("my neighbour", "the resident", "her husband"), a house ("at
 *   number 4", "next door") or a third-person pronoun (he, she, his, her…).
 * - `personWordBefore(text, index)`: whether the word just before `index` stands for a person
 *   (he, she, who, a name, a relation noun, a house number): the subject check for "… is disabled".
 * - `firstPersonBefore(text, index)`: whether the clause before `index` has I/we as its subject
 *   ("I have diabetes": the writer's own business).
 * - `greetingAndSignOffRanges(text)` → ranges of a whole draft that hold a greeting ("Dear John,",
 *   "Hi Sarah"), a sign-off with the signature under it ("Kind regards,\nTom Baker\nClerk") or an
 *   email header line ("From: …", "On … wrote:").
 */
import type { NlpDoc } from '../../lib/engine/nlp.ts';
import { spansOf } from '../../lib/engine/nlp.ts';
import { findAll, loadWordList, phraseRegExp, wordRegExp } from '../../lib/engine/phrases.ts';
import firstNamesJson from '../wordlists/person-first-names.json';
import ambiguousNamesJson from '../wordlists/person-ambiguous-first-names.json';
import privateTitlesJson from '../wordlists/person-private-titles.json';
import officeTitlesJson from '../wordlists/person-office-titles.json';
import officeRolesJson from '../wordlists/person-office-roles.json';
import placeWordsJson from '../wordlists/person-place-org-words.json';
import placeSurnamesJson from '../wordlists/person-place-surnames.json';
import publicFiguresJson from '../wordlists/person-public-figures.json';
import organisationsJson from '../wordlists/person-organisations.json';
import notNamesJson from '../wordlists/person-not-names.json';
import relationNounsJson from '../wordlists/person-relation-nouns.json';

export type NameRole = 'private' | 'office' | 'public' | 'self';

export interface NameMatch {
  start: number;
  end: number;
  /** The name as written, without a trailing possessive 's. */
  text: string;
  /** How it was recognised: after a title, first name + surname, a lone first name, "the X family", or compromise. */
  kind: 'titled' | 'full' | 'first' | 'family' | 'nlp';
  role: NameRole;
  /** The name's own words, without titles (for matching permitted names). */
  parts: string[];
}

export interface NameOptions {
  /** The sentence's compromise parse, called only when the word lists cannot place a run of capitalised words. */
  nlp?: () => NlpDoc;
  /** Phrases that are never a person here: the council's names, the parish's streets. */
  notNames?: readonly string[];
}

export interface PersonRef {
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'relation' | 'house' | 'pronoun';
  /** For names: the name's role. */
  role?: NameRole;
}

export interface Range {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Word lists

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const FIRST_NAMES = lower(loadWordList('person-first-names', firstNamesJson));
const AMBIGUOUS_NAMES = lower(loadWordList('person-ambiguous-first-names', ambiguousNamesJson));
const PRIVATE_TITLES = lower(loadWordList('person-private-titles', privateTitlesJson));
const OFFICE_TITLE_LIST = loadWordList('person-office-titles', officeTitlesJson);
const OFFICE_TITLES_ONE_WORD = new Set(OFFICE_TITLE_LIST.filter((t) => !/\s/.test(t)));
const ROLE_LIST = loadWordList('person-office-roles', officeRolesJson);
const PLACE_WORDS = lower(loadWordList('person-place-org-words', placeWordsJson));
const PLACE_SURNAMES = lower(loadWordList('person-place-surnames', placeSurnamesJson));
const PUBLIC_FIGURES = phraseRegExp(loadWordList('person-public-figures', publicFiguresJson));
const ORGANISATIONS = phraseRegExp(loadWordList('person-organisations', organisationsJson));
const NOT_NAMES = lower(loadWordList('person-not-names', notNamesJson));
const RELATION_NOUNS = loadWordList('person-relation-nouns', relationNounsJson);
const RELATION_SET = lower(RELATION_NOUNS);

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal alternation (longest first) for composing bounded patterns; spaces match any whitespace. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+'))
    .join('|');
}

const TITLE_ALT = alternation(OFFICE_TITLE_LIST);
const ROLE_ALT = alternation(ROLE_LIST);
const PLURAL_TITLE_ALT = 'Cllrs|Councillors|councillors|cllrs';

// Case-sensitive: "Father Tom" is a title, "her father Tom" is not.
const TITLE_BEFORE = new RegExp(`(?<!\\p{L})(?:${TITLE_ALT})\\.?\\s+$`, 'u');
// "the Clerk, Mrs Jones", "our clerk Sarah Hughes", "Chair of the Parish Council, Tom Reid".
const ROLE_BEFORE = new RegExp(`(?<!\\p{L})(?:${ROLE_ALT})(?:\\s*[,(–—|-])?\\s*$`, 'iu');
// With what the role is of: "Chair of the Parish Council, Tom Reid", "Clerk to Croft Parish Council Deborah
// Flint". The words after of/to must be capitalised, so "the Clerk to write to Mr Delaney" is no role.
const ROLE_CASED_ALT = alternation(ROLE_LIST.flatMap((r) => [r, r[0]!.toUpperCase() + r.slice(1)]));
const ROLE_OF_BEFORE = new RegExp(
  `(?<!\\p{L})(?:${ROLE_CASED_ALT})\\s+(?:of|to|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*(?:\\s*[,(–—|-])?\\s*$`,
  'u',
);
// "Cllrs Smith and Jones", "Councillors Patel, Brown and Reid".
const PLURAL_BEFORE = new RegExp(`(?<!\\p{L})(?:${PLURAL_TITLE_ALT})\\s+(?:\\p{Lu}[\\p{L}'’.-]*,?\\s+(?:(?:and|&)\\s+)?){1,6}$`, 'u');
// "Clerk: Lorna Briggs", "Contact | Chair: Tom Reid" — a role used as a label.
const ROLE_LABEL = new RegExp(`[|,;(\\n]\\s*(?:${ROLE_ALT})\\s*:\\s*$`, 'iu');
// "Tom Reeve, Bottisham Parish Council": a name signed with the council it serves.
const COUNCIL_AFTER = /^\s*[,(–—|-]\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Parish|Town|District|County|Borough|City)\s+Council(?!\p{L})/u;
const SELF_BEFORE = /(?<!\p{L})(?:I['’]m|I am|my name is|me,|myself,)\s+$/iu;
const POSTNOMINAL_AFTER = /^\s*(?:,\s*)?(?:MP|MEP|MSP|MS|AM|JP|KC|QC|MBE|OBE|CBE|DL|PCSO|BEM)(?!\p{L})/u;
const ROLE_AFTER = new RegExp(
  `^(?:\\s*[,(–—|/-]\\s*|\\s+(?=(?:the|our|your)\\s))(?:(?:the|our|your|their|a|an|who\\s+is\\s+(?:the|our|a))\\s+)?(?:(?:new|acting|interim|deputy|assistant|locum|former|parish|district|county|ward|borough|town|village|local|school|practice)\\s+)*(?:${ROLE_ALT})(?!\\p{L})`,
  'iu',
);

// ---------------------------------------------------------------------------------------------
// Tokens and runs of capitalised words

interface Token {
  start: number;
  end: number;
  text: string;
  /** Without a trailing possessive 's / s'. */
  base: string;
  poss: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const poss = /['’]s$/i.test(word) && word.length > 2;
    const base = poss ? word.slice(0, -2) : word;
    out.push({ start: m.index, end: m.index + word.length, text: word, base, poss });
  }
  return out;
}

const isTitleToken = (t: Token) => PRIVATE_TITLES.has(t.base.toLowerCase()) || OFFICE_TITLES_ONE_WORD.has(t.base);
const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text);
/** A capitalised word with lower case in it (not an acronym), that could be part of a name. */
const isNameish = (t: Token) => CAPITALISED.test(t.text) && HAS_LOWER.test(t.text);
const isPlace = (t: Token) => PLACE_WORDS.has(t.base.toLowerCase());
const isSurnameish = (t: Token) =>
  isNameish(t) && !NOT_NAMES.has(t.base.toLowerCase()) && !isPlace(t) && !isTitleToken(t);
/** After a title even an everyday word is a surname ("Cllr Grant", "Mrs Christmas"), but not a place or another title. */
const isTitledSurname = (t: Token) => isNameish(t) && !isPlace(t) && !isTitleToken(t) && !['the', 'and', 'or'].includes(t.base.toLowerCase());
const isFirstName = (t: Token) => FIRST_NAMES.has(t.base.toLowerCase());
const isAmbiguousName = (t: Token) => AMBIGUOUS_NAMES.has(t.base.toLowerCase());

/** Splits tokens into runs of capitalised words joined by plain spaces ("Mrs. Jones" and "J. Smith" too). */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const tok of tokens) {
    if (!CAPITALISED.test(tok.text)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const prev = run[run.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, tok.start);
      const joined =
        (/^[ \t]{1,3}$/.test(gap) || (/^\.[ \t]{1,3}$/.test(gap) && (isTitleToken(prev) || isInitial(prev) || prev.text === 'St')));
      if (!joined) {
        runs.push(run);
        run = [];
      }
    }
    run.push(tok);
  }
  if (run.length) runs.push(run);
  return runs;
}

function wordBefore(text: string, index: number): string {
  const m = /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]{0,3}$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m ? m[1]! : '';
}

// ---------------------------------------------------------------------------------------------
// Names

const CHEAP_PREFILTER = /\p{Lu}\p{Ll}*\.?[ \t]+\p{Lu}/u;

/** Cheap yes/no: could this text hold a personal name at all? */
export function mayHoldName(text: string): boolean {
  if (CHEAP_PREFILTER.test(text)) return true;
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const w = m[0].toLowerCase();
    if (FIRST_NAMES.has(w)) return true;
  }
  return false;
}

function roleFromContext(text: string, start: number, end: number): NameRole {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 90);
  if (SELF_BEFORE.test(before)) return 'self';
  const labelled = ROLE_LABEL.test(start <= 90 ? `\n${before}` : before);
  if (TITLE_BEFORE.test(before) || ROLE_BEFORE.test(before) || ROLE_OF_BEFORE.test(before) || PLURAL_BEFORE.test(before) || labelled) return 'office';
  if (POSTNOMINAL_AFTER.test(after) || ROLE_AFTER.test(after) || COUNCIL_AFTER.test(after)) return 'office';
  return 'private';
}

function makeName(text: string, toks: Token[], kind: NameMatch['kind'], titled: boolean): Omit<NameMatch, 'role'> {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const end = last.poss ? last.end - 2 : last.end;
  const parts = (titled ? toks.slice(1) : toks).map((t) => t.base);
  return { start: first.start, end, text: text.slice(first.start, end), kind, parts };
}

interface RunResult {
  names: Omit<NameMatch, 'role'>[];
  officeTitled: Set<number>;
  unknown: Token[][];
}

function namesInRun(text: string, run: Token[], result: RunResult): void {
  let found = false;
  let i = 0;
  while (i < run.length) {
    const tok = run[i]!;
    const next = run[i + 1];
    // A title and a name: "Mrs Jones", "Mr J. Smith", "Cllr Patel", "St Mary's".
    if (isTitleToken(tok) && !tok.poss && next && (isTitledSurname(next) || isInitial(next))) {
      let j = i + 1;
      while (j < run.length && j - i <= 3 && (isTitledSurname(run[j]!) || isInitial(run[j]!)) && !run[j - 1]!.poss) j++;
      const after = run[j];
      const lastTok = run[j - 1]!;
      found = true;
      if (isInitial(lastTok) || (after && (isPlace(after) || PLACE_SURNAMES.has(after.base.toLowerCase())))) {
        i = run.length; // a place or a bare initial: "St Mary's Church"
        continue;
      }
      const name = makeName(text, run.slice(i, j), 'titled', true);
      if (OFFICE_TITLES_ONE_WORD.has(tok.base)) result.officeTitled.add(name.start);
      result.names.push(name);
      i = j;
      continue;
    }
    const known = isFirstName(tok) && !tok.poss;
    const ambiguousWithSurname =
      isAmbiguousName(tok) && !tok.poss && next !== undefined && isSurnameish(next) && !isAmbiguousName(next);
    if ((known || ambiguousWithSurname || (isFirstName(tok) && tok.poss)) && !isTitleToken(tok)) {
      let j = i + 1;
      while (j < run.length && j - i < 3 && !run[j - 1]!.poss && isSurnameish(run[j]!)) j++;
      const after = run[j];
      const lastTok = run[j - 1]!;
      found = true;
      const prevWord = wordBefore(text, tok.start).toLowerCase();
      const placeAfter = after !== undefined && (isPlace(after) || PLACE_SURNAMES.has(after.base.toLowerCase()) || lastTok.poss);
      const surnameIsPlace =
        j - i > 1 && PLACE_SURNAMES.has(lastTok.base.toLowerCase()) && (prevWord === 'the' || isAmbiguousName(tok));
      // "Leicester Royal Infirmary": a capitalised non-name word before, mid-sentence, makes a proper noun phrase.
      const tokBefore = run[i - 1];
      const runBeforeIsWord = tokBefore !== undefined && tokBefore.start > 0 && isSurnameish(tokBefore) && !isFirstName(tokBefore);
      if (placeAfter || surnameIsPlace || runBeforeIsWord || (j - i === 1 && prevWord === 'the')) {
        i = run.length;
        continue;
      }
      result.names.push(makeName(text, run.slice(i, j), j - i > 1 ? 'full' : 'first', false));
      i = j;
      continue;
    }
    i++;
  }
  if (found) return;
  // Two or more capitalised words the lists cannot place: maybe a name compromise knows.
  const words = run.filter((t) => isNameish(t) && !NOT_NAMES.has(t.base.toLowerCase()));
  if (words.length >= 2 && !run.some((t) => isPlace(t)) && !run.slice(0, -1).some((t) => t.poss)) result.unknown.push(run);
}

const FAMILY = /(?<!\p{L})[Tt]he\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:family|boys|girls|kids|children|twins|brothers|sisters|household)(?!\p{L})/gu;

function blockedRanges(text: string, notNames: readonly string[] | undefined): { publicRanges: Range[]; never: Range[] } {
  const publicRanges = findAll(PUBLIC_FIGURES, text);
  const never = [...findAll(ORGANISATIONS, text), ...(notNames?.length ? findAll(phraseRegExp(notNames), text) : [])];
  return { publicRanges, never };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Personal names in the text, each with the role it is named in. See the API note at the top. */
export function findNames(text: string, options: NameOptions = {}): NameMatch[] {
  if (!mayHoldName(text)) return [];
  const tokens = tokenise(text);
  const result: RunResult = { names: [], officeTitled: new Set(), unknown: [] };
  for (const run of capitalisedRuns(text, tokens)) namesInRun(text, run, result);

  FAMILY.lastIndex = 0;
  for (let m = FAMILY.exec(text); m; m = FAMILY.exec(text)) {
    const word = m[1]!;
    const key = word.toLowerCase();
    if (NOT_NAMES.has(key) || PLACE_WORDS.has(key) || OFFICE_TITLES_ONE_WORD.has(word) || key === 'royal') continue;
    const start = m.index + m[0].indexOf(word);
    result.names.push({ start, end: start + word.length, text: word, kind: 'family', parts: [word] });
  }

  if (result.unknown.length && options.nlp) {
    const runs = result.unknown.map((r) => ({ start: r[0]!.start, end: r[r.length - 1]!.end }));
    for (const span of spansOf(options.nlp().people() as unknown as NlpDoc)) {
      const trimmed = span.text.replace(/(?<![\s.,;:!?'’")])[\s.,;:!?'’")]+$/u, '');
      const start = span.start;
      const end = start + trimmed.length;
      if (!runs.some((r) => overlaps(r, { start, end }))) continue;
      const toks = tokens.filter((t) => t.start >= start && t.end <= end + 2);
      const nameToks = toks.filter((t) => isSurnameish(t));
      if (nameToks.length < 2 || toks.some((t) => !CAPITALISED.test(t.text))) continue;
      result.names.push(makeName(text, nameToks, 'nlp', false));
    }
  }

  const { publicRanges, never } = blockedRanges(text, options.notNames);
  const out: NameMatch[] = [];
  for (const name of result.names.sort((a, b) => a.start - b.start)) {
    if (out.some((o) => overlaps(o, name))) continue;
    if (never.some((r) => overlaps(r, name))) continue;
    let role: NameRole;
    if (publicRanges.some((r) => overlaps(r, name))) role = 'public';
    else if (result.officeTitled.has(name.start)) role = 'office';
    else role = roleFromContext(text, name.start, name.end);
    out.push({ ...name, role });
  }
  return out;
}

const TITLE_WORDS = new Set([...PRIVATE_TITLES, ...[...OFFICE_TITLES_ONE_WORD].map((t) => t.toLowerCase())]);

function nameKey(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
}

/** Whether the name is one of the people who gave written permission to be named. */
export function isPermitted(name: Pick<NameMatch, 'parts'>, permittedNames: readonly string[]): boolean {
  if (!permittedNames.length || !name.parts.length) return false;
  const parts = name.parts.map(nameKey);
  return permittedNames.some((entry) => {
    const words = new Set(
      entry
        .split(/[\s,]+/)
        .map(nameKey)
        .filter((w) => w && !TITLE_WORDS.has(w)),
    );
    if (parts.every((p) => words.has(p))) return true;
    // An entry that is only a surname ("Mrs Ellis") permits any name ending in it.
    return words.size === 1 && words.has(parts[parts.length - 1]!);
  });
}

// ---------------------------------------------------------------------------------------------
// Any reference to an identifiable person

// Contractions count: "He's", "she'd".
const PRONOUN = /(?<![\p{L}\p{N}_'’])(?:he|she|him|his|hers|himself|herself|her)(?![\p{L}\p{N}_])/giu;
// "my neighbour", "the resident", "her husband", and the possessive "my neighbour's".
const RELATION = new RegExp(
  `(?<![\\p{L}\\p{N}_'’])(?:the|my|our|your|his|her|their|that|this)\\s+(?:(?:elderly|old|young|older|younger|new|late|former|local|poor|lovely|next-door|disabled|sick|vulnerable)\\s+)?(?:${alternation(RELATION_NOUNS)})(?:['’]s)?(?![\\p{L}\\p{N}_])`,
  'giu',
);
const HOUSE = wordRegExp('(?:at|from|of|in)\\s+(?:number|no\\.?)\\s?\\d{1,4}[a-z]?|next\\s+door');

const OFFICE_HOLDER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(OFFICE_TITLE_LIST)})\\.?\\s+(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})`,
  'gu',
);

/**
 * The words of every name given with an office title in the text ("Cllr Bev Lockwood" gives Bev and
 * Lockwood), so that a later "Bev" or "Lockwood" alone is known to be the same office-holder.
 */
export function officeHolderNameWords(text: string): Set<string> {
  const words = new Set<string>();
  OFFICE_HOLDER.lastIndex = 0;
  for (let m = OFFICE_HOLDER.exec(text); m; m = OFFICE_HOLDER.exec(text)) {
    for (const w of m.groups!.name!.split(/\s/)) words.add(w);
  }
  return words;
}

/** Every reference to an identifiable person in the text. See the API note at the top. */
export function findPersonRefs(text: string, options: NameOptions = {}): PersonRef[] {
  const refs: PersonRef[] = findNames(text, options).map((n) => ({
    start: n.start,
    end: n.end,
    text: n.text,
    kind: 'name' as const,
    role: n.role,
  }));
  for (const m of findAll(RELATION, text)) refs.push({ ...m, kind: 'relation' });
  for (const m of findAll(HOUSE, text)) refs.push({ ...m, kind: 'house' });
  for (const m of findAll(PRONOUN, text)) {
    if (!refs.some((r) => overlaps(r, m))) refs.push({ ...m, kind: 'pronoun' });
  }
  return refs.sort((a, b) => a.start - b.start);
}

const PERSON_WORDS = new Set(['he', 'she', 'who', 'him', 'her', 'herself', 'himself']);
const NOT_PERSON_WORDS = new Set(['i', 'we', 'you', 'it', 'this', 'that', 'there', 'which', 'what', 'they']);

/** Whether the word just before `index` stands for a person (the subject check for "… is disabled"). */
export function personWordBefore(text: string, index: number): boolean {
  const slice = text.slice(Math.max(0, index - 40), index);
  const m = /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}'’-]+)\)?,?\s*$/u.exec(slice);
  if (!m) return false;
  const word = m[1]!;
  const key = word.toLowerCase().replace(/['’]s$/, '');
  if (NOT_PERSON_WORDS.has(key)) return false;
  if (PERSON_WORDS.has(key) || RELATION_SET.has(key)) return true;
  if (/^\d{1,4}[a-z]?$/.test(word)) return /(?:number|no\.?)\s?\d{1,4}[a-z]?\)?,?\s*$/i.test(slice);
  // After a title, any capitalised word is a surname: "Cllr Grant is …", "Mrs Green was …".
  const titled = /(?<!\p{L})(\p{L}+)\.?\s+$/u.exec(slice.slice(0, m.index));
  if (titled && CAPITALISED.test(word) && (PRIVATE_TITLES.has(titled[1]!.toLowerCase()) || OFFICE_TITLES_ONE_WORD.has(titled[1]!))) return true;
  if (!CAPITALISED.test(word) || !HAS_LOWER.test(word) || NOT_NAMES.has(key) || PLACE_WORDS.has(key)) return false;
  // A capitalised word: a known first name anywhere, any other only when it does not open the text.
  const atStart = index - slice.length + m.index === 0;
  return FIRST_NAMES.has(key) || !atStart;
}

const FIRST_PERSON_SUBJECT = /(?<!\p{L})(?:I|I['’](?:m|ve|d)|we|we['’](?:re|ve|d)|you|you['’](?:re|ve))\s+(?:(?:have|has|had|am|are|was|were|been|being|also|still|now|recently|just|currently|myself|ourselves|'ve|do|did|got)\s+){0,3}$/iu;

/** Whether the words just before `index` make I/we/you the subject ("I have …", "we were …"). */
export function firstPersonBefore(text: string, index: number): boolean {
  return FIRST_PERSON_SUBJECT.test(text.slice(Math.max(0, index - 60), index));
}

// ---------------------------------------------------------------------------------------------
// Greetings, sign-offs and header lines of a draft

const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]*)*/;
const GREETING = /^(?:Dear|Hi|Hiya|Hello|Hey|Morning|Afternoon|Evening|Good (?:morning|afternoon|evening)|Greetings)(?!\p{L})[^\n,!:;.–—]{0,50}/iu;
// "Thanks Margaret, Tuesday is fine": thanks to the addressee opening a message.
const THANKS_GREETING = /^(?:Thanks|Thank you|Many thanks)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}(?=[,!])/u;
const SIGN_OFF =
  /^(?:(?:Kind|Kindest|Best|Warm|Warmest|With kind|With best)\s+(?:regards|wishes)|Many thanks|Thanks again|Thanks|Thank you|Regards|All the best|With thanks|Cheers|Yours sincerely|Yours faithfully|Yours truly|Yours|Sincerely|Best|Take care|Speak soon|Love|Warmly|Respectfully)(?!\p{L})[ \t]*(?:[,.!–—-]+[ \t]*)?(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*)?$/iu;
// A line that is only a name or names: "Steve,", "Fiona, Kate,", "Cllr Ruth Sayle", "Deborah Flint".
const NAME_ONLY_LINE =
  /^(?:(?:Cllr|Councillor|Mrs|Mr|Ms|Miss|Dr|Rev|Revd)\.?[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3}){0,5}[ \t]*(?:[,.!:][ \t]*)?$/u;
const SIGNATURE_DELIMITER = /^-- ?$/;
const HEADER_LINE = /^(?:\*?(?:From|To|Cc|Bcc|Sent|Date):\*?[ \t]|On[ \t].{0,300}wrote:[ \t]*$)/iu;
const STOPS_SIGNATURE = /^(?:P\.?S\.?|On\s.{0,300}wrote:|-{2,}\s*(?:Original|Forwarded))/iu;

/** Ranges of a draft holding a greeting, a sign-off and the signature under it, or an email header line. */
export function greetingAndSignOffRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let lineStart = 0;
  let signatureLines = 0;
  // After a sign-off phrase the signature may follow a blank line; after a bare name it may not.
  let blankEndsSignature = false;
  let firstLine = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const prefix = QUOTE_PREFIX.exec(raw)![0].length;
    const line = raw.slice(prefix).trimEnd();
    const from = lineStart + prefix;
    const whole = { start: from, end: from + line.length };
    if (line === '') {
      if (blankEndsSignature) signatureLines = 0;
      lineStart = lineEnd + 1;
      continue;
    }
    if (signatureLines > 0 && line.length <= 80 && !STOPS_SIGNATURE.test(line)) {
      ranges.push(whole);
      signatureLines--;
    } else {
      signatureLines = 0;
      const greeting = GREETING.exec(line);
      const thanks = firstLine ? THANKS_GREETING.exec(line) : null;
      if (greeting) ranges.push(line.length <= 60 && /[,:!]$/.test(line) ? whole : { start: from, end: from + greeting[0].length });
      else if (thanks) ranges.push({ start: from, end: from + thanks[0].length });
      else if (line.length <= 80 && SIGN_OFF.test(line)) {
        ranges.push(whole);
        signatureLines = 5;
        blankEndsSignature = false;
      } else if (SIGNATURE_DELIMITER.test(line)) signatureLines = 6;
      else if (HEADER_LINE.test(line) || (/^On\s/.test(line) && /^\s*(?:>\s*)*wrote:/.test(text.slice(lineEnd + 1, lineEnd + 40))))
        ranges.push(whole);
      else if (line.length <= 80 && NAME_ONLY_LINE.test(line)) {
        ranges.push(whole);
        signatureLines = firstLine ? 0 : 3;
        blankEndsSignature = true;
      }
    }
    firstLine = false;
    lineStart = lineEnd + 1;
  }
  return ranges;
}
