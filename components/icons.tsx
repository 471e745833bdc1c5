// Small inline icons. Decorative: every one sits beside words or inside a named button.

export function CloseIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** A tick in a circle: nothing to report. */
export function CalmIcon({ size = 16 }: { size?: number }) {
  return (
    <svg className="ppc-badge-mark" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.8 8.3l2.1 2.1 4.3-4.5" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Two bars: checking is paused. */
export function PauseIcon({ size = 16 }: { size?: number }) {
  return (
    <svg className="ppc-badge-mark" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M6.3 5.3v5.4M9.7 5.3v5.4" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
    </svg>
  );
}

/** A shield with a tick: the product's mark, at the start of the badge when it has counts. */
export function ShieldIcon({ size = 16 }: { size?: number }) {
  return (
    <svg className="ppc-badge-mark" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.2 13.6 3.3v4.1c0 3.4-2.4 6.1-5.6 7.4-3.2-1.3-5.6-4-5.6-7.4V3.3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M5.6 8.1l1.7 1.7 3.2-3.3" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
