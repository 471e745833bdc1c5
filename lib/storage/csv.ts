// The override log as CSV, for a clerk's records or a spreadsheet.
import type { StoredOverride } from './records.ts';

export const CSV_COLUMNS = ['date', 'site', 'rule', 'pack', 'kind', 'reason'] as const;

/**
 * One CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralised with an
 * apostrophe, so a spreadsheet never runs a reason as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function overridesToCsv(entries: readonly StoredOverride[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) lines.push(CSV_COLUMNS.map((column) => csvCell(String(entry[column] ?? ''))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
