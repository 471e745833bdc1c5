import type { Finding } from '../engine/index.ts';

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Linter-style lines: position, severity, rule, message, then the clause the message cites. */
export function formatFindings(name: string, text: string, findings: Finding[]): string {
  if (findings.length === 0) return '';
  const rows = findings.map((f) => {
    const { line, column } = lineColumn(text, f.start);
    return { pos: `${line}:${column}`, f };
  });
  const posWidth = Math.max(...rows.map((r) => r.pos.length));
  const ruleWidth = Math.max(...rows.map((r) => r.f.rule.length));
  const body = rows
    .map(({ pos, f }) => {
      const flagged = f.end > f.start ? `  “${text.slice(f.start, f.end).replace(/\s+/g, ' ').slice(0, 60)}”` : '';
      return `  ${pos.padEnd(posWidth)}  ${f.severity.padEnd(7)}  ${f.rule.padEnd(ruleWidth)}  ${f.message}${flagged}\n` +
        `  ${' '.repeat(posWidth)}  ${' '.repeat(7)}  ${' '.repeat(ruleWidth)}  clause ${f.clause.ref}: ${f.clause.summary}`;
    })
    .join('\n');
  return `${name}\n${body}\n\n`;
}

export function summaryLine(findings: Finding[], drafts: number): string {
  if (findings.length === 0) return `No findings in ${drafts} draft${drafts === 1 ? '' : 's'}.`;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(findings.length, 'finding')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info) in ${plural(drafts, 'draft')}.`;
}
