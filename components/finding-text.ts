import type { Finding } from '../lib/engine/finding.ts';
import { SEVERITY_ORDER, type SeverityCounts } from './severity.tsx';

const MAX_QUOTE = 90;

/** The words a finding flags, or '' for a finding about the whole draft (0..0). */
export function flaggedWords(finding: Finding, text: string): string {
  if (finding.end <= finding.start) return '';
  const words = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE - 1).trimEnd()}…` : words;
}

/**
 * The engine prefixes each message with "Bottisham policy §4: ". The cards show the clause on its
 * own line, so split that prefix off: the council's short name labels the clause, the rest is
 * the message. A message without the prefix is left whole.
 */
export function splitMessage(finding: Finding): { council: string; body: string } {
  const marker = ` policy ${finding.clause.ref}: `;
  const at = finding.message.indexOf(marker);
  if (at <= 0) return { council: '', body: finding.message };
  const rest = finding.message.slice(at + marker.length);
  // Some messages read on from the prefix in lower case ("this email lacks…"); standing alone they need a capital.
  return { council: finding.message.slice(0, at), body: rest.charAt(0).toUpperCase() + rest.slice(1) };
}

/** "Bottisham policy §4", falling back to the pack id when the message does not name the council. */
export function clauseLabel(finding: Finding): string {
  const { council } = splitMessage(finding);
  return `${council || finding.clause.pack} policy ${finding.clause.ref}`;
}

/** Most serious first, then in reading order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.start - b.start ||
      a.end - b.end,
  );
}

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
