// fake-indexeddb before anything loads Dexie: Dexie reads the IndexedDB globals when it loads.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { ExtensionSettingsSchema, SETTINGS_STORAGE_KEY } from '../../lib/settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY } from '../../lib/storage/keys.ts';
import { packForSettings, parseActivePack } from '../../lib/storage/active-pack.ts';
import { StoreValidationError } from '../../lib/storage/store.ts';
import { BUILTIN_PACKS } from '../../lib/engine/index.ts';
import { dump, fakeBrowser, freshStore, localItems } from './helpers.ts';

beforeEach(() => fakeBrowser.reset());

const customPack = (id = 'little-hadham') => ({ ...structuredClone(BUILTIN_PACKS.pitstone), id, council: 'Little Hadham Parish Council', shortName: 'Little Hadham' });

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreValidationError);
  return (error as StoreValidationError).problems;
}

describe('settings', () => {
  test('an empty database gives the defaults, and nothing is mirrored until something is set', async () => {
    const { store } = freshStore();
    const snap = await store.mirrorIfNeeded();
    expect(snap.effective.settings).toEqual(ExtensionSettingsSchema.parse({}));
    expect(await localItems()).toEqual({});
  });

  test('a write is stored, and the effective settings are mirrored into storage.local for the content scripts', async () => {
    const { store } = freshStore();
    await store.updateSettings({ packId: 'withyham', capacity: 'council', role: 'clerk', siteCapacity: { gmail: 'council' }, disabledSites: ['x'] });
    const mirrored = (await localItems())[SETTINGS_STORAGE_KEY];
    expect(ExtensionSettingsSchema.parse(mirrored)).toMatchObject({ packId: 'withyham', capacity: 'council', role: 'clerk', siteCapacity: { gmail: 'council' }, disabledSites: ['x'] });
    expect((await store.snapshot()).state.settings).toMatchObject({ packId: 'withyham', capacity: 'council' });
  });

  test('each write reaches storage.onChanged, which is how open tabs update without a reload', async () => {
    const { store } = freshStore();
    const seen: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && SETTINGS_STORAGE_KEY in changes) seen.push((changes[SETTINGS_STORAGE_KEY]!.newValue as { capacity: string }).capacity);
    });
    await store.updateSettings({ capacity: 'council' });
    await store.updateSettings({ capacity: 'personal' });
    await store.updateSettings({ capacity: 'personal' }); // no change: no wake-up
    expect(seen).toEqual(['council', 'personal']);
  });

  test('an invalid write is refused with the path and problem, and nothing changes', async () => {
    const { store, db } = freshStore();
    await store.updateSettings({ capacity: 'council' });
    const before = [await dump(db), await localItems()];
    const problems = await problemsOf(store.updateSettings({ capacity: 'boss' as never }));
    expect(problems).toEqual(['settings.capacity: expected one of council, personal']);
    expect([await dump(db), await localItems()]).toEqual(before);
  });

  test('choosing a pack that is not in this browser is refused', async () => {
    const { store } = freshStore();
    expect(await problemsOf(store.updateSettings({ packId: 'nowhere' }))).toEqual(['packId: there is no pack "nowhere" in this browser']);
  });

  test('records are validated when read: a damaged row is reported and the defaults stand in', async () => {
    const { store, db } = freshStore();
    await db.settings.put({ id: 'main', packId: 'croft', role: 'mayor', capacity: 'council', siteCapacity: {}, disabledSites: [], updatedAt: '' } as never);
    const snap = await store.snapshot();
    expect(snap.readProblems).toEqual(['settings.role: expected one of councillor, clerk, chair, staff']);
    expect(snap.effective.settings.packId).toBe('bottisham');
  });
});

