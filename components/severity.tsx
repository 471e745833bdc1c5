import type { Severity } from '../lib/engine/draft.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The word shown beside every colour, so severity never rests on colour alone. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

const COUNT_NOUNS: Readonly<Record<Severity, [one: string, many: string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export type SeverityCounts = Record<Severity, number>;

export function countPhrase(severity: Severity, n: number): string {
  const [one, many] = COUNT_NOUNS[severity];
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 error, 2 warnings", most serious first; empty when there is nothing. */
export function describeCounts(counts: SeverityCounts): string {
  return SEVERITY_ORDER.filter((s) => counts[s] > 0)
    .map((s) => countPhrase(s, counts[s]))
    .join(', ');
}

/** A distinct shape per severity (octagon, triangle, circle), for readers who cannot tell the colours apart. */
export function SeverityIcon({ severity, size = 14 }: { severity: Severity; size?: number }) {
  return (
    <svg
      className="ppc-sev-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' && (
        <>
          <path d="M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z" fill="currentColor" />
          <path d="M8 4.2v4.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="11.4" r="1.05" fill="#fff" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.3 15.2 14H.8z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 5.6v4" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
          <circle cx="8" cy="11.9" r="0.95" fill="#fff" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <circle cx="8" cy="4.8" r="1.05" fill="#fff" />
          <path d="M8 7.4v4.4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

/** Icon and word on a pale tint of the severity colour. */
export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <span className={`ppc-tag ppc-sev-${severity}`}>
      <SeverityIcon severity={severity} size={12} />
      {SEVERITY_LABELS[severity]}
    </span>
  );
}
