import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { Finding } from '../lib/engine/finding.ts';
import { clauseLabel, countFindings, flaggedWords, sortFindings, splitMessage } from './finding-text.ts';
import { CalmIcon } from './icons.tsx';
import { activeElementOf, keepKeysInside, tabbables } from './keys.ts';
import { ReasonField, reasonProblem } from './ReasonField.tsx';
import { RULE_TITLES } from './rule-titles.ts';
import { describeCounts, SeverityTag } from './severity.tsx';

export interface SendConfirmDialogProps {
  /** The composer's findings; the dialog lists the error-severity ones. */
  findings: Finding[];
  text: string;
  onBack: () => void;
  onSendAnyway: (reason: string) => void;
}

/**
 * Shown when Send or Post is pressed while an error is open. Going back is the default and the
 * easy path; sending anyway takes a reason, which the caller records in the override log.
 */
export function SendConfirmDialog({ findings, text, onBack, onSendAnyway }: SendConfirmDialogProps) {
  const titleId = useId();
  const introId = useId();
  const safeId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    backRef.current?.focus();
  }, []);

  useEffect(() => {
    if (asking) reasonRef.current?.focus();
  }, [asking]);

  const errors = findings.filter((f) => f.severity === 'error');
  // The caller should only open this for errors; if it has none, show what there is rather than nothing.
  const shown = sortFindings(errors.length > 0 ? errors : findings);

  function send(event: FormEvent) {
    event.preventDefault();
    if (!asking) {
      setAsking(true);
      return;
    }
    const problem = reasonProblem(reason);
    setError(problem);
    if (problem) reasonRef.current?.focus();
    else onSendAnyway(reason.trim());
  }

  function onKeyDown(event: KeyboardEvent) {
    keepKeysInside(event);
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    } else if (event.key === 'Tab') {
      trapFocus(event);
    }
  }

  // Tab and Shift+Tab cycle within the dialog: while it is open, the page behind is not in play.
  function trapFocus(event: KeyboardEvent) {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const items = tabbables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = activeElementOf(dialog);
    const inside = active !== null && dialog.contains(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  // A click on the backdrop must not drop focus onto the page behind.
  function holdFocus(event: MouseEvent) {
    if (event.target === event.currentTarget) event.preventDefault();
  }

  return (
    <div className="ppc-root ppc-backdrop" onMouseDown={holdFocus} onKeyDown={onKeyDown} onKeyUp={keepKeysInside}>
      <div
        ref={dialogRef}
        className="ppc-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={`${introId} ${safeId}`}
      >
        <h2 id={titleId} className="ppc-dialog-title">
          Before you send
        </h2>
        <p id={introId} className="ppc-dialog-intro">
          Parish Post Check found {describeCounts(countFindings(shown))} in this draft that go against your
          council’s policy.
        </p>
        <p id={safeId} className="ppc-safe">
          <CalmIcon />
          Nothing has been sent, and your draft is untouched.
        </p>

        <ul className="ppc-dialog-list" aria-label="What was found" tabIndex={0}>
          {shown.map((finding, i) => (
            <li key={`${finding.rule}:${finding.start}:${finding.end}:${i}`} className={`ppc-dialog-item ppc-sev-${finding.severity}`}>
              <span className="ppc-dialog-item-top">
                <SeverityTag severity={finding.severity} />
                <strong>{RULE_TITLES[finding.rule] ?? finding.rule}</strong>
                <span className="ppc-dialog-item-ref">{clauseLabel(finding)}</span>
              </span>
              <FlaggedQuote words={flaggedWords(finding, text)} />
              <span className="ppc-dialog-item-message">{splitMessage(finding).body}</span>
            </li>
          ))}
        </ul>

        <form className="ppc-reason" noValidate onSubmit={send}>
          {asking && (
            <ReasonField
              ref={reasonRef}
              label="Why are you sending it anyway?"
              hint="Your reason is kept with the rule, the site and the date in your override log in this browser. The draft itself is not saved."
              value={reason}
              error={error}
              onChange={(value) => {
                setReason(value);
                if (error) setError(reasonProblem(value));
              }}
            />
          )}
          <div className="ppc-actions ppc-actions-end">
            <button ref={backRef} type="button" className="ppc-btn ppc-btn-primary" onClick={onBack}>
              Go back and edit
            </button>
            <button type="submit" className="ppc-btn">
              Send anyway
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function FlaggedQuote({ words }: { words: string }) {
  if (!words) return null;
  return (
    <span className="ppc-quote">
      <span className="ppc-sr-only">Flagged words: </span>
      <span className="ppc-quote-words">{words}</span>
    </span>
  );
}
