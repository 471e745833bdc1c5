// README screenshots of what a user sees: a flagged Facebook post with its card, and a flagged
// Gmail reply with the findings panel. Saved to tests/e2e/screenshots/ by the harness.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, launchWithExtension, screenshot, waitForUnderlines, type Harness } from './harness.ts';
import { FLAGGED_POST, openPanel, underlinePoint, waitForCard } from './content-helpers.ts';

describe('README screenshots', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchWithExtension({ viewport: { width: 1200, height: 760 } });
  });
  afterAll(async () => {
    expect(h.networkViolations()).toEqual([]);
    await h.close();
  });

  test('a flagged Facebook post, with the card for a phone number', async () => {
    const page = await h.openFixture('facebook', { waitForContentScript: true });
    await page.locator(EDITOR_SELECTORS.facebook).click();
    await page.keyboard.type(FLAGGED_POST);
    await waitForUnderlines(page, (t) => t.length === 4);
    const point = await underlinePoint(page, '07700 900123');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, (t) => t.includes('Bottisham policy §4'));
    await page.waitForTimeout(300);
    const path = await screenshot(page, 'facebook-flagged-post');
    expect(existsSync(path)).toBe(true);
    await page.close();
  });

  test('a flagged Gmail reply, with the findings panel open', async () => {
    const page = await h.openFixture('gmailReplyAll', { waitForContentScript: true });
    await page.locator(EDITOR_SELECTORS.gmail).focus();
    await page.keyboard.type('Thanks all. Mrs Smith at 14 Church Lane says the bin by the school gate is overflowing again; you can reach her on 07700 900456.');
    await waitForUnderlines(page, (t) => t.includes('07700 900456') && t.includes('14 Church Lane'));
    await openPanel(page);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    const path = await screenshot(page, 'gmail-flagged-reply');
    expect(existsSync(path)).toBe(true);
    await page.close();
  });
});
