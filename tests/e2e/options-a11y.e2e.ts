// The options page under axe-core (zero violations) in the states people meet: first open, a
// draft checked in "Try it" with its card open, an import refused, the override log with entries,
// the clear-log confirmation. Keyboard use and visible focus. And the README's screenshot.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, type Harness } from './harness.ts';
import { axeViolations, launchForOptions, openOptions, waitForSaved } from './options-helpers.ts';

export const OPTIONS_SCREENSHOT = join(SCREENSHOT_DIR, 'options.png');

const ENTRIES = [
  { date: '2026-11-18T10:15:00.000Z', site: 'facebook', rule: 'phone-number', pack: 'bottisham', kind: 'send-anyway', reason: 'She asked me to share it' },
  { date: '2026-11-19T08:02:11.000Z', site: 'gmail', rule: 'named-person', pack: 'bottisham', kind: 'permission', reason: 'I have his written permission' },
  { date: '2026-11-20T16:40:00.000Z', site: 'outlook', rule: 'reply-all', pack: 'bottisham', kind: 'dismiss', reason: 'Everyone on the list needs the minutes' },
];

describe('options page accessibility', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launchForOptions();
    page = await openOptions(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  test('first open: no axe-core violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  test('keyboard: the skip link comes first and leads to the settings; focus is always visible', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the settings');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Walk the first controls: each one shows a focus outline.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, label: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(focus.outline, `${focus.tag} ${focus.label}`).not.toBe('none');
      expect(focus.width, `${focus.tag} ${focus.label}`).toBeGreaterThanOrEqual(2);
    }
  });

  test('keyboard: arrow keys change the capacity radio, and it is saved', async () => {
    await page.getByRole('radio', { name: /In a personal capacity/ }).focus();
    await page.keyboard.press('ArrowUp');
    await waitForSaved(page, 'capacity');
    expect(await h.getExtensionSettings()).toMatchObject({ capacity: 'council' });
    await page.keyboard.press('ArrowDown');
    await waitForSaved(page, 'personal');
  });

  test('Try it: a checked draft with a card open has no violations; the card is the content script\'s', async () => {
    await page.getByRole('button', { name: 'Use an example draft' }).click();
    await expect.poll(() => page.getByTestId('try-summary').innerText(), { timeout: 15_000 }).toMatch(/^Found /);
    await page.getByTestId('try-findings').getByRole('button').first().click();
    const card = page.locator('.ppc-card');
    await card.waitFor();
    expect(await card.getAttribute('role')).toBe('dialog');
    expect(await axeViolations(page)).toEqual([]);
    // The quick fix edits the draft, and the draft is checked again.
    const phone = page.getByTestId('try-findings').getByRole('button', { name: /phone number/ });
    await phone.click();
    await page.locator('.ppc-card').getByRole('button', { name: /Replace with/ }).click();
    await expect.poll(() => page.getByLabel('Your draft', { exact: true }).inputValue()).toContain('[removed]');
    await expect.poll(() => page.getByTestId('try-findings').innerText()).not.toContain('07700');
  });

  test('a refused import has no violations', async () => {
    await page.getByTestId('import-pack').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 3}') });
    await page.getByRole('alert').filter({ hasText: 'bad.json was not imported' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the override log: entries arrive through the background, filter, and the clear confirmation, all without violations', async () => {
    // As the content script sends them.
    await page.evaluate((entries) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'ppc:override', entries }), ENTRIES);
    const log = page.getByTestId('log-table');
    await expect.poll(() => log.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    expect(await page.getByTestId('log-count').innerText()).toBe('3 entries, newest first.');
    await page.getByLabel('Site', { exact: true }).selectOption('gmail');
    await expect.poll(() => log.locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('log-count').innerText()).toBe('Showing 1 entry of 3.');
    expect(await log.innerText()).toContain('I have his written permission');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByRole('button', { name: 'Clear the log…' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete all entries');
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Keep them' }).click();
    expect(await log.locator('tbody tr').count()).toBe(3);
    await page.getByRole('button', { name: 'Clear the log…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all entries' }).click();
    await page.getByTestId('log-empty').waitFor();
  });

  test('screenshot of the options page for the README', async () => {
    await page.reload();
    await page.locator('#pack').waitFor();
    await page.setViewportSize({ width: 1280, height: 1840 });
    await page.getByRole('radio', { name: 'Clerk' }).check();
    await waitForSaved(page, 'role');
    await page.getByLabel('Capacity on Gmail').selectOption('council');
    await waitForSaved(page, 'Gmail');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Let "Saved" fade so the picture shows the page itself.
    await expect.poll(() => page.locator('.status').innerText(), { timeout: 10_000 }).toBe('');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: OPTIONS_SCREENSHOT, animations: 'disabled' });
  });

  test('nothing left the browser', () => {
    expect(h.networkViolations()).toEqual([]);
  });
});
