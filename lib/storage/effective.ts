// The settings that apply: the person's own, with the council's managed values on top. Pure, so
// the background, the options page, the popup and the tests all compute it the same way.
import { BUILTIN_PACKS, BUILTIN_PACK_IDS, isBuiltinPackId } from './builtin-packs.ts';
import type { Pack } from '../engine/pack.ts';
import { DEFAULT_SETTINGS, ExtensionSettingsSchema, SITES, type ExtensionSettings, type SiteId } from '../settings/schema.ts';
import {
  COUNCIL_DETAIL_KEYS,
  CouncilRecordSchema,
  SettingsRecordSchema,
  type CouncilRecord,
  type CustomPackRecord,
  type ManagedSettings,
  type SettingsRecord,
} from './records.ts';
import type { RuleId } from '../engine/rule-ids.ts';

/** Everything stored in IndexedDB that decides the settings. */
export interface StoredState {
  settings: SettingsRecord;
  councils: Readonly<Record<string, CouncilRecord>>;
  customPacks: Readonly<Record<string, CustomPackRecord>>;
}

export type PackSource = 'built-in' | 'imported' | 'managed';

export interface PackChoice {
  id: string;
  pack: Pack;
  source: PackSource;
}

export interface Effective {
  /** What the content scripts read (mirrored into storage.local). */
  settings: ExtensionSettings;
  /** The active pack, as the council published it (council details not yet applied). */
  pack: Pack;
  packSource: PackSource;
  /** Every pack that can be chosen: built-in, imported, and the council's managed one. */
  packs: PackChoice[];
  /** The council record for the active pack, managed values applied. */
  council: CouncilRecord;
  /** Paths set by the council's managed settings, which the person cannot change. */
  locks: ReadonlySet<string>;
  /** Who manages the locked settings, when any are managed. */
  managedBy: string | null;
  /** Things that went wrong working this out, in plain words. */
  problems: string[];
}

export const DEFAULT_SETTINGS_RECORD: SettingsRecord = SettingsRecordSchema.parse({});

export function emptyCouncil(packId: string): CouncilRecord {
  return CouncilRecordSchema.parse({ packId });
}

export const EMPTY_STATE: StoredState = { settings: DEFAULT_SETTINGS_RECORD, councils: {}, customPacks: {} };

/** Lock paths, as the options page asks for them. */
export const lockPath = {
  siteCapacity: (site: SiteId) => `siteCapacity.${site}`,
  rule: (id: RuleId | string) => `rules.${id}`,
  council: (key: string) => `council.${key}`,
};

export function computeEffective(state: StoredState, managed: ManagedSettings = {}, managedPack: Pack | null = null): Effective {
  const problems: string[] = [];
  const locks = new Set<string>();
  const lock = (path: string) => locks.add(path);

  const packs: PackChoice[] = [
    ...BUILTIN_PACK_IDS.map((id) => ({ id, pack: BUILTIN_PACKS[id], source: 'built-in' as const })),
    ...Object.values(state.customPacks)
      .filter((record) => !isBuiltinPackId(record.id) && record.id !== managedPack?.id)
      .map((record) => ({ id: record.id, pack: record.pack, source: 'imported' as const })),
  ];
  if (managedPack && !isBuiltinPackId(managedPack.id)) packs.push({ id: managedPack.id, pack: managedPack, source: 'managed' });

  // 1. The pack.
  let packId = state.settings.packId;
  if (managed.packId !== undefined) {
    packId = managed.packId;
    lock('packId');
  }
  let choice = packs.find((p) => p.id === packId);
  if (!choice) {
    const fallback = DEFAULT_SETTINGS.packId;
    problems.push(`The pack "${packId}" is not available in this browser, so the ${BUILTIN_PACKS[fallback as 'bottisham'].council} pack is used instead.`);
    choice = packs.find((p) => p.id === fallback)!;
    packId = choice.id;
  }

  // 2. The person's choices.
  const s = state.settings;
  const role = managed.role ?? s.role;
  if (managed.role) lock('role');
  const capacity = managed.capacity ?? s.capacity;
  if (managed.capacity) lock('capacity');
  const siteCapacity = { ...s.siteCapacity };
  for (const site of SITES) {
    const value = managed.siteCapacity?.[site];
    if (value) {
      siteCapacity[site] = value;
      lock(lockPath.siteCapacity(site));
    }
  }
  let disabledSites = s.disabledSites;
  if (managed.disabledSites) {
    disabledSites = managed.disabledSites;
    lock('disabledSites');
  }

  // 3. The council's record for this pack, managed values on top.
  const stored = state.councils[packId] ?? emptyCouncil(packId);
  const council: CouncilRecord = { ...stored, details: { ...stored.details }, rules: { ...stored.rules } };
  for (const key of COUNCIL_DETAIL_KEYS) {
    const value = managed.council?.[key];
    if (value !== undefined) {
      (council.details as Record<string, unknown>)[key] = value;
      lock(lockPath.council(key));
    }
  }
  for (const [id, override] of Object.entries(managed.rules ?? {})) {
    if (!override) continue;
    council.rules[id as RuleId] = { ...override };
    lock(lockPath.rule(id));
  }
  for (const key of ['localStreets', 'permittedNames', 'sensitiveMatters'] as const) {
    const value = managed[key];
    if (value) {
      council[key] = value;
      lock(key);
    }
  }
  if (managed.pollingDay) {
    council.pollingDay = managed.pollingDay;
    lock('pollingDay');
  }

  // Rule overrides only for rules the pack enables; the rest would do nothing.
  const rules: ExtensionSettings['rules'] = {};
  for (const [id, override] of Object.entries(council.rules)) {
    if (!override || !(id in choice.pack.rules)) continue;
    const clean = { ...(override.enabled === false ? { enabled: false } : {}), ...(override.severity ? { severity: override.severity } : {}) };
    if (Object.keys(clean).length) rules[id] = clean;
  }

  const candidate = {
    version: 1,
    packId,
    role,
    capacity,
    siteCapacity,
    disabledSites: SITES.filter((site) => disabledSites.includes(site)),
    rules,
    council: Object.fromEntries(Object.entries(council.details).filter(([, v]) => v !== undefined)),
    localStreets: council.localStreets,
    permittedNames: council.permittedNames,
    sensitiveMatters: council.sensitiveMatters,
    ...(council.pollingDay ? { pollingDay: council.pollingDay } : {}),
  };
  const parsed = ExtensionSettingsSchema.safeParse(candidate);
  if (!parsed.success) problems.push('The settings could not be put together; the defaults are used.');
  return {
    settings: parsed.success ? parsed.data : DEFAULT_SETTINGS,
    pack: choice.pack,
    packSource: choice.source,
    packs,
    council,
    locks,
    managedBy: locks.size > 0 || managedPack ? (managed.managedBy ?? 'your council') : null,
    problems,
  };
}

/** The custom pack the content scripts need, when the active pack is not built in. */
export function activeCustomPack(effective: Effective): Pack | null {
  return effective.packSource === 'built-in' ? null : effective.pack;
}
