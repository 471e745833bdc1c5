import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Finding } from '../lib/engine/finding.ts';
import { countFindings, flaggedWords, sortFindings, splitMessage } from './finding-text.ts';
import { CalmIcon, CloseIcon } from './icons.tsx';
import { keepKeysInside } from './keys.ts';
import { RULE_TITLES } from './rule-titles.ts';
import { describeCounts, SeverityTag } from './severity.tsx';

export interface FindingsPanelProps {
  findings: Finding[];
  /** The analysed text, which `findings` point into. */
  text: string;
  /** Findings in the quoted email trail; their offsets are not into `text`, so no words are quoted. */
  trailFindings?: Finding[];
  onSelect: (finding: Finding) => void;
  onClose: () => void;
  /**
   * Move focus into the panel when it opens (default true): it opens because the user asked,
   * and it may sit far from the badge in the page's tab order. Later updates never move focus.
   */
  autoFocus?: boolean;
}

export const EMPTY_MESSAGE = 'No problems found in this draft.';

/** Every finding for one composer, most serious first, each a button that takes you to it. */
export function FindingsPanel({ findings, text, trailFindings = [], onSelect, onClose, autoFocus = true }: FindingsPanelProps) {
  const titleId = useId();
  const summaryId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) panelRef.current?.focus();
    // Only on opening: a panel that grabbed focus on every keystroke would be unusable.
  }, []);

  const summary = describeCounts(countFindings([...findings, ...trailFindings])) || 'No problems found';
  const hasTrail = trailFindings.length > 0;

  function onKeyDown(event: KeyboardEvent) {
    keepKeysInside(event);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <div
      ref={panelRef}
      className="ppc-root ppc-panel"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onKeyUp={keepKeysInside}
    >
      <div className="ppc-panel-head">
        <div className="ppc-panel-titles">
          <h2 id={titleId} className="ppc-panel-title">
            Parish Post Check
          </h2>
          {/* Visible summary and polite live region in one: count changes are read out without moving focus. */}
          <p id={summaryId} className="ppc-panel-summary" role="status" aria-live="polite" aria-atomic="true">
            {summary}
          </p>
        </div>
        <button type="button" className="ppc-icon-btn" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>

      <div className="ppc-panel-body">
        <section className="ppc-panel-section">
          {hasTrail && <h3 className="ppc-panel-section-title">In your message</h3>}
          {findings.length === 0 ? (
            <p className="ppc-empty">
              <span className="ppc-empty-mark">
                <CalmIcon size={20} />
              </span>
              {EMPTY_MESSAGE}
            </p>
          ) : (
            <FindingList findings={findings} text={text} onSelect={onSelect} />
          )}
        </section>

        {hasTrail && (
          <section className="ppc-panel-section">
            <h3 className="ppc-panel-section-title">In the quoted email trail</h3>
            <p className="ppc-panel-section-hint">Earlier messages quoted below your own.</p>
            <FindingList findings={trailFindings} onSelect={onSelect} />
          </section>
        )}
      </div>
    </div>
  );
}

function FindingList({ findings, text, onSelect }: { findings: Finding[]; text?: string; onSelect: (f: Finding) => void }) {
  return (
    <ul>
      {sortFindings(findings).map((finding, i) => (
        <li key={`${finding.rule}:${finding.start}:${finding.end}:${i}`}>
          <FindingEntry finding={finding} words={text === undefined ? '' : flaggedWords(finding, text)} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

function FindingEntry({ finding, words, onSelect }: { finding: Finding; words: string; onSelect: (f: Finding) => void }) {
  return (
    <button type="button" className={`ppc-entry ppc-sev-${finding.severity}`} onClick={() => onSelect(finding)}>
      <span className="ppc-entry-top">
        <SeverityTag severity={finding.severity} />
        <span className="ppc-entry-rule">{RULE_TITLES[finding.rule] ?? finding.rule}</span>
      </span>
      {words && <span className="ppc-entry-words">“{words}”</span>}
      <span className="ppc-entry-message">{splitMessage(finding).body}</span>
    </button>
  );
}
