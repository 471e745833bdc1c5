import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Finding } from '../lib/engine/finding.ts';
import { clauseLabel, flaggedWords, splitMessage } from './finding-text.ts';
import { CloseIcon } from './icons.tsx';
import { keepKeysInside } from './keys.ts';
import { ReasonField, reasonProblem } from './ReasonField.tsx';
import { RULE_TITLES } from './rule-titles.ts';
import { SeverityTag } from './severity.tsx';

export interface FindingCardProps {
  finding: Finding;
  /** The text the finding's offsets refer to. */
  text: string;
  /** The rule's suggested reason ("I have their written permission"); offers "I have permission". */
  dismissReason?: string;
  onFix?: () => void;
  onDismiss: (reason?: string) => void;
  onClose: () => void;
  /**
   * Move focus into the card when it opens. Off by default: a card that appears while someone
   * types or hovers must not take the caret away from their draft.
   */
  autoFocus?: boolean;
}

/** The card beside a flagged span: what is wrong, the council's clause, and the ways out. */
export function FindingCard(props: FindingCardProps) {
  const { finding } = props;
  // A new finding starts afresh, with any half-typed reason discarded.
  return <CardContent key={`${finding.rule}:${finding.start}:${finding.end}`} {...props} />;
}

function CardContent({ finding, text, dismissReason, onFix, onDismiss, onClose, autoFocus }: FindingCardProps) {
  const titleId = useId();
  const messageId = useId();
  const cardRef = useRef<HTMLDivElement>(null);
  const permissionButtonRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const returnFocusToPermission = useRef(false);

  useEffect(() => {
    if (autoFocus) cardRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (asking) reasonRef.current?.focus();
    else if (returnFocusToPermission.current) permissionButtonRef.current?.focus();
    returnFocusToPermission.current = false;
  }, [asking]);

  const words = flaggedWords(finding, text);
  const { body } = splitMessage(finding);
  const canFix = Boolean(finding.fix && onFix);

  function cancelAsking() {
    returnFocusToPermission.current = true;
    setAsking(false);
    setReason('');
    setError(null);
  }

  function submitReason(event: FormEvent) {
    event.preventDefault();
    const problem = reasonProblem(reason);
    setError(problem);
    if (problem) reasonRef.current?.focus();
    else onDismiss(reason.trim());
  }

  function onKeyDown(event: KeyboardEvent) {
    keepKeysInside(event);
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Escape steps back one level: out of the reason form first, then closes the card.
    if (asking) cancelAsking();
    else onClose();
  }

  return (
    <div
      ref={cardRef}
      className={`ppc-root ppc-card ppc-sev-${finding.severity}`}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onKeyUp={keepKeysInside}
    >
      <div className="ppc-card-head">
        <SeverityTag severity={finding.severity} />
        <h2 id={titleId} className="ppc-card-title">
          {RULE_TITLES[finding.rule] ?? finding.rule}
        </h2>
        <button type="button" className="ppc-icon-btn" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>

      {words && (
        <blockquote className="ppc-quote">
          <span className="ppc-sr-only">Flagged words: </span>
          <span className="ppc-quote-words">{words}</span>
        </blockquote>
      )}

      <p id={messageId} className="ppc-card-message">
        {body}
      </p>

      <p className="ppc-clause">
        <span className="ppc-clause-ref">{clauseLabel(finding)}</span>
        {finding.clause.summary}
      </p>

      {asking ? (
        <form className="ppc-reason" noValidate onSubmit={submitReason}>
          <ReasonField
            ref={reasonRef}
            label="Your reason"
            hint={`For example: “${dismissReason ?? 'I have their written permission'}”. It is kept with the rule and the date in your override log in this browser. Your draft is not saved.`}
            value={reason}
            error={error}
            onChange={(value) => {
              setReason(value);
              if (error) setError(reasonProblem(value));
            }}
          />
          <div className="ppc-actions">
            <button type="submit" className="ppc-btn ppc-btn-primary">
              Confirm
            </button>
            <button type="button" className="ppc-btn" onClick={cancelAsking}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="ppc-actions">
          {canFix && (
            <button type="button" className="ppc-btn ppc-btn-primary" onClick={onFix}>
              {finding.fix!.label}
            </button>
          )}
          {dismissReason && (
            <button ref={permissionButtonRef} type="button" className="ppc-btn" onClick={() => setAsking(true)}>
              I have permission
            </button>
          )}
          <button
            type="button"
            className="ppc-btn ppc-btn-quiet"
            title="Hide this for this draft only"
            onClick={() => onDismiss()}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
