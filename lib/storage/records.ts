// What is stored in IndexedDB, and what is imported and exported, as zod schemas. Every record
// is checked when it is written and again when it is read, so a damaged or hand-edited database
// cannot reach the engine.
import { z } from 'zod';
import { CAPACITIES, ROLES, SEVERITIES } from '../engine/draft.ts';
import { PackSchema } from '../engine/pack.ts';
import { RULE_IDS } from '../engine/rule-ids.ts';
import { OverrideEntrySchema, SITES } from '../settings/schema.ts';

const NonEmpty = z.string().trim().min(1, 'must not be empty');

export const PackIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case pack id such as "bottisham"');

export const EmailSchema = z.string().trim().pipe(z.email('expected an email address such as clerk@example-pc.gov.uk'));

export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/, 'expected a domain such as example-pc.gov.uk');

export const HandleSchema = z.string().trim().regex(/^@\w{1,30}$/, 'expected a handle such as @pitstone_pc');

/** An ISO calendar date that exists: 2027-05-06. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date such as 2027-05-06', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar date');

/** A list of short entries (street names, people's names, matters): no blanks, no duplicates. */
const EntryList = z
  .array(z.string().trim().min(1, 'empty entry').max(200, 'longer than 200 characters'))
  .max(5000, 'more than 5,000 entries')
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((entry) => {
      const key = entry.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

/** The council's own details, replacing the pack's where given (an absent field keeps the pack's). */
export const CouncilDetailsRecordSchema = z.strictObject({
  officialEmails: z.array(EmailSchema).optional(),
  officialDomains: z.array(DomainSchema).optional(),
  clerkEmail: EmailSchema.optional(),
  signature: z.string().max(4000, 'longer than 4,000 characters').optional(),
  websites: z.array(NonEmpty).optional(),
  handles: z.array(HandleSchema).optional(),
  phones: z.array(NonEmpty).optional(),
});
export type CouncilDetailsRecord = z.output<typeof CouncilDetailsRecordSchema>;
export const COUNCIL_DETAIL_KEYS = Object.keys(CouncilDetailsRecordSchema.shape) as (keyof CouncilDetailsRecord)[];

export const RuleOverrideRecordSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
});
export type RuleOverrideRecord = z.output<typeof RuleOverrideRecordSchema>;

export const RuleOverridesSchema = z.partialRecord(z.enum(RULE_IDS), RuleOverrideRecordSchema);
export type RuleOverrides = z.output<typeof RuleOverridesSchema>;

/** The person's own choices: one row, id "main". */
export const SettingsRecordSchema = z.strictObject({
  id: z.literal('main').default('main'),
  packId: PackIdSchema.default('bottisham'),
  role: z.enum(ROLES).default('councillor'),
  capacity: z.enum(CAPACITIES).default('personal'),
  siteCapacity: z.partialRecord(z.enum(SITES), z.enum(CAPACITIES)).default({}),
  disabledSites: z.array(z.enum(SITES)).default([]),
  updatedAt: z.string().default(''),
});
export type SettingsRecord = z.output<typeof SettingsRecordSchema>;

/** What is set for one council (one pack): its details, lists, polling day and rule choices. */
export const CouncilRecordSchema = z.strictObject({
  packId: PackIdSchema,
  details: CouncilDetailsRecordSchema.default({}),
  rules: RuleOverridesSchema.default({}),
  localStreets: EntryList.default([]),
  permittedNames: EntryList.default([]),
  sensitiveMatters: EntryList.default([]),
  pollingDay: CalendarDateSchema.optional(),
  updatedAt: z.string().default(''),
});
export type CouncilRecord = z.output<typeof CouncilRecordSchema>;
export type CouncilRecordInput = z.input<typeof CouncilRecordSchema>;

export const CustomPackRecordSchema = z.strictObject({
  id: PackIdSchema,
  pack: PackSchema,
  importedAt: z.string(),
});
export type CustomPackRecord = z.output<typeof CustomPackRecordSchema>;

export const StoredOverrideSchema = OverrideEntrySchema.extend({ id: z.number().int().positive().optional() });
export type StoredOverride = z.output<typeof StoredOverrideSchema>;

export const MetaRecordSchema = z.strictObject({ key: z.string(), value: z.unknown() });
export type MetaRecord = z.output<typeof MetaRecordSchema>;

// ---- the settings file (export and import) --------------------------------------------------

export const SETTINGS_FILE_FORMAT = 'parish-post-check-settings';
export const SETTINGS_FILE_VERSION = 1;

const CouncilFileEntrySchema = CouncilRecordSchema.omit({ packId: true, updatedAt: true });

export const SettingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT, `expected "${SETTINGS_FILE_FORMAT}"`),
  version: z.literal(SETTINGS_FILE_VERSION, `expected ${SETTINGS_FILE_VERSION}`),
  exportedAt: z.string().optional(),
  settings: SettingsRecordSchema.omit({ id: true, updatedAt: true }),
  councils: z.record(PackIdSchema, CouncilFileEntrySchema).default({}),
  customPacks: z.array(PackSchema).default([]),
});
export type SettingsFile = z.output<typeof SettingsFileSchema>;
export type SettingsFileInput = z.input<typeof SettingsFileSchema>;

// ---- managed settings (storage.managed, set by the council's IT) ------------------------------

/**
 * What a council can push through policy. Each key is checked on its own, so one bad value
 * drops only that key. Chrome checks the same shapes against public/managed_schema.json first.
 */
export const MANAGED_FIELDS = {
  managedBy: NonEmpty.max(200),
  packId: PackIdSchema,
  /** A whole pack as JSON text (policy editors handle one string more easily than a deep object). */
  customPack: z.string(),
  role: z.enum(ROLES),
  capacity: z.enum(CAPACITIES),
  siteCapacity: z.partialRecord(z.enum(SITES), z.enum(CAPACITIES)),
  disabledSites: z.array(z.enum(SITES)),
  rules: RuleOverridesSchema,
  council: CouncilDetailsRecordSchema,
  localStreets: EntryList,
  permittedNames: EntryList,
  sensitiveMatters: EntryList,
  pollingDay: CalendarDateSchema,
} as const;

export type ManagedKey = keyof typeof MANAGED_FIELDS;
export type ManagedSettings = { -readonly [K in ManagedKey]?: z.output<(typeof MANAGED_FIELDS)[K]> };
