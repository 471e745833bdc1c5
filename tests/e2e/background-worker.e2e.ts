// Checking runs in the extension's service worker, which Chromium stops when it has been idle
// for 30 seconds. A composer must not notice: the next edit wakes the worker, which checks
// again from scratch, and the underline still lands on the right words.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, fixtureText, launchWithExtension, waitForUnderlines, type Harness } from './harness.ts';

describe('the checking worker', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('stopped while idle, it is woken by the next edit and the underlines come back', async () => {
    const page = await h.openFixture('facebook', { waitForContentScript: true });
    await page.locator(EDITOR_SELECTORS.facebook).click();
    await page.keyboard.type('Ring 07700 900123 about the hedge.');
    await waitForUnderlines(page, (t) => t.includes('07700 900123'), 15_000);

    // Stop it as Chromium does when idle, from chrome://serviceworker-internals.
    const internals = await h.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    // The profile is the test's own: the extension's worker is the only one registered.
    await expect.poll(() => internals.locator('.serviceworker-scope').allInnerTexts()).toEqual([`Scope: chrome-extension://${h.extensionId}/`]);
    await internals.locator('cr-button[data-command="stop"]').click();
    await expect.poll(() => internals.locator('.serviceworker-running-status').innerText(), { timeout: 10_000 }).toMatch(/STOPPED/);
    await internals.close();

    await page.keyboard.type(' The chair is an idiot.');
    const woken = Date.now();
    await waitForUnderlines(page, (t) => t.includes('07700 900123') && t.includes('idiot'), 15_000);
    console.log(`underlines back ${Date.now() - woken} ms after the edit that woke the worker`);
    expect(await fixtureText(page)).toBe('Ring 07700 900123 about the hedge. The chair is an idiot.');
    await page.close();
  });
});
