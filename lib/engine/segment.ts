/** A sentence-sized piece of the draft: the unit of caching and of language analysis. */
export interface Sentence {
  text: string;
  /** Offsets into the draft text. */
  start: number;
  end: number;
  /** Inside a quoted earlier message. */
  quoted: boolean;
}

/** Longest piece analysed as one sentence; keeps per-sentence cost bounded on odd input. */
export const MAX_SENTENCE_LENGTH = 600;

// Words whose trailing full stop does not end a sentence ("Cllr. Smith", "St. Mary's").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'revd', 'cllr', 'st', 'no', 'nos', 'rd', 'ave',
  'approx', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'vs', 'v', 'tel', 'ref', 'sr', 'jr', 'inc', 'ltd',
  'co', 'cf', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'pp', 'd.o.b', 'dob',
]);

// No lookahead for the following space: a run of terminators is consumed whole and the space
// checked by hand, so ten thousand full stops stay linear.
const TERMINATOR = /[.!?…]+["'”’)\]]*/g;

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dotIndex).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(i, dotIndex)); // initials: "J. Smith"
}

/** Splits one line into sentence ranges [start, end) relative to the line. */
function splitLine(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const end = m.index + m[0].length;
    if (end >= line.length || !/\s/.test(line[end]!)) continue;
    const next = /\S/.exec(line.slice(end, end + 8));
    const nextChar = next ? line[end + next.index]! : '';
    if (/\p{Ll}/u.test(nextChar)) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    ranges.push([from, end]);
    from = end;
  }
  ranges.push([from, line.length]);
  return ranges;
}

/** Cuts an over-long range at whitespace (or hard, never inside a surrogate pair). */
function capLength(text: string, start: number, end: number, out: [number, number][]): void {
  while (end - start > MAX_SENTENCE_LENGTH) {
    let cut = start + MAX_SENTENCE_LENGTH;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_SENTENCE_LENGTH / 2) cut = space + 1;
    else if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
}

function trimRange(text: string, start: number, end: number): [number, number] | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : undefined;
}

/**
 * Splits a draft into sentences. Newlines always end a sentence, so each line of an email
 * trail or a list is its own unit. Linear in the length of the text.
 */
export function segment(text: string, quoted: readonly { start: number; end: number }[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const pieces: [number, number][] = [];
    for (const [s, e] of splitLine(line)) capLength(text, lineStart + s, lineStart + e, pieces);
    for (const [s, e] of pieces) {
      const trimmed = trimRange(text, s, e);
      if (!trimmed) continue;
      const [start, end] = trimmed;
      while (q < quoted.length && quoted[q]!.end <= start) q++;
      const inQuote = q < quoted.length && quoted[q]!.start <= start;
      sentences.push({ text: text.slice(start, end), start, end, quoted: inQuote });
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}
