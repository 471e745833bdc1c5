import { z } from 'zod';

export const CHANNELS = ['facebook', 'x', 'email'] as const;
export const CAPACITIES = ['council', 'personal'] as const;
export const ROLES = ['councillor', 'clerk', 'chair', 'staff'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export type Channel = (typeof CHANNELS)[number];
export type Capacity = (typeof CAPACITIES)[number];
export type Role = (typeof ROLES)[number];
export type Severity = (typeof SEVERITIES)[number];

// Accepts a plain date or a full ISO timestamp; both mean "the day the draft is written".
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date such as 2027-04-20')
  .refine((value) => !Number.isNaN(Date.parse(value.slice(0, 10))), 'not a real calendar date');

const Recipients = z.array(z.string()).default([]);

export const EmailSchema = z.object({
  from: z.string().default(''),
  to: Recipients,
  cc: Recipients,
  bcc: Recipients,
  subject: z.string().default(''),
  replyAll: z.boolean().default(false),
  forward: z.boolean().default(false),
});

export const AttachmentSchema = z.object({
  kind: z.enum(['image', 'video', 'file']),
  name: z.string().default(''),
});

const StringList = z.array(z.string().trim().min(1, 'empty entry')).default([]);

/** Council details that replace or extend the pack's own (the options page's "council details"). */
export const CouncilDetailsSchema = z.object({
  officialEmails: z.array(z.string()).optional(),
  officialDomains: z.array(z.string()).optional(),
  clerkEmail: z.string().optional(),
  signature: z.string().optional(),
  websites: z.array(z.string()).optional(),
  handles: z.array(z.string()).optional(),
  phones: z.array(z.string()).optional(),
});

/** Per-rule switches and re-grading chosen in the options page. */
export const RuleOverrideSchema = z.object({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
});

export const DraftSettingsSchema = z.object({
  pollingDay: IsoDate.optional(),
  sensitiveMatters: StringList,
  permittedNames: StringList,
  localStreets: StringList,
  council: CouncilDetailsSchema.optional(),
  rules: z.record(z.string(), RuleOverrideSchema).optional(),
});

/**
 * The draft as the contract defines it. Unknown keys are dropped rather than rejected, so a
 * draft carrying extra bookkeeping (ids, labels) still checks.
 */
export const DraftSchema = z.object({
  pack: z.string().min(1, 'expected a pack id such as "bottisham"'),
  channel: z.enum(CHANNELS),
  capacity: z.enum(CAPACITIES),
  role: z.enum(ROLES),
  text: z.string(),
  email: EmailSchema.optional(),
  attachments: z.array(AttachmentSchema).default([]),
  now: IsoDate.optional(),
  settings: DraftSettingsSchema.optional(),
});

export type DraftInput = z.input<typeof DraftSchema>;
export type Draft = z.output<typeof DraftSchema>;
export type Email = z.output<typeof EmailSchema>;
export type Attachment = z.output<typeof AttachmentSchema>;
export type DraftSettings = z.output<typeof DraftSettingsSchema>;
export type DraftSettingsInput = z.input<typeof DraftSettingsSchema>;
export type CouncilDetails = z.output<typeof CouncilDetailsSchema>;
export type RuleOverride = z.output<typeof RuleOverrideSchema>;

/** One zod issue in plain words: "expected one of error, warning, info", "unknown key \"foo\"". */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message.replace(/^Invalid (input|option): /, '');
  }
}

/** Formats a zod error as "path: problem" lines, the form every surface reports. */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${describeIssue(issue)}` : describeIssue(issue);
  });
}
