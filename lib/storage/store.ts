// Typed accessors over the database. Every write is validated, then the effective settings are
// mirrored into storage.local, where every open tab's content script picks them up at once.
import { z } from 'zod';
import { BUILTIN_PACKS, isBuiltinPackId } from './builtin-packs.ts';
import type { Pack } from '../engine/pack.ts';
import type { RuleId } from '../engine/rule-ids.ts';
import { ExtensionSettingsSchema, OverrideEntrySchema, SETTINGS_STORAGE_KEY, type ExtensionSettings, type OverrideEntry } from '../settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY, LEGACY_OVERRIDE_LOG_KEY } from './keys.ts';
import type { PpcDatabase } from './db.ts';
import { activeCustomPack, computeEffective, DEFAULT_SETTINGS_RECORD, emptyCouncil, type Effective, type StoredState } from './effective.ts';
import { NO_MANAGED, readManaged, type ParsedManaged } from './managed.ts';
import { checkPackSchema, zodProblems, type PackChecker } from './problems.ts';
import {
  CouncilRecordSchema,
  CustomPackRecordSchema,
  SETTINGS_FILE_FORMAT,
  SETTINGS_FILE_VERSION,
  SettingsFileSchema,
  SettingsRecordSchema,
  StoredOverrideSchema,
  type CouncilRecord,
  type CouncilRecordInput,
  type CustomPackRecord,
  type RuleOverrideRecord,
  type SettingsFile,
  type SettingsRecord,
  type StoredOverride,
} from './records.ts';

/** The parts of the extension API the store uses (the real `browser`, or WXT's fake one in tests). */
export interface StorageApis {
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  };
}

/** A write that did not pass validation: nothing was changed. `problems` are "path: problem" lines. */
export class StoreValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'StoreValidationError';
  }
}

export interface Snapshot {
  state: StoredState;
  managed: ParsedManaged;
  effective: Effective;
  /** Stored records that failed validation when read (the defaults stand in for them). */
  readProblems: string[];
}

export interface OverrideFilter {
  site?: string;
  kind?: string;
  rule?: string;
  pack?: string;
  /** Words to find in the reason. */
  text?: string;
}

/** Oldest entries go first beyond this many. */
export const MAX_OVERRIDES = 10_000;

function validate<T extends z.ZodType>(schema: T, value: unknown, prefix: readonly PropertyKey[] = []): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new StoreValidationError(zodProblems(result.error, prefix));
  return result.data;
}

const now = () => new Date().toISOString();

/** One writer at a time across every extension page and the background (Web Locks), else in this context. */
let localQueue: Promise<unknown> = Promise.resolve();
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('ppc-store', fn) as Promise<T>;
  const run = localQueue.then(fn, fn);
  localQueue = run.catch(() => undefined);
  return run;
}

