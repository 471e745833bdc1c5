import { z } from 'zod';
import { CAPACITIES, CouncilDetailsSchema, ROLES, RuleOverrideSchema } from '../engine/draft.ts';

/** The sites the content script runs on. */
export const SITES = ['facebook', 'x', 'gmail', 'outlook'] as const;
export type SiteId = (typeof SITES)[number];

export const SITE_LABELS: Record<SiteId, string> = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  gmail: 'Gmail',
  outlook: 'Outlook on the web',
};

const List = z.array(z.string().trim().min(1, 'empty entry')).default([]);

/**
 * What the user has chosen, as the content scripts read it. The options page keeps the full
 * record (with history) in IndexedDB and mirrors this effective view into `storage.local`,
 * which every open tab listens to, so changes apply without a reload.
 */
export const ExtensionSettingsSchema = z.strictObject({
  version: z.literal(1).default(1),
  packId: z.string().min(1).default('bottisham'),
  role: z.enum(ROLES).default('councillor'),
  capacity: z.enum(CAPACITIES).default('personal'),
  /** Per-site capacity to assume instead of the general one ("Gmail: my council address posts as the council"). */
  siteCapacity: z.partialRecord(z.enum(SITES), z.enum(CAPACITIES)).default({}),
  /** Sites where checking is switched off (or paused from the popup). */
  disabledSites: z.array(z.enum(SITES)).default([]),
  rules: z.record(z.string(), RuleOverrideSchema).default({}),
  council: CouncilDetailsSchema.default({}),
  localStreets: List,
  permittedNames: List,
  sensitiveMatters: List,
  pollingDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2027-05-06').optional(),
});

export type ExtensionSettings = z.output<typeof ExtensionSettingsSchema>;
export type ExtensionSettingsInput = z.input<typeof ExtensionSettingsSchema>;

export const DEFAULT_SETTINGS: ExtensionSettings = ExtensionSettingsSchema.parse({});

export { SETTINGS_STORAGE_KEY } from '../storage/keys.ts';

/** One override: a reasoned dismissal, "Send anyway" or "I have permission". Never the draft text. */
export const OverrideEntrySchema = z.strictObject({
  date: z.string(),
  site: z.enum(SITES),
  rule: z.string(),
  pack: z.string(),
  kind: z.enum(['dismiss', 'send-anyway', 'permission']),
  reason: z.string().trim().min(1, 'a reason is needed'),
});
export type OverrideEntry = z.output<typeof OverrideEntrySchema>;

/** Capacity for a site: the per-site choice when there is one, else the general one. */
export function capacityFor(settings: ExtensionSettings, site: SiteId) {
  return settings.siteCapacity[site] ?? settings.capacity;
}
