// Importing files in the options page: a bad pack is refused with the path and problem of each
// fault and nothing changes (IndexedDB and the mirror the content scripts read); a good pack is
// previewed before anything is applied; a bad settings file is refused the same way.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN_PACKS } from '../../lib/engine/index.ts';
import { ACTIVE_PACK_STORAGE_KEY } from '../../lib/storage/keys.ts';
import { EDITOR_SELECTORS, underlinedTexts, waitForUnderlines, type Harness } from './harness.ts';
import { launchForOptions, openOptions, readTable, waitForSaved } from './options-helpers.ts';

const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));
/** Croft's pack under another council's name, which also forbids committing the council (Croft's does not). */
const ownPack = () => {
  const pack = { ...structuredClone(BUILTIN_PACKS.croft), id: 'little-hadham', council: 'Little Hadham Parish Council', shortName: 'Little Hadham', policy: { title: 'Social Media Policy', date: 'adopted 12 March 2026' } };
  pack.rules['committing-council'] = { severity: 'error', clause: { ref: '§7', summary: 'Councillors cannot commit the council to anything; only the council can decide.' } };
  return pack;
};
const DRAFT = 'The council will fund the new bench next month.';

describe('importing a pack or settings', () => {
  let h: Harness;
  let page: Page;
  let composer: Page;

  /** Everything an import could touch: the database tables and storage.local. */
  const everything = async () => ({
    settings: await readTable(page, 'settings'),
    councils: await readTable(page, 'councils'),
    customPacks: await readTable(page, 'customPacks'),
    local: await h.getExtensionStorage(null),
  });

  beforeAll(async () => {
    h = await launchForOptions();
    // An open composer: with the default pack, committing the council is not flagged.
    composer = await h.openFixture('facebook', { waitForContentScript: true });
    await composer.locator(EDITOR_SELECTORS.facebook).click();
    await composer.keyboard.type(DRAFT);
    page = await openOptions(h);
    // Something stored first, so "unchanged" means something.
    await page.getByLabel('Check on X (Twitter)').uncheck();
    await waitForSaved(page, 'X (Twitter)');
  });

  afterAll(async () => {
    await h?.close();
  });

  test('a bad pack file is rejected naming the path and the problem, and nothing changes', async () => {
    const before = await everything();
    const bad = ownPack() as { rules: Record<string, { severity: string }> };
    bad.rules['named-person']!.severity = 'critical';
    await page.getByTestId('import-pack').setInputFiles({ name: 'little-hadham.json', mimeType: 'application/json', buffer: json(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect.poll(() => alert.innerText()).toContain('little-hadham.json was not imported. Nothing has changed.');
    expect(await alert.innerText()).toContain('rules.named-person.severity: expected one of error, warning, info');
    await expect.poll(() => page.getByTestId('import-preview').count()).toBe(0);
    expect(await everything()).toEqual(before);
    expect(await page.getByLabel('Policy pack').inputValue()).toBe('bottisham');
  });

  test('JSON that does not parse, and a pack taking a built-in id, are refused too', async () => {
    const before = await everything();
    await page.getByTestId('import-pack').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "x", ') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'broken.json was not imported' }).innerText()).toContain('not valid JSON');
    await page.getByTestId('import-pack').setInputFiles({ name: 'croft.json', mimeType: 'application/json', buffer: json(BUILTIN_PACKS.croft) });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'croft.json was not imported' }).innerText()).toContain('id: "croft" is a built-in pack; give your pack its own id');
    expect(await everything()).toEqual(before);
  });

  test('a good pack is previewed first: what it changes; Cancel leaves everything as it was', async () => {
    const before = await everything();
    const pack = ownPack();
    pack.rules['named-person'] = { ...pack.rules['named-person']!, severity: 'error' };
    await page.getByTestId('import-pack').setInputFiles({ name: 'little-hadham.json', mimeType: 'application/json', buffer: json(pack) });
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('Import “Little Hadham Parish Council”?');
    const text = await preview.innerText();
    expect(text).toContain('Compared with the pack you use now (Bottisham Parish Council)');
    expect(text).toContain('Policy: Social Media & Electronic Communication Policy (undated (current policy)) → Social Media Policy (adopted 12 March 2026)');
    expect(text).toMatch(/Rule “A private person named”: warning → error/);
    expect(await everything()).toEqual(before);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(await everything()).toEqual(before);
  });

  test('applying it stores the pack, makes it active, and mirrors it for the content scripts', async () => {
    await page.getByTestId('import-pack').setInputFiles({ name: 'little-hadham.json', mimeType: 'application/json', buffer: json(ownPack()) });
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import the pack' }).click();
    await waitForSaved(page, 'Little Hadham');
    await expect.poll(() => page.getByLabel('Policy pack').inputValue()).toBe('little-hadham');
    expect(await page.getByTestId('policy-title').innerText()).toBe('Social Media Policy');
    const local = await h.getExtensionStorage(null);
    expect(local['ppc:settings']).toMatchObject({ packId: 'little-hadham', disabledSites: ['x'] });
    expect((local[ACTIVE_PACK_STORAGE_KEY] as { council: string }).council).toBe('Little Hadham Parish Council');
    expect((await readTable(page, 'customPacks')).length).toBe(1);
  });

  test('the open composer now checks with the imported pack, without a reload', async () => {
    await waitForUnderlines(composer, (t) => t.includes('The council will fund'), 10_000);
    await composer.locator(EDITOR_SELECTORS.facebook).click();
    expect(await underlinedTexts(composer)).toEqual(['The council will fund']);
  });

  test('a bad settings file is rejected with every path and problem, and nothing changes', async () => {
    const before = await everything();
    const file = { format: 'parish-post-check-settings', version: 1, settings: { packId: 'bottisham', role: 'mayor', capacity: 'personal', siteCapacity: {}, disabledSites: ['myspace'] }, councils: {}, customPacks: [] };
    await page.getByTestId('import-settings').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: json(file) });
    const alert = page.getByRole('alert').filter({ hasText: 'settings.json was not imported' });
    await expect.poll(() => alert.innerText()).toContain('settings.role: expected one of councillor, clerk, chair, staff');
    expect(await alert.innerText()).toContain('settings.disabledSites.0: expected one of facebook, x, gmail, outlook');
    expect(await everything()).toEqual(before);
  });

  test('nothing left the browser', () => {
    expect(h.networkViolations()).toEqual([]);
  });
});
