// fake-indexeddb before anything loads Dexie: Dexie reads the IndexedDB globals when it loads.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/engine/index.ts';
import { checkPackFile, fileKind, packChanges, parseJsonText } from '../../lib/storage/import-file.ts';
import { patternProblems } from '../../lib/storage/pack-safety.ts';
import { StoreValidationError } from '../../lib/storage/store.ts';
import { RULE_TITLES } from '../../components/rule-titles.ts';
import { dump, fakeBrowser, freshStore, localItems } from './helpers.ts';

beforeEach(() => fakeBrowser.reset());

const good = () => ({ ...structuredClone(BUILTIN_PACKS.croft), id: 'little-hadham', council: 'Little Hadham Parish Council' });

describe('pack files', () => {
  test('a bad severity is rejected naming the exact path and problem', () => {
    const pack = good() as Record<string, unknown> & { rules: Record<string, { severity: string }> };
    pack.rules['named-person']!.severity = 'critical';
    expect(checkPackFile(JSON.stringify(pack))).toEqual({ ok: false, problems: ['rules.named-person.severity: expected one of error, warning, info'] });
  });

  test('unknown keys, unknown rules, bad JSON and built-in ids are each named', () => {
    expect(checkPackFile(JSON.stringify({ ...good(), colour: 'red' }))).toEqual({ ok: false, problems: ['unknown key "colour"'] });
    const withUnknownRule = good() as { rules: Record<string, unknown> };
    withUnknownRule.rules['no-such-rule'] = { severity: 'error', clause: { ref: '§1', summary: 'x' } };
    const unknownRule = checkPackFile(JSON.stringify(withUnknownRule));
    expect(unknownRule.ok).toBe(false);
    expect(!unknownRule.ok && unknownRule.problems[0]).toMatch(/^rules(\.no-such-rule)?: /);
    const badJson = checkPackFile('{ "id": "x", }');
    expect(!badJson.ok && badJson.problems[0]).toMatch(/^not valid JSON: /);
    expect(checkPackFile(JSON.stringify(BUILTIN_PACKS.croft))).toEqual({ ok: false, problems: ['id: "croft" is a built-in pack; give your pack its own id'] });
  });

  test('rule options are checked by the rule\'s own schema, as for the built-in packs', () => {
    const pack = structuredClone(BUILTIN_PACKS.withyham) as unknown as { id: string; rules: Record<string, { options?: unknown }> };
    pack.id = 'withyham-copy';
    pack.rules['unofficial-address']!.options = { scope: 'everything' };
    pack.rules['named-person']!.options = { strict: true };
    expect(checkPackFile(JSON.stringify(pack))).toEqual({
      ok: false,
      problems: ['rules.named-person.options: this rule takes no options', 'rules.unofficial-address.options.scope: expected one of official-business, all-council-business'],
    });
  });

  test('a pack whose compiled phrases the ReDoS analysis flags is rejected with the phrases\' path', () => {
    const pack = structuredClone(BUILTIN_PACKS.bottisham);
    expect(patternProblems(pack)).toEqual([]);
    // The pack format only has literal phrases, which compile to linear patterns; an analyser that
    // reports a risk shows the rejection path the same as a real finding would.
    expect(patternProblems(pack, (source) => (source.includes('privacy') ? 'exponential backtracking when "a" is repeated' : undefined))).toEqual([
      'signature.statements.1.phrases: the pattern built from these phrases is unsafe (exponential backtracking when "a" is repeated)',
    ]);
    const long = structuredClone(pack);
    long.signature!.statements[0]!.phrases = Array.from({ length: 101 }, (_, i) => `phrase ${i}`);
    expect(patternProblems(long)).toEqual(['signature.statements.0.phrases: more than 100 phrases']);
  });

  test('the preview names what changes: policy, official details, rules on, off and re-graded', () => {
    const before = BUILTIN_PACKS.croft;
    const after = structuredClone(before);
    after.policy = { title: 'Social Media Policy', date: '2027' };
    after.official.domains = ['croft.example.gov.uk'];
    after.rules['named-person'] = { ...after.rules['named-person']!, severity: 'error' };
    delete after.rules['heated-tone'];
    after.rules['pre-election-period'] ??= { severity: 'warning', clause: { ref: '§9', summary: 'Purdah.' } };
    const changes = packChanges(before, after, RULE_TITLES);
    const texts = changes.map((c) => `${c.kind}: ${c.text}`);
    expect(texts).toContain(`changed: Policy: ${before.policy.title} (${before.policy.date}) → Social Media Policy (2027)`);
    expect(texts).toContain(`changed: Official domains: ${before.official.domains.join(', ') || 'none'} → croft.example.gov.uk`);
    expect(texts).toContain(`changed: Rule “${RULE_TITLES['named-person']}”: ${before.rules['named-person']!.severity} → error`);
    expect(texts).toContain(`removed: Rule “${RULE_TITLES['heated-tone']}” is switched off`);
    expect(packChanges(before, before)).toEqual([]);
  });

  test('file kinds and oversize files', () => {
    expect(fileKind({ format: 'parish-post-check-settings' })).toBe('settings');
    expect(fileKind(good())).toBe('pack');
    expect(parseJsonText('x'.repeat(1_000_001))).toEqual({ ok: false, problems: ['the file is larger than 1 MB'] });
  });
});