describe('council details, lists and rules (per pack)', () => {
  test('details, lists and polling day are kept per council and follow the active pack', async () => {
    const { store } = freshStore();
    await store.updateCouncil('croft', { details: { clerkEmail: 'clerk@croft.example.gov.uk', officialDomains: ['Croft.Example.gov.uk'] }, localStreets: ['Mill Lane', 'mill  lane', 'Church Street'], pollingDay: '2027-05-06' });
    await store.updateSettings({ packId: 'croft' });
    let settings = ExtensionSettingsSchema.parse((await localItems())[SETTINGS_STORAGE_KEY]);
    expect(settings.council).toEqual({ clerkEmail: 'clerk@croft.example.gov.uk', officialDomains: ['croft.example.gov.uk'] });
    expect(settings.localStreets).toEqual(['Mill Lane', 'Church Street']); // duplicates dropped
    expect(settings.pollingDay).toBe('2027-05-06');
    await store.updateSettings({ packId: 'bottisham' });
    settings = ExtensionSettingsSchema.parse((await localItems())[SETTINGS_STORAGE_KEY]);
    expect(settings.council).toEqual({});
    expect(settings.localStreets).toEqual([]);
  });

  test('bad details are refused with their path', async () => {
    const { store } = freshStore();
    const problems = await problemsOf(store.updateCouncil('croft', { details: { clerkEmail: 'clerk at croft', handles: ['croft_pc'] }, pollingDay: '2027-02-30' }));
    expect(problems).toEqual([
      'details.clerkEmail: expected an email address such as clerk@example-pc.gov.uk',
      'details.handles.0: expected a handle such as @pitstone_pc',
      'pollingDay: not a real calendar date',
    ]);
  });

  test('an explicit undefined clears a field', async () => {
    const { store } = freshStore();
    await store.updateCouncil('bottisham', { pollingDay: '2027-05-06' });
    await store.updateCouncil('bottisham', { pollingDay: undefined });
    expect((await store.council('bottisham')).pollingDay).toBeUndefined();
  });

  test('rules are switched off and re-graded per pack; clearing returns to the pack default', async () => {
    const { store } = freshStore();
    await store.setRuleOverride('bottisham', 'named-person', { severity: 'info' });
    await store.setRuleOverride('bottisham', 'heated-tone', { enabled: false });
    await store.setRuleOverride('croft', 'phone-number', { enabled: false });
    let settings = ExtensionSettingsSchema.parse((await localItems())[SETTINGS_STORAGE_KEY]);
    expect(settings.rules).toEqual({ 'named-person': { severity: 'info' }, 'heated-tone': { enabled: false } });
    await store.setRuleOverride('bottisham', 'named-person', null);
    settings = ExtensionSettingsSchema.parse((await localItems())[SETTINGS_STORAGE_KEY]);
    expect(settings.rules).toEqual({ 'heated-tone': { enabled: false } });
  });
});

describe('custom packs', () => {
  test('an imported pack can be made active; its pack is mirrored for the content scripts', async () => {
    const { store } = freshStore();
    await store.saveCustomPack(customPack(), { activate: true });
    const local = await localItems();
    const settings = ExtensionSettingsSchema.parse(local[SETTINGS_STORAGE_KEY]);
    expect(settings.packId).toBe('little-hadham');
    const pack = parseActivePack(local[ACTIVE_PACK_STORAGE_KEY]);
    expect(pack?.council).toBe('Little Hadham Parish Council');
    expect(packForSettings(settings, pack)).toBe(pack);
  });

  test('switching back to a built-in pack removes the mirrored pack; deleting the active pack falls back to the default', async () => {
    const { store } = freshStore();
    await store.saveCustomPack(customPack(), { activate: true });
    await store.updateSettings({ packId: 'croft' });
    expect(await localItems()).not.toHaveProperty(ACTIVE_PACK_STORAGE_KEY);
    await store.updateSettings({ packId: 'little-hadham' });
    await store.deleteCustomPack('little-hadham');
    const local = await localItems();
    expect(ExtensionSettingsSchema.parse(local[SETTINGS_STORAGE_KEY]).packId).toBe('bottisham');
    expect(local).not.toHaveProperty(ACTIVE_PACK_STORAGE_KEY);
  });

  test('a pack may not take a built-in pack\'s id', async () => {
    const { store } = freshStore();
    expect(await problemsOf(store.saveCustomPack(structuredClone(BUILTIN_PACKS.croft)))).toEqual(['id: "croft" is a built-in pack; give your pack its own id']);
  });

  test('the content script ignores a mirrored pack that is not valid', () => {
    expect(parseActivePack({ ...customPack(), rules: { 'named-person': { severity: 'fatal' } } })).toBeNull();
    expect(parseActivePack(undefined)).toBeNull();
  });
});