export class SettingsStore {
  /**
   * `checkPack` checks packs from outside (imports, the managed pack) and stored ones as they are
   * read: pack-safety.ts checkPackData (schema, rule options, safe patterns) in the background and
   * the options page; the schema alone in the popup, which only reads.
   */
  constructor(
    readonly db: PpcDatabase,
    private readonly apis: StorageApis,
    private readonly checkPack: PackChecker = checkPackSchema,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async readState(): Promise<{ state: StoredState; problems: string[] }> {
    const problems: string[] = [];
    const [settingsRow, councilRows, packRows] = await this.db.transaction('r', this.db.settings, this.db.councils, this.db.customPacks, () =>
      Promise.all([this.db.settings.get('main'), this.db.councils.toArray(), this.db.customPacks.toArray()]),
    );
    let settings = DEFAULT_SETTINGS_RECORD;
    if (settingsRow) {
      const parsed = SettingsRecordSchema.safeParse(settingsRow);
      if (parsed.success) settings = parsed.data;
      else problems.push(...zodProblems(parsed.error, ['settings']));
    }
    const councils: Record<string, CouncilRecord> = {};
    for (const row of councilRows) {
      const parsed = CouncilRecordSchema.safeParse(row);
      if (parsed.success) councils[parsed.data.packId] = parsed.data;
      else problems.push(...zodProblems(parsed.error, ['councils', String((row as { packId?: unknown }).packId ?? '?')]));
    }
    const customPacks: Record<string, CustomPackRecord> = {};
    for (const row of packRows) {
      const parsed = CustomPackRecordSchema.safeParse(row);
      const checked = parsed.success ? this.checkPack(parsed.data.pack) : null;
      if (parsed.success && checked?.ok) customPacks[parsed.data.id] = parsed.data;
      else if (!parsed.success) problems.push(...zodProblems(parsed.error, ['customPacks', String((row as { id?: unknown }).id ?? '?')]));
      else if (checked && !checked.ok) problems.push(...checked.problems.map((line) => `customPacks.${parsed.data.id}.pack.${line}`));
    }
    return { state: { settings, councils, customPacks }, problems };
  }

  async readManaged(): Promise<ParsedManaged> {
    return this.apis.storage.managed ? readManaged(this.apis.storage.managed, this.checkPack) : NO_MANAGED;
  }

  async snapshot(): Promise<Snapshot> {
    const [{ state, problems }, managed] = await Promise.all([this.readState(), this.readManaged()]);
    const effective = computeEffective(state, managed.values, managed.pack);
    return { state, managed, effective, readProblems: problems };
  }

  // ---- the mirror ---------------------------------------------------------------------------

  /**
   * Writes the effective settings (and the active pack, when it is not built in) to
   * storage.local for the content scripts. Only what changed is written, so open tabs are not
   * woken for nothing.
   */
  async mirror(snapshot?: Snapshot): Promise<Snapshot> {
    const snap = snapshot ?? (await this.snapshot());
    const local = this.apis.storage.local;
    const current = await local.get([SETTINGS_STORAGE_KEY, ACTIVE_PACK_STORAGE_KEY]);
    const settings: ExtensionSettings = snap.effective.settings;
    const pack = activeCustomPack(snap.effective);
    const items: Record<string, unknown> = {};
    if (JSON.stringify(current[SETTINGS_STORAGE_KEY]) !== JSON.stringify(settings)) items[SETTINGS_STORAGE_KEY] = settings;
    if (pack && JSON.stringify(current[ACTIVE_PACK_STORAGE_KEY]) !== JSON.stringify(pack)) items[ACTIVE_PACK_STORAGE_KEY] = pack;
    // The pack goes first, so a tab that sees the new pack id already has the pack.
    if (items[ACTIVE_PACK_STORAGE_KEY]) await local.set({ [ACTIVE_PACK_STORAGE_KEY]: pack });
    if (items[SETTINGS_STORAGE_KEY]) await local.set({ [SETTINGS_STORAGE_KEY]: settings });
    if (!pack && current[ACTIVE_PACK_STORAGE_KEY] !== undefined) await local.remove(ACTIVE_PACK_STORAGE_KEY);
    return snap;
  }

  /**
   * Mirrors only when there is something to say: stored choices, managed values, or a stale
   * mirror. A fresh install with nothing set writes nothing (the content script's defaults hold).
   */
  async mirrorIfNeeded(): Promise<Snapshot> {
    const snap = await this.snapshot();
    const hasStored = (await this.db.settings.count()) > 0 || (await this.db.councils.count()) > 0;
    const current = await this.apis.storage.local.get(SETTINGS_STORAGE_KEY);
    if (hasStored || snap.effective.locks.size > 0 || snap.managed.pack || current[SETTINGS_STORAGE_KEY] !== undefined) {
      return exclusive(() => this.mirror());
    }
    return snap;
  }

  private async write(change: () => Promise<void>): Promise<Snapshot> {
    return exclusive(async () => {
      await change();
      return this.mirror();
    });
  }

  // ---- settings ------------------------------------------------------------------------------

  async updateSettings(patch: Partial<Omit<SettingsRecord, 'id' | 'updatedAt'>>): Promise<Snapshot> {
    return this.write(async () => {
      await this.db.transaction('rw', this.db.settings, this.db.customPacks, async () => {
        const current = SettingsRecordSchema.safeParse((await this.db.settings.get('main')) ?? {});
        const base = current.success ? current.data : DEFAULT_SETTINGS_RECORD;
        const next = validate(SettingsRecordSchema, { ...base, ...patch, id: 'main', updatedAt: now() }, ['settings']);
        if (patch.packId !== undefined) await this.assertPackAvailable(patch.packId);
        await this.db.settings.put(next);
      });
    });
  }

  private async assertPackAvailable(packId: string): Promise<void> {
    if (isBuiltinPackId(packId)) return;
    if (await this.db.customPacks.get(packId)) return;
    const managed = await this.readManaged();
    if (managed.pack?.id === packId) return;
    throw new StoreValidationError([`packId: there is no pack "${packId}" in this browser`]);
  }

  /** The stored record for one council (pack), or an empty one. */
  async council(packId: string): Promise<CouncilRecord> {
    const parsed = CouncilRecordSchema.safeParse(await this.db.councils.get(packId));
    return parsed.success ? parsed.data : emptyCouncil(packId);
  }

  async updateCouncil(packId: string, patch: Partial<Omit<CouncilRecordInput, 'packId' | 'updatedAt'>>): Promise<Snapshot> {
    return this.write(async () => {
      await this.db.transaction('rw', this.db.councils, async () => {
        const base = await this.council(packId);
        const merged: Record<string, unknown> = { ...base, ...patch, packId, updatedAt: now() };
        // An explicit undefined clears a field (the polling day, a council detail).
        for (const [key, value] of Object.entries(patch)) if (value === undefined) delete merged[key];
        await this.db.councils.put(validate(CouncilRecordSchema, merged));
      });
    });
  }

  /** Sets or clears (null) one rule's override for a pack. An override equal to the default is dropped. */
  async setRuleOverride(packId: string, rule: RuleId, override: RuleOverrideRecord | null): Promise<Snapshot> {
    const base = await this.council(packId);
    const rules = { ...base.rules };
    const clean: RuleOverrideRecord = {};
    if (override?.enabled === false) clean.enabled = false;
    if (override?.severity) clean.severity = override.severity;
    if (Object.keys(clean).length) rules[rule] = clean;
    else delete rules[rule];
    return this.updateCouncil(packId, { rules });
  }

  // ---- custom packs --------------------------------------------------------------------------

  /** Saves an imported pack (checked again here), optionally making it the active one. */
  async saveCustomPack(data: unknown, options: { activate?: boolean } = {}): Promise<Snapshot> {
    const checked = this.checkPack(data);
    if (!checked.ok) throw new StoreValidationError(checked.problems);
    const pack = checked.pack;
    if (isBuiltinPackId(pack.id)) throw new StoreValidationError([`id: "${pack.id}" is a built-in pack; give your pack its own id`]);
    return this.write(async () => {
      await this.db.transaction('rw', this.db.customPacks, this.db.settings, async () => {
        await this.db.customPacks.put(validate(CustomPackRecordSchema, { id: pack.id, pack, importedAt: now() }));
        if (options.activate) {
          const current = SettingsRecordSchema.safeParse((await this.db.settings.get('main')) ?? {});
          const base = current.success ? current.data : DEFAULT_SETTINGS_RECORD;
          await this.db.settings.put({ ...base, packId: pack.id, updatedAt: now() });
        }
      });
    });
  }

  /** Removes an imported pack; when it was the active one, the default pack takes over. */
  async deleteCustomPack(id: string): Promise<Snapshot> {
    return this.write(async () => {
      await this.db.transaction('rw', this.db.customPacks, this.db.settings, async () => {
        await this.db.customPacks.delete(id);
        const row = await this.db.settings.get('main');
        if (row?.packId === id) await this.db.settings.put({ ...row, packId: DEFAULT_SETTINGS_RECORD.packId, updatedAt: now() });
      });
    });
  }

  // ---- the whole settings as a file ----------------------------------------------------------

  async exportSettings(): Promise<SettingsFile> {
    const { state } = await this.readState();
    const { id: _id, updatedAt: _u, ...settings } = state.settings;
    const councils: SettingsFile['councils'] = {};
    for (const [packId, record] of Object.entries(state.councils)) {
      const { packId: _p, updatedAt: _t, ...rest } = record;
      councils[packId] = rest;
    }
    return {
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_FILE_VERSION,
      exportedAt: now(),
      settings,
      councils,
      customPacks: Object.values(state.customPacks).map((r) => r.pack),
    };
  }

  /** Checks a settings file completely before anything is written; returns it parsed. */
  async checkSettingsFile(data: unknown): Promise<SettingsFile> {
    const file = validate(SettingsFileSchema, data);
    const problems: string[] = [];
    file.customPacks.forEach((pack, index) => {
      if (isBuiltinPackId(pack.id)) problems.push(`customPacks.${index}.id: "${pack.id}" is a built-in pack; give your pack its own id`);
      const checked = this.checkPack(pack);
      if (!checked.ok) problems.push(...checked.problems.map((line) => `customPacks.${index}.${line}`));
    });
    const packId = file.settings.packId;
    const known = isBuiltinPackId(packId) || file.customPacks.some((p) => p.id === packId) || (await this.db.customPacks.get(packId)) !== undefined || (await this.readManaged()).pack?.id === packId;
    if (!known) problems.push(`settings.packId: there is no pack "${packId}" in this file or this browser`);
    if (problems.length) throw new StoreValidationError(problems);
    return file;
  }

  /** Replaces the settings, and the councils and packs the file holds, in one transaction. */
  async importSettings(data: unknown): Promise<Snapshot> {
    const file = await this.checkSettingsFile(data);
    return this.write(async () => {
      const at = now();
      await this.db.transaction('rw', this.db.settings, this.db.councils, this.db.customPacks, async () => {
        await this.db.settings.put(validate(SettingsRecordSchema, { ...file.settings, id: 'main', updatedAt: at }));
        for (const [packId, council] of Object.entries(file.councils)) {
          await this.db.councils.put(validate(CouncilRecordSchema, { ...council, packId, updatedAt: at }));
        }
        for (const pack of file.customPacks) await this.db.customPacks.put({ id: pack.id, pack, importedAt: at });
      });
    });
  }

  // ---- the override log ----------------------------------------------------------------------

  /** Appends valid entries (never the draft: the schema has no place for it); returns how many. */
  async appendOverrides(entries: readonly unknown[]): Promise<number> {
    const valid: OverrideEntry[] = [];
    for (const entry of entries) {
      const parsed = OverrideEntrySchema.safeParse(entry);
      if (parsed.success) valid.push(parsed.data);
    }
    if (!valid.length) return 0;
    await this.db.transaction('rw', this.db.overrides, async () => {
      await this.db.overrides.bulkAdd(valid);
      const excess = (await this.db.overrides.count()) - MAX_OVERRIDES;
      if (excess > 0) await this.db.overrides.orderBy('id').limit(excess).delete();
    });
    return valid.length;
  }

  /** Entries, newest first, matching every given filter. */
  async listOverrides(filter: OverrideFilter = {}): Promise<StoredOverride[]> {
    const rows = await this.db.overrides.toArray();
    const words = filter.text?.trim().toLowerCase();
    return rows
      .filter((row) => StoredOverrideSchema.safeParse(row).success)
      .filter(
        (row) =>
          (!filter.site || row.site === filter.site) &&
          (!filter.kind || row.kind === filter.kind) &&
          (!filter.rule || row.rule === filter.rule) &&
          (!filter.pack || row.pack === filter.pack) &&
          (!words || row.reason.toLowerCase().includes(words)),
      )
      .sort((a, b) => b.date.localeCompare(a.date) || (b.id ?? 0) - (a.id ?? 0));
  }

  async clearOverrides(): Promise<void> {
    await this.db.overrides.clear();
  }

  // ---- moving in from storage.local (version 0) ----------------------------------------------

  /**
   * Before this store, the content script kept its settings in storage.local "ppc:settings" and
   * the override log in "ppc:override-log". On install and update: adopt those settings when the
   * database has none yet (once), and move any logged entries in (then remove the old key).
   */
  async migrateFromStorageLocal(): Promise<{ adoptedSettings: boolean; movedOverrides: number }> {
    return exclusive(async () => {
      const local = this.apis.storage.local;
      const stored = await local.get([SETTINGS_STORAGE_KEY, LEGACY_OVERRIDE_LOG_KEY]);
      let adoptedSettings = false;
      const adopted = await this.db.meta.get('adoptedLocalSettings');
      if (!adopted) {
        const legacy = ExtensionSettingsSchema.safeParse(stored[SETTINGS_STORAGE_KEY]);
        const hasRow = (await this.db.settings.count()) > 0;
        if (legacy.success && !hasRow && stored[SETTINGS_STORAGE_KEY] !== undefined) {
          await this.adoptLegacySettings(legacy.data);
          adoptedSettings = true;
        }
        await this.db.meta.put({ key: 'adoptedLocalSettings', value: now() });
      }

      let movedOverrides = 0;
      const log = stored[LEGACY_OVERRIDE_LOG_KEY];
      if (Array.isArray(log) && log.length) {
        const existing = new Set((await this.db.overrides.toArray()).map(overrideKey));
        const fresh = log.filter((entry) => {
          const parsed = OverrideEntrySchema.safeParse(entry);
          return parsed.success && !existing.has(overrideKey(parsed.data));
        });
        movedOverrides = await this.appendOverrides(fresh);
      }
      if (stored[LEGACY_OVERRIDE_LOG_KEY] !== undefined) await local.remove(LEGACY_OVERRIDE_LOG_KEY);
      return { adoptedSettings, movedOverrides };
    });
  }

  private async adoptLegacySettings(legacy: ExtensionSettings): Promise<void> {
    const packId = isBuiltinPackId(legacy.packId) ? legacy.packId : DEFAULT_SETTINGS_RECORD.packId;
    const at = now();
    const rules: Record<string, RuleOverrideRecord> = {};
    const pack: Pack = BUILTIN_PACKS[packId as keyof typeof BUILTIN_PACKS];
    for (const [id, override] of Object.entries(legacy.rules)) if (id in pack.rules) rules[id] = override;
    const { role, capacity, siteCapacity, disabledSites } = legacy;
    const settings = SettingsRecordSchema.safeParse({ id: 'main', packId, role, capacity, siteCapacity, disabledSites, updatedAt: at });
    const council = CouncilRecordSchema.safeParse({
      packId,
      details: legacy.council,
      rules,
      localStreets: legacy.localStreets,
      permittedNames: legacy.permittedNames,
      sensitiveMatters: legacy.sensitiveMatters,
      pollingDay: legacy.pollingDay,
      updatedAt: at,
    });
    await this.db.transaction('rw', this.db.settings, this.db.councils, async () => {
      if (settings.success) await this.db.settings.put(settings.data);
      if (council.success) await this.db.councils.put(council.data);
    });
  }
}

function overrideKey(entry: OverrideEntry): string {
  return JSON.stringify([entry.date, entry.site, entry.rule, entry.pack, entry.kind, entry.reason]);
}
