// fake-indexeddb before anything loads Dexie: Dexie reads the IndexedDB globals when it loads.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, test } from 'vitest';
import { ExtensionSettingsSchema, SETTINGS_STORAGE_KEY } from '../../lib/settings/schema.ts';
import { CURRENT_SCHEMA_VERSION, PpcDatabase, SCHEMA_VERSIONS } from '../../lib/storage/db.ts';
import { LEGACY_OVERRIDE_LOG_KEY } from '../../lib/storage/keys.ts';
import { SettingsStore, type StorageApis } from '../../lib/storage/store.ts';
import { fakeBrowser, freshStore, localItems } from './helpers.ts';

beforeEach(() => fakeBrowser.reset());

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

/** Writes a fixture's rows into a database laid out as at `version` (only the versions up to it declared). */
async function storedAt(version: number, tables: Record<string, unknown[]>): Promise<string> {
  const name = `ppc-fixture-v${version}-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  for (const spec of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(spec.version).stores(spec.stores);
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  old.close();
  return name;
}

describe('one fixture per schema version', () => {
  test('every version of the database has a fixture (add one with each new version)', () => {
    const files = readdirSync(FIXTURES);
    expect(files).toContain('v0-storage-local.json');
    for (const spec of SCHEMA_VERSIONS) expect(files, `fixture for version ${spec.version}`).toContain(`db-v${spec.version}.json`);
  });

  for (const spec of SCHEMA_VERSIONS) {
    test(`a database stored at version ${spec.version} opens at version ${CURRENT_SCHEMA_VERSION} and reads back valid`, async () => {
      const data = fixture(`db-v${spec.version}.json`);
      const name = await storedAt(spec.version, data.tables);
      const db = new PpcDatabase(name);
      const store = new SettingsStore(db, fakeBrowser as unknown as StorageApis);
      const snap = await store.mirror();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(snap.readProblems).toEqual([]);
      expect(snap.effective.problems).toEqual([]);
      expect(snap.effective.settings).toMatchObject(data.expected.effective);
      expect(ExtensionSettingsSchema.parse((await localItems())[SETTINGS_STORAGE_KEY])).toMatchObject(data.expected.effective);
      expect(await store.listOverrides()).toHaveLength(data.expected.overrides);
      db.close();
    });
  }
});

describe('version 0 (storage.local) to the database', () => {
  test('settings and the override log move in once; invalid entries are left out; the old log key goes', async () => {
    const data = fixture('v0-storage-local.json');
    await fakeBrowser.storage.local.set(data.storageLocal);
    const { store } = freshStore();
    expect(await store.migrateFromStorageLocal()).toEqual({ adoptedSettings: true, movedOverrides: data.expected.overrides });
    const snap = await store.snapshot();
    expect(snap.state.settings).toMatchObject(data.expected.settings);
    expect(snap.state.councils[data.expected.settings.packId]).toMatchObject(data.expected.council);
    expect(await store.listOverrides()).toHaveLength(data.expected.overrides);
    expect(await localItems()).not.toHaveProperty(LEGACY_OVERRIDE_LOG_KEY);
    // The mirror the content script reads says the same as before the move.
    expect((await store.mirror()).effective.settings).toEqual(ExtensionSettingsSchema.parse(data.storageLocal[SETTINGS_STORAGE_KEY]));
  });

  test('running it again changes nothing; later settings in storage.local are not adopted over the database', async () => {
    const data = fixture('v0-storage-local.json');
    await fakeBrowser.storage.local.set(data.storageLocal);
    const { store } = freshStore();
    await store.migrateFromStorageLocal();
    await store.updateSettings({ capacity: 'personal' });
    await fakeBrowser.storage.local.set({ [LEGACY_OVERRIDE_LOG_KEY]: data.storageLocal[LEGACY_OVERRIDE_LOG_KEY] });
    expect(await store.migrateFromStorageLocal()).toEqual({ adoptedSettings: false, movedOverrides: 0 });
    expect(await store.listOverrides()).toHaveLength(data.expected.overrides);
    expect((await store.snapshot()).state.settings.capacity).toBe('personal');
  });

  test('a fresh install has nothing to move and writes nothing to storage.local', async () => {
    const { store } = freshStore();
    expect(await store.migrateFromStorageLocal()).toEqual({ adoptedSettings: false, movedOverrides: 0 });
    await store.mirrorIfNeeded();
    expect(await localItems()).toEqual({});
  });
});
