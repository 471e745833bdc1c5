import { useId, type Ref } from 'react';
import { SeverityIcon } from './severity.tsx';

export const REASON_MIN = 3;
export const REASON_MAX = 200;

/** Why a reason is not yet acceptable, or null when it is. Shared by the card and the dialog. */
export function reasonProblem(value: string): string | null {
  const reason = value.trim();
  if (!reason) return 'Please give a reason, in a few words.';
  if (reason.length < REASON_MIN) return 'Please say a little more.';
  return null;
}

interface ReasonFieldProps {
  label: string;
  hint: string;
  value: string;
  error: string | null;
  placeholder?: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * One line of text with its label, hint and error all tied to the input for screen readers.
 * The enclosing form sets noValidate: our own message replaces the browser's bubble.
 */
export function ReasonField({ label, hint, value, error, placeholder, onChange, ref }: ReasonFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="ppc-reason">
      <label className="ppc-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="ppc-input"
        type="text"
        autoComplete="off"
        spellCheck
        maxLength={REASON_MAX}
        required
        placeholder={placeholder}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={errorId} className="ppc-error-text" role="alert">
          <SeverityIcon severity="error" size={13} />
          {error}
        </p>
      )}
      <p id={hintId} className="ppc-hint">
        {hint}
      </p>
    </div>
  );
}
