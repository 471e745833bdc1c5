import type { DraftInput } from './draft.ts';

/** A test draft: only the text is needed; the rest defaults (see tests/helpers/rule-tester.ts). */
export type CaseDraft = Partial<DraftInput> & { text: string; name?: string };

/**
 * An expected finding. `span` is the exact flagged text (its first occurrence, or the
 * `occurrence`-th, counting from 1); `start`/`end` pin offsets outright.
 */
export interface ExpectedFinding {
  span?: string;
  occurrence?: number;
  start?: number;
  end?: number;
  /** A substring the message must contain. */
  message?: string;
}

export interface InvalidCase extends CaseDraft {
  errors: ExpectedFinding[];
}

/** ESLint-style cases kept beside each rule: drafts that must stay clean and drafts that must be flagged. */
export interface RuleCases {
  valid: (string | CaseDraft)[];
  invalid: InvalidCase[];
}
