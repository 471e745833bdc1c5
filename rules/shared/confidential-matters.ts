import { escapeRegExp, memo } from './capacity-phrases.ts';

// Turns the council's list of especially sensitive matters into one whole-word regex that allows
// small variations: plurals and possessives ("allotment" ~ "allotments" ~ "allotment's"), "y"/"ies",
// hyphens or spaces between words, and a leading "the" left out. Compiled once per list.

function wordSource(word: string): string {
  let w = word.toLowerCase();
  if (/^\p{L}+$/u.test(w) && w.length > 3) {
    if (w.endsWith('ies')) return `${escapeRegExp(w.slice(0, -3))}(?:y|ies)(?:['’]s?)?`;
    if (w.endsWith('y') && !/[aeiou]y$/u.test(w)) return `${escapeRegExp(w.slice(0, -1))}(?:y|ies)(?:['’]s?)?`;
    if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    return `${escapeRegExp(w)}(?:s|es)?(?:['’]s?)?`;
  }
  return `${escapeRegExp(w).replace(/['’]/gu, "['’]")}(?:['’]s)?`;
}

function matterSource(matter: string): string | undefined {
  const words = matter
    .trim()
    .replace(/^the\s+/iu, '')
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (!words.length) return undefined;
  return words.map(wordSource).join('(?:\\s+|\\s*-\\s*)');
}

export interface MatterMatch {
  start: number;
  end: number;
  matter: string;
}

const compile = memo((key: string) => {
  const matters = key.split('\u0000').filter((m) => m.trim() !== '');
  const sources = matters.map(matterSource);
  const alternatives = sources
    .map((source, i) => (source ? `(?<m${i}>${source})` : undefined))
    .filter((s): s is string => s !== undefined);
  if (!alternatives.length) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}_'’])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_]|['’]\\p{L})`, 'giu');
  return { re, matters };
});

// ---------------------------------------------------------------------------------------------
// Word-overlap matching: a matter is also named when its content words all appear close together
// in any order ("the recruitment of our next parish clerk" for "clerk recruitment", "the flood scheme
// on Pitstone Green" for "Pitstone Green flood scheme"), compared by a light stem so "recruiting",
// "recruited" and "recruitment" meet. When a matter is a place plus two or more other words
// ("Yardley Avenue boundary dispute"), those other words name it on their own ("the boundary
// dispute"); a single generic word never does ("drainage" for "Castlemead drainage").

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'on', 'at', 'in', 'for', 'to', 'and', 'or', 'with', 'by', 'from', 'our', 'their', 'its', 'this', 'that', 're']);
const SUFFIXES: [string, string][] = [
  ['ies', 'y'],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ions', ''],
  ['ion', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
];

/** A light stem: "recruitment", "recruiting" and "recruited" all give "recruit"; "trees" and "tree" give "tre". */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/u, '');
  for (const [suffix, replacement] of SUFFIXES) {
    const min = suffix === 'ed' ? 4 : 3;
    if (w.endsWith(suffix) && w.length - suffix.length >= min && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2]) w = w.slice(0, -1);
  return w;
}

interface Token {
  start: number;
  end: number;
  stem: string;
  /** Index of the clause the token stands in (split at ; : – — and brackets). */
  clause: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|[;:–—()[\]]/gu;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) {
      clause++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, stem: stemWord(m[0]), clause });
  }
  return out;
}

interface MatterWords {
  /** Every content word's stem. */
  all: string[];
  /** The words besides a place name, when the matter has one and two or more other words. */
  core: string[] | undefined;
}

const wordsOf = memo((matter: string): MatterWords => {
  const words = matter.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
  // Place words are written with a capital and then lower case ("Yardley", "Avenue"); acronyms such as HGV are not.
  const place = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const other = words.filter((w) => !/^\p{Lu}\p{Ll}/u.test(w));
  return {
    all: [...new Set(words.map(stemWord))],
    core: place.length >= 2 && other.length >= 2 ? [...new Set(other.map(stemWord))] : undefined,
  };
});

/** The shortest run of tokens in one clause holding every stem, when it is at most `slack` tokens longer than needed. */
function closeRun(tokens: readonly Token[], stems: readonly string[], slack: number): { start: number; end: number } | undefined {
  if (!stems.length) return undefined;
  const wanted = new Set(stems);
  let best: { start: number; end: number; length: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!wanted.has(tokens[i]!.stem)) continue;
    const seen = new Set<string>();
    for (let j = i; j < tokens.length && j - i <= stems.length - 1 + slack; j++) {
      if (tokens[j]!.clause !== tokens[i]!.clause) break;
      if (wanted.has(tokens[j]!.stem)) seen.add(tokens[j]!.stem);
      if (seen.size === wanted.size) {
        if (!best || j - i < best.length) best = { start: tokens[i]!.start, end: tokens[j]!.end, length: j - i };
        break;
      }
    }
  }
  return best && { start: best.start, end: best.end };
}

/** Mentions of the matters by their words in any order, for matters the exact pattern did not find. */
function findByWords(matters: readonly string[], text: string, taken: readonly MatterMatch[]): MatterMatch[] {
  const out: MatterMatch[] = [];
  let tokens: Token[] | undefined;
  let lower: string | undefined;
  for (const matter of matters) {
    if (taken.some((m) => m.matter === matter)) continue;
    const words = wordsOf(matter.trim());
    if (words.all.length < 2) continue; // one word: the exact pattern already looked for it
    // Cheap test first: every word's stem (its first letters) must be somewhere in the text.
    lower ??= text.toLowerCase();
    const present = (stems: readonly string[]) => stems.every((w) => lower!.includes(w.slice(0, 4)));
    if (!present(words.all) && !(words.core && present(words.core))) continue;
    tokens ??= tokenise(text);
    const stems = new Set(tokens.map((t) => t.stem));
    const run =
      (words.all.every((w) => stems.has(w)) ? closeRun(tokens, words.all, 4) : undefined) ??
      (words.core?.every((w) => stems.has(w)) ? closeRun(tokens, words.core, 1) : undefined);
    if (!run) continue;
    if ([...taken, ...out].some((m) => run.start < m.end && run.end > m.start)) continue;
    out.push({ ...run, matter });
  }
  return out;
}

/** Every mention of a listed matter in the text, longest listed matter first where they overlap. */
export function findMatters(matters: readonly string[], text: string): MatterMatch[] {
  if (!matters.length) return [];
  const exact = findExact(matters, text);
  return [...exact, ...findByWords(matters, text, exact)].sort((a, b) => a.start - b.start);
}

function findExact(matters: readonly string[], text: string): MatterMatch[] {
  // Longer matters first, so "Mill Lane land sale" wins over "Mill Lane".
  const sorted = [...matters].sort((a, b) => b.length - a.length);
  const compiled = compile(sorted.join('\u0000'));
  if (!compiled) return [];
  const out: MatterMatch[] = [];
  compiled.re.lastIndex = 0;
  for (let m = compiled.re.exec(text); m; m = compiled.re.exec(text)) {
    if (m[0] === '') {
      compiled.re.lastIndex++;
      continue;
    }
    const index = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    const matter = index ? compiled.matters[Number(index.slice(1))]! : m[0];
    out.push({ start: m.index, end: m.index + m[0].length, matter });
  }
  return out;
}
