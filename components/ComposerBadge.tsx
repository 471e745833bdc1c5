import { CalmIcon, PauseIcon, ShieldIcon } from './icons.tsx';
import { describeCounts, SEVERITY_ORDER, SeverityIcon, type SeverityCounts } from './severity.tsx';

export interface ComposerBadgeProps {
  counts: SeverityCounts;
  /** Whether the findings panel is open. */
  expanded: boolean;
  onToggle: () => void;
  /** Checking is paused on this site: show that, not stale counts. */
  paused?: boolean;
}

/** "Parish Post Check: 1 error, 2 warnings", the badge's name for screen readers and its tooltip. */
export function badgeLabel(counts: SeverityCounts, paused = false): string {
  if (paused) return 'Parish Post Check: paused';
  return `Parish Post Check: ${describeCounts(counts) || 'no problems found'}`;
}

/** The small button beside a composer: counts by severity, and the way into the panel. */
export function ComposerBadge({ counts, expanded, onToggle, paused = false }: ComposerBadgeProps) {
  const label = badgeLabel(counts, paused);
  const shown = SEVERITY_ORDER.filter((s) => counts[s] > 0);
  const state = paused ? 'ppc-badge-paused' : shown.length === 0 ? 'ppc-badge-calm' : '';

  return (
    <button
      type="button"
      className={`ppc-root ppc-badge ${state}`}
      aria-label={label}
      aria-expanded={expanded}
      title={label}
      onClick={onToggle}
    >
      {paused ? (
        <>
          <PauseIcon />
          <span className="ppc-badge-word">Paused</span>
        </>
      ) : shown.length === 0 ? (
        <CalmIcon />
      ) : (
        <>
          <ShieldIcon />
          {/* Shape and number per severity; the button's label carries the words. */}
          {shown.map((s) => (
            <span key={s} className={`ppc-badge-count ppc-sev-${s}`}>
              <SeverityIcon severity={s} size={13} />
              {counts[s]}
            </span>
          ))}
        </>
      )}
    </button>
  );
}
