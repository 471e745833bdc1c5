import type { z } from 'zod';
import type { Attachment, Capacity, Channel, DraftSettings, Email, Role, Severity } from './draft.ts';
import type { Edit } from './finding.ts';
import type { Pack } from './pack.ts';
import type { RuleCategory, RuleId } from './rule-ids.ts';
import type { Sentence } from './segment.ts';
import type { NlpDoc } from './nlp.ts';
import type { QuotedRange } from './quoted.ts';

export interface RuleMeta {
  id: RuleId;
  category: RuleCategory;
  /** One line, shown in the options page and the rule reference. */
  description: string;
  defaultSeverity: Severity;
  /** Message table; `{{name}}` is filled from the report's data. Short, kind, and says how to fix. */
  messages: Record<string, string>;
  /** Channels the rule applies to; all when absent. */
  channels?: readonly Channel[];
  /** Whether the rule also reads quoted earlier messages (personal data is sent again; tone is not ours). */
  readsQuoted?: boolean;
  /** Dismissing asks for a reason such as "I have written permission". */
  dismissReason?: string;
  /**
   * Options a pack may set for this rule (ESLint-style): a strict zod object whose defaults
   * apply when the pack sets none. Checked when the pack loads.
   */
  options?: z.ZodType<Record<string, unknown>>;
}

/** A rule's report, in offsets of the text it was given (the sentence or the whole draft). */
export interface Report {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string>;
  fix?: { label: string; edits: Edit[] };
}

/**
 * Everything a sentence rule may read besides the sentence itself. It holds nothing that
 * varies per keystroke, so a sentence's reports can be cached by its text alone.
 */
export interface RuleEnv {
  pack: Pack;
  channel: Channel;
  capacity: Capacity;
  role: Role;
  /** The day the draft is written (UTC midnight), when known. */
  now: Date | undefined;
  settings: DraftSettings;
}

/** A rule's options as the pack set them, defaults filled in (empty when the rule has none). */
export type RuleOptions = Readonly<Record<string, unknown>>;

export interface SentenceContext {
  env: RuleEnv;
  options: RuleOptions;
  sentence: Sentence;
  /** Parses the sentence with compromise on first call; later calls reuse the parse. */
  nlp(): NlpDoc;
}

export interface DraftContext {
  env: RuleEnv;
  options: RuleOptions;
  text: string;
  email: Email | undefined;
  attachments: Attachment[];
  sentences: readonly Sentence[];
  /** Ranges of quoted earlier messages (email trails, `>` lines), in draft offsets. */
  quoted: readonly QuotedRange[];
}

export interface RuleModule {
  meta: RuleMeta;
  /** Per-sentence work; cached by sentence text, so it may be slow-ish but must be pure. */
  checkSentence?(ctx: SentenceContext): Report[];
  /**
   * Whole-draft work, run on every check, so keep it cheap. `fromSentences` holds this rule's
   * sentence reports in draft offsets; the return value replaces them.
   */
  checkDraft?(ctx: DraftContext, fromSentences: Report[]): Report[];
}

export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}
