import type { RuleId } from './rule-ids.ts';
import type { Severity } from './draft.ts';

/** One text replacement, in UTF-16 offsets of the text it applies to. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A safe, mechanical fix: a short label for the button and the edits it makes. */
export interface Fix {
  label: string;
  edits: Edit[];
}

export interface Clause {
  pack: string;
  ref: string;
  summary: string;
}

/** What the engine returns: plain data, safe to post between contexts or print as JSON. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  clause: Clause;
  fix?: Fix;
}