describe('settings files', () => {
  test('export then import round-trips the settings, councils and custom packs', async () => {
    const a = freshStore();
    await a.store.saveCustomPack(good(), { activate: true });
    await a.store.updateSettings({ capacity: 'council', role: 'clerk', disabledSites: ['facebook'] });
    await a.store.updateCouncil('little-hadham', { localStreets: ['Ford Hill'], rules: { 'named-person': { severity: 'info' } } });
    const file = JSON.parse(JSON.stringify(await a.store.exportSettings()));

    fakeBrowser.reset();
    const b = freshStore();
    await b.store.importSettings(file);
    const snap = await b.store.snapshot();
    expect(snap.effective.settings).toMatchObject({ packId: 'little-hadham', capacity: 'council', role: 'clerk', disabledSites: ['facebook'], localStreets: ['Ford Hill'], rules: { 'named-person': { severity: 'info' } } });
    expect(snap.effective.pack.council).toBe('Little Hadham Parish Council');
  });

  test('a bad settings file is rejected with every path and problem, and nothing changes', async () => {
    const { store, db } = freshStore();
    await store.updateSettings({ capacity: 'council' });
    await store.updateCouncil('bottisham', { localStreets: ['Mill Lane'] });
    const before = [await dump(db), await localItems()];
    const file = JSON.parse(JSON.stringify(await store.exportSettings()));
    file.settings.capacity = 'mayor';
    file.councils.bottisham.pollingDay = '6 May';
    const badPack = { ...good(), rules: { 'named-person': { severity: 'critical', clause: { ref: '§4', summary: 'x' } } } };
    file.customPacks = [badPack];
    const error = await store.importSettings(file).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as StoreValidationError).problems).toEqual([
      'settings.capacity: expected one of council, personal',
      'councils.bottisham.pollingDay: expected a date such as 2027-05-06',
      'customPacks.0.rules.named-person.severity: expected one of error, warning, info',
    ]);
    expect([await dump(db), await localItems()]).toEqual(before);
  });

  test('a settings file naming a pack it does not carry is rejected, nothing changed', async () => {
    const { store, db } = freshStore();
    const file = JSON.parse(JSON.stringify(await store.exportSettings()));
    file.settings.packId = 'little-hadham';
    const before = await dump(db);
    const error = await store.importSettings(file).then(() => null, (e: unknown) => e);
    expect((error as StoreValidationError).problems).toEqual(['settings.packId: there is no pack "little-hadham" in this file or this browser']);
    expect(await dump(db)).toEqual(before);
  });
});
