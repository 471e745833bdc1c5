import { z } from 'zod';
import { ROLES, SEVERITIES } from './draft.ts';
import { RULE_IDS } from './rule-ids.ts';

// A pack is data, validated strictly: an unknown key is an error, so a typo cannot
// silently switch a rule off.

const NonEmpty = z.string().trim().min(1, 'must not be empty');

export const ClauseSchema = z.strictObject({
  ref: NonEmpty,
  summary: NonEmpty,
});

export const PackRuleSchema = z.strictObject({
  severity: z.enum(SEVERITIES),
  clause: ClauseSchema,
  /** Rule options; each rule checks its own (see RuleMeta.options). */
  options: z.record(z.string(), z.unknown()).optional(),
});

export const SignatureStatementSchema = z.strictObject({
  /** What the statement is about, as the policy names it. */
  label: NonEmpty,
  /** Phrases (case-insensitive, whole words) any one of which shows the statement is present. */
  phrases: z.array(NonEmpty).min(1),
});

export const PackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "my-council"'),
  council: NonEmpty,
  /** How messages name the council: "Bottisham policy §4: …". */
  shortName: NonEmpty,
  policy: z.strictObject({
    title: NonEmpty,
    date: NonEmpty,
  }),
  official: z.strictObject({
    /** Names the council goes by, for spotting someone writing as it. */
    names: z.array(NonEmpty).min(1),
    emails: z.array(z.email()),
    domains: z.array(NonEmpty),
    clerkEmail: z.email().optional(),
    websites: z.array(NonEmpty),
    handles: z.array(z.string().regex(/^@\w{1,30}$/, 'expected a handle such as @pitstone_pc')),
    phones: z.array(NonEmpty),
    /** The council's own published postal addresses (not residents'). */
    addresses: z.array(NonEmpty),
  }),
  /** Roles that may post as the council without further approval. */
  officialPosterRoles: z.array(z.enum(ROLES)).min(1),
  /** Plain-English note on who may post officially, shown with unauthorised-official-channel. */
  officialPosterNote: NonEmpty,
  signature: z
    .strictObject({
      required: z.boolean(),
      statements: z.array(SignatureStatementSchema),
    })
    .optional(),
  rules: z.partialRecord(z.enum(RULE_IDS), PackRuleSchema),
});

export type Pack = z.output<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type PackRule = z.output<typeof PackRuleSchema>;
