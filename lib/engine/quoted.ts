/** A quoted earlier message inside a draft, and what gave it away. */
export interface QuotedRange {
  start: number;
  end: number;
  /** The line that opens the quote: "On … wrote:", "-----Original Message-----", a From/Sent header or "> …". */
  marker: 'wrote' | 'original-message' | 'forwarded' | 'header' | 'angle';
  /** Where the opening marker line ends (the span a warning should underline). */
  markerEnd: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

// Each pattern reads one line (or, for "On … wrote:", two joined lines); all are anchored and
// bounded, so no backtracking blow-up on long lines.
const WROTE = /^\s*On\s.{1,300}?\bwrote:\s*$/i;
const ORIGINAL = /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i;
const FORWARDED = /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$/i;
const HEADER_FROM = /^\s*\*?From:\*?\s+\S/i;
const HEADER_FIELD = /^\s*\*?(?:Sent|Date|To|Subject):\*?\s/i;
const ANGLE = /^\s*>/;

function headerBlockAt(lines: Line[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i]!.text)) return false;
  let fields = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    if (HEADER_FIELD.test(lines[j]!.text)) fields++;
  }
  return fields >= 2;
}

/**
 * Finds quoted earlier messages. A reply or forward header quotes everything after it; a run
 * of `>` lines quotes just those lines (inline replies).
 */
export function findQuoted(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    let marker: QuotedRange['marker'] | undefined;
    let markerEnd = line.end;
    if (WROTE.test(line.text)) marker = 'wrote';
    else if (next && /^\s*On\s/i.test(line.text) && line.text.length < 300 && WROTE.test(`${line.text} ${next.text}`)) {
      marker = 'wrote';
      markerEnd = next.end;
    } else if (ORIGINAL.test(line.text)) marker = 'original-message';
    else if (FORWARDED.test(line.text)) marker = 'forwarded';
    else if (headerBlockAt(lines, i)) marker = 'header';
    if (marker) {
      ranges.push({ start: line.start, end: text.length, marker, markerEnd });
      return ranges;
    }
    if (ANGLE.test(line.text)) {
      let j = i;
      while (j + 1 < lines.length && ANGLE.test(lines[j + 1]!.text)) j++;
      ranges.push({ start: line.start, end: lines[j]!.end, marker: 'angle', markerEnd: line.end });
      i = j;
    }
  }
  return ranges;
}
