// The options page drives open tabs: changing the pack, the capacity or a rule in the options page
// changes a fixture composer's underlines at once, with no reload, and the choice is stored in the
// extension's IndexedDB and mirrored to storage.local for the content scripts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR_SELECTORS, waitForUnderlines, type Harness } from './harness.ts';
import { launchForOptions, openOptions, readTable, waitForSaved } from './options-helpers.ts';

const DRAFT = 'Speaking on behalf of the council, the bins arrive on Friday. The council will fund the new bench next month.';
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

describe('options page → open tabs, without a reload', () => {
  let h: Harness;
  let composer: Page;
  let options: Page;

  beforeAll(async () => {
    h = await launchForOptions();
    composer = await h.openFixture('facebook', { waitForContentScript: true });
    await composer.locator(EDITOR_SELECTORS.facebook).click();
    await composer.keyboard.type(DRAFT);
    // Bottisham, personal capacity (the defaults): only "speaking for the council".
    await waitForUnderlines(composer, (t) => same(t, ['on behalf of the council']), 10_000);
    // A marker that a reload would wipe.
    await composer.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    options = await openOptions(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  test('choosing another pack adds that policy\'s rules to the open composer', async () => {
    await options.getByLabel('Policy pack').selectOption('pitstone');
    await waitForSaved(options, 'Pitstone');
    await expect.poll(() => options.getByTestId('policy-title').innerText()).not.toBe('');
    // Pitstone's policy also forbids committing the council.
    await waitForUnderlines(composer, (t) => same(t, ['on behalf of the council', 'The council will fund']), 10_000);
    expect(await composer.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  });

  test('writing as the council drops the personal-capacity finding', async () => {
    await options.getByRole('radio', { name: /As the council/ }).check();
    await waitForSaved(options, 'capacity');
    await waitForUnderlines(composer, (t) => same(t, ['The council will fund']), 10_000);
    expect(await composer.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  });

  test('switching a rule off removes its underline; the pack default stays shown beside it', async () => {
    const select = options.getByLabel('Your setting for “Committing the council”');
    await expect.poll(() => select.locator('option:checked').innerText()).toBe('As the pack (error)');
    await select.selectOption('off');
    await waitForSaved(options, 'switched off');
    await waitForUnderlines(composer, (t) => t.length === 0, 10_000);
    await expect.poll(() => options.locator('tr[data-rule="committing-council"]').innerText()).toContain('Switched off by you');
    await select.selectOption('default');
    await waitForUnderlines(composer, (t) => same(t, ['The council will fund']), 10_000);
  });

  test('per site: "Facebook: in a personal capacity" beats the usual capacity', async () => {
    await options.getByLabel('Capacity on Facebook').selectOption('personal');
    await waitForSaved(options, 'Facebook');
    await waitForUnderlines(composer, (t) => same(t, ['on behalf of the council', 'The council will fund']), 10_000);
  });

  test('local streets from a CSV file, and a polling day with the pre-election period it implies', async () => {
    const csv = 'USRN,Street Name,Town\n1,High Street,Pitstone\n2,"Vicarage Road",Pitstone\n3,high street,Pitstone\n';
    await options.getByLabel('Import local streets from a CSV file').setInputFiles({ name: 'streets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const streets = options.locator('[data-list="localStreets"]');
    await expect.poll(() => streets.innerText()).toContain('Added 2 streets from streets.csv (“Street Name”). Check them, then save.');
    await streets.getByRole('button', { name: 'Save local streets' }).click();
    await waitForSaved(options, 'local streets');
    expect(await h.getExtensionSettings()).toMatchObject({ localStreets: ['High Street', 'Vicarage Road'] });

    await options.locator('#polling-day').fill('2027-05-06');
    expect(await options.locator('#polling-period').innerText()).toContain('Pre-election period: Thursday 25 March 2027 to polling day, Thursday 6 May 2027. (Not saved yet.)');
    await options.getByRole('button', { name: 'Save polling day' }).click();
    await waitForSaved(options, 'polling day');
    expect(await h.getExtensionSettings()).toMatchObject({ pollingDay: '2027-05-06' });
  });

  test('the choices are stored in IndexedDB and mirrored for the content scripts; nothing left the browser', async () => {
    const [row] = (await readTable(options, 'settings')) as Record<string, unknown>[];
    expect(row).toMatchObject({ id: 'main', packId: 'pitstone', capacity: 'council', siteCapacity: { facebook: 'personal' } });
    expect(await h.getExtensionSettings()).toMatchObject({ packId: 'pitstone', capacity: 'council', siteCapacity: { facebook: 'personal' }, rules: {} });
    expect(h.networkViolations()).toEqual([]);
  });
});
