// The real toolbar popup (opened with chrome.action.openPopup on a fixture composer tab): pause and
// resume on this site make the underlines go and come back; the capacity switch applies at once;
// the links open the settings and the override log; axe finds nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { COUNT_MESSAGE } from '../../lib/storage/keys.ts';
import { FLAGGED_POST, FLAGGED_WORDS } from './content-helpers.ts';
import { EDITOR_SELECTORS, waitForUnderlines, type Harness } from './harness.ts';
import { launchForOptions, openPopup, popupAxeViolations, waitForPopupText, type Popup } from './options-helpers.ts';

const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

describe('the popup', () => {
  let h: Harness;
  let composer: Page;
  let popup: Popup;
  /** Does the content script answer the popup's count request yet? */
  let answersCount = false;

  beforeAll(async () => {
    h = await launchForOptions();
    composer = await h.openFixture('facebook', { waitForContentScript: true });
    await composer.locator(EDITOR_SELECTORS.facebook).click();
    await composer.keyboard.type(FLAGGED_POST);
    await waitForUnderlines(composer, (t) => same(t, FLAGGED_WORDS), 10_000);
    const worker = await h.serviceWorker();
    answersCount = await worker.evaluate(async (type) => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = (await chrome.tabs.query({})).filter((t) => t.url?.startsWith('https://www.facebook.com/'));
      return chrome.tabs.sendMessage(tab!.id, { type }).then((r) => typeof (r as { total?: unknown })?.total === 'number', () => false);
    }, COUNT_MESSAGE);
    popup = await openPopup(h, composer);
  });

  afterAll(async () => {
    await popup?.close();
    await h?.close();
  });

  test('shows the pack, the capacity and this site', async () => {
    const text = await waitForPopupText(popup, (t) => t.includes('Pause on Facebook'), 'the Facebook controls');
    expect(text).toContain('Bottisham Parish Council');
    expect(text).toContain('In a personal capacity');
    expect(text).toContain('Switch to writing as the council');
  });

  test('has no axe-core violations', async () => {
    expect(await popupAxeViolations(popup)).toEqual([]);
  });

  // Needs the content script to answer { type: 'ppc:count' } (see lib/storage/keys.ts FindingCount).
  test('shows the count of findings in the tab’s composers', async (ctx) => {
    if (!answersCount) ctx.skip('the content script does not answer ppc:count yet');
    await waitForPopupText(popup, (t) => t.includes('4 findings'), 'the count');
  });

  test('pausing this site removes its underlines at once; resuming brings them back', async () => {
    await popup.click('Pause on Facebook');
    await waitForUnderlines(composer, (t) => t.length === 0, 10_000);
    await waitForPopupText(popup, (t) => t.includes('Checking is paused here.') && t.includes('Resume on Facebook'), 'paused');
    expect(await h.getExtensionSettings()).toMatchObject({ disabledSites: ['facebook'] });

    await popup.click('Resume on Facebook');
    await waitForUnderlines(composer, (t) => same(t, FLAGGED_WORDS), 10_000);
    expect(await h.getExtensionSettings()).toMatchObject({ disabledSites: [] });
  });

  test('one click switches the capacity, and the composer follows', async () => {
    await popup.click('Switch to writing as the council');
    await waitForPopupText(popup, (t) => t.includes('As the council') && t.includes('Switch to writing personally'), 'council capacity');
    expect(await h.getExtensionSettings()).toMatchObject({ capacity: 'council' });
    // "on behalf of the council" is only a problem when writing personally.
    await waitForUnderlines(composer, (t) => !t.includes('on behalf of the council') && t.includes('07700 900123'), 10_000);
    await popup.click('Switch to writing personally');
    await waitForUnderlines(composer, (t) => same(t, FLAGGED_WORDS), 10_000);
  });

  test('"Override log" opens the settings at the log', async () => {
    const opened = h.context.waitForEvent('page');
    await popup.click('Override log');
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toBe(`chrome-extension://${h.extensionId}/options.html#override-log`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Override log');
    await page.close();
  });

  test('nothing left the browser', () => {
    expect(h.networkViolations()).toEqual([]);
  });
});
