// fake-indexeddb before anything loads Dexie: Dexie reads the IndexedDB globals when it loads.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/engine/index.ts';
import { ExtensionSettingsSchema, SETTINGS_STORAGE_KEY } from '../../lib/settings/schema.ts';
import { computeEffective, EMPTY_STATE } from '../../lib/storage/effective.ts';
import { ACTIVE_PACK_STORAGE_KEY } from '../../lib/storage/keys.ts';
import { parseManaged } from '../../lib/storage/managed.ts';
import { checkPackData } from '../../lib/storage/pack-safety.ts';
import { fakeBrowser, freshStore, localItems } from './helpers.ts';
import schemaJson from '../../public/managed_schema.json';
import { MANAGED_FIELDS } from '../../lib/storage/records.ts';

beforeEach(() => fakeBrowser.reset());

const councilPack = () => ({ ...structuredClone(BUILTIN_PACKS.withyham), id: 'withyham-2027', policy: { title: 'Communications Policy', date: 'adopted January 2027' } });

describe('managed values win over local ones', () => {
  test('each managed value replaces the person\'s own and is locked; the rest stay theirs', () => {
    const state = {
      ...EMPTY_STATE,
      settings: { ...EMPTY_STATE.settings, packId: 'croft', capacity: 'personal' as const, role: 'clerk' as const, siteCapacity: { gmail: 'personal' as const } },
      councils: { withyham: { packId: 'withyham', details: { clerkEmail: 'me@example.org', signature: 'Mine' }, rules: { 'named-person': { severity: 'info' as const } }, localStreets: ['Mine Street'], permittedNames: [], sensitiveMatters: [], updatedAt: '' } },
    };
    const managed = parseManaged({
      managedBy: 'Withyham Parish Council (the Clerk)',
      packId: 'withyham',
      capacity: 'council',
      siteCapacity: { gmail: 'council' },
      rules: { 'party-political': { enabled: false } },
      council: { clerkEmail: 'clerk@withyham.example.gov.uk' },
      pollingDay: '2027-05-06',
    }, checkPackData);
    expect(managed.problems).toEqual([]);
    const effective = computeEffective(state, managed.values, managed.pack);
    expect(effective.settings).toMatchObject({
      packId: 'withyham',
      capacity: 'council',
      role: 'clerk', // not managed: the person's
      siteCapacity: { gmail: 'council' },
      rules: { 'named-person': { severity: 'info' }, 'party-political': { enabled: false } },
      council: { clerkEmail: 'clerk@withyham.example.gov.uk', signature: 'Mine' },
      localStreets: ['Mine Street'],
      pollingDay: '2027-05-06',
    });
    expect([...effective.locks].sort()).toEqual(['capacity', 'council.clerkEmail', 'packId', 'pollingDay', 'rules.party-political', 'siteCapacity.gmail']);
    expect(effective.managedBy).toBe('Withyham Parish Council (the Clerk)');
  });

  test('without managed values nothing is locked and no one is named', () => {
    const effective = computeEffective(EMPTY_STATE, {});
    expect(effective.locks.size).toBe(0);
    expect(effective.managedBy).toBeNull();
  });

  test('a bad managed value is dropped with a message; the good ones still apply', () => {
    const managed = parseManaged({ capacity: 'boss', role: 'chair', disabledSites: ['myspace'], surprise: 1, customPack: '{"id": "x"' }, checkPackData);
    expect(managed.values).toEqual({ role: 'chair' });
    expect(managed.problems[0]).toBe('capacity: expected one of council, personal');
    expect(managed.problems[1]).toBe('disabledSites.0: expected one of facebook, x, gmail, outlook');
    expect(managed.problems[2]).toBe('surprise: not a setting this version understands, so it is ignored');
    expect(managed.problems[3]).toMatch(/^customPack: not valid JSON/);
  });

  test('the council\'s own pack arrives as JSON text, is checked like an import, and can be the locked active pack', () => {
    const bad = parseManaged({ customPack: JSON.stringify({ ...councilPack(), rules: { 'named-person': { severity: 'high' } } }) }, checkPackData);
    expect(bad.pack).toBeNull();
    expect(bad.problems[0]).toMatch(/^customPack\.rules\.named-person\./);
    const good = parseManaged({ customPack: JSON.stringify(councilPack()), packId: 'withyham-2027' }, checkPackData);
    const effective = computeEffective(EMPTY_STATE, good.values, good.pack);
    expect(effective.settings.packId).toBe('withyham-2027');
    expect(effective.packSource).toBe('managed');
    expect(effective.pack.policy.title).toBe('Communications Policy');
    expect(effective.managedBy).toBe('your council');
  });

  test('through the store: managed storage wins in the mirror, and a local change to a managed value does not show through', async () => {
    await fakeBrowser.storage.managed.set({ capacity: 'council', disabledSites: ['x'], customPack: JSON.stringify(councilPack()), packId: 'withyham-2027', managedBy: 'Withyham PC' });
    const { store } = freshStore();
    await store.mirrorIfNeeded();
    let local = await localItems();
    expect(ExtensionSettingsSchema.parse(local[SETTINGS_STORAGE_KEY])).toMatchObject({ capacity: 'council', disabledSites: ['x'], packId: 'withyham-2027' });
    expect((local[ACTIVE_PACK_STORAGE_KEY] as { id: string }).id).toBe('withyham-2027');

    await store.updateSettings({ capacity: 'personal', role: 'chair' });
    local = await localItems();
    expect(ExtensionSettingsSchema.parse(local[SETTINGS_STORAGE_KEY])).toMatchObject({ capacity: 'council', role: 'chair' });
    const snap = await store.snapshot();
    expect(snap.state.settings.capacity).toBe('personal'); // kept, for if the policy is lifted
    expect(snap.effective.locks.has('capacity')).toBe(true);

    await fakeBrowser.storage.managed.clear();
    await store.mirror();
    local = await localItems();
    expect(ExtensionSettingsSchema.parse(local[SETTINGS_STORAGE_KEY])).toMatchObject({ capacity: 'personal', packId: 'bottisham' });
    expect(local).not.toHaveProperty(ACTIVE_PACK_STORAGE_KEY);
  });
});

describe('public/managed_schema.json', () => {
  test('declares exactly the keys the extension reads, in the form Chrome requires', () => {
    expect(schemaJson.type).toBe('object');
    expect(schemaJson).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schemaJson.properties).sort()).toEqual(Object.keys(MANAGED_FIELDS).sort());
    const visit = (schema: Record<string, unknown>, path: string) => {
      // Chrome: every schema has exactly one of type or $ref.
      expect(typeof schema.type === 'string', `${path} has a type`).toBe(true);
      for (const [key, sub] of Object.entries((schema.properties as Record<string, Record<string, unknown>>) ?? {})) visit(sub, `${path}.${key}`);
      if (schema.items) visit(schema.items as Record<string, unknown>, `${path}[]`);
      if (schema.additionalProperties) visit(schema.additionalProperties as Record<string, unknown>, `${path}.*`);
    };
    visit(schemaJson as Record<string, unknown>, 'schema');
  });

  test('the README\'s worked example passes both the schema\'s keys and the extension\'s checks', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = JSON.parse(await readFile(new URL('./fixtures/managed-example.json', import.meta.url), 'utf8'));
    const parsed = parseManaged(example, checkPackData);
    expect(parsed.problems).toEqual([]);
    for (const key of Object.keys(example)) expect(Object.keys(schemaJson.properties)).toContain(key);
  });
});
