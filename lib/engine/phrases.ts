import { z } from 'zod';

/** A match in the searched text. */
export interface Match {
  start: number;
  end: number;
  text: string;
}

/** A word list kept as data (rules/wordlists/*.json): checked when it loads. */
export const WordListSchema = z
  .strictObject({
    description: z.string().min(1),
    entries: z.array(z.string()),
  })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.entries.forEach((entry, index) => {
      if (entry.trim() === '') ctx.addIssue({ code: 'custom', path: ['entries', index], message: 'empty entry' });
      if (entry !== entry.trim()) ctx.addIssue({ code: 'custom', path: ['entries', index], message: 'leading or trailing space' });
      const key = entry.trim().toLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['entries', index], message: `duplicate of entry ${first} ("${entry}")` });
      } else seen.set(key, index);
    });
  });
export type WordList = z.output<typeof WordListSchema>;

/** Validates a word list, naming the list and the bad entry on failure. */
export function loadWordList(name: string, data: unknown): string[] {
  const parsed = WordListSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`word list ${name} is invalid: ${problems}`);
  }
  return parsed.data.entries;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters, digits and apostrophes count as part of a word, so a phrase only matches whole
// words: "ass" never matches inside "assessment", nor "sex" inside "Middlesex".
const BEFORE = "(?<![\\p{L}\\p{N}_'’])";
const AFTER = "(?![\\p{L}\\p{N}_]|['’]\\p{L})";

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
}

/**
 * Compiles literal phrases into one case-insensitive, whole-word regex. The alternation is of
 * literals only, so matching stays linear. Longer phrases are tried first.
 */
export function phraseRegExp(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  // eslint-disable-next-line regexp/no-empty-lookarounds-assertion -- an empty list matches nothing
  if (sorted.length === 0) return /(?!)/g;
  return new RegExp(`${BEFORE}(?:${sorted.map(phraseSource).join('|')})${AFTER}`, 'giu');
}

/** Whole-word regex from a trusted pattern source (rule code or a checked word list). */
export function wordRegExp(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${BEFORE}(?:${source})${AFTER}`, flags);
}

/** Every match of a global regex, with offsets. */
export function findAll(re: RegExp, text: string): Match[] {
  if (!re.global) throw new Error('findAll needs a global regex');
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A matcher over a phrase list: `find` for offsets, `test` for a yes/no. */
export function phraseMatcher(phrases: readonly string[]) {
  const re = phraseRegExp(phrases);
  return {
    find: (text: string) => findAll(re, text),
    test: (text: string) => {
      re.lastIndex = 0;
      return re.test(text);
    },
  };
}

/** Joins overlapping matches into one, in text order (for rules that report merged spans). */
export function mergeOverlapping(text: string, matches: readonly Match[]): Match[] {
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
