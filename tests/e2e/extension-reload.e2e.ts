// The extension is updated or reloaded while a composer is open (chrome.runtime.reload() from the
// service worker, as an update does). The content script already in the page loses its extension
// context ("Extension context invalidated" from any browser.* call). It must shut down quietly:
// nothing thrown or logged as an error, its underlines and badge gone; the page keeps working
// (typing, undo, Post and Send go through); and the draft is exactly what was typed.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Watched } from './extension-watch.ts';
import { EDITOR_SELECTORS, fixtureText, launchWithExtension, REPO_ROOT, underlinedTexts, waitForUnderlines, type Harness } from './harness.ts';

const extensionDir = process.env.PPC_OUT_DIR ? resolve(REPO_ROOT, process.env.PPC_OUT_DIR, 'chrome-mv3') : undefined;

declare const chrome: { runtime: { reload(): void } };

/** What the extension has put on the page: underlined ranges and shadow-root hosts. */
async function extensionTraces(page: Page): Promise<{ underlines: number; hosts: number }> {
  const underlines = (await underlinedTexts(page)).length;
  const hosts = await page.evaluate(() => document.querySelectorAll('parish-post-check').length);
  return { underlines, hosts };
}

describe('reloading the extension with a composer open', () => {
  let h: Harness;
  let facebook: Watched;
  let gmail: Watched;
  const DRAFT = 'Ring Mrs Hollis on 07700 900123 about the hedge.';

  beforeAll(async () => {
    h = await launchWithExtension({ extensionDir });
    facebook = await Watched.open(h, 'facebook', 'https://www.facebook.com/');
    gmail = await Watched.open(h, 'gmail', 'https://mail.google.com/mail/u/0/#inbox?compose=new');

    // A draft with findings in each, underlined.
    await facebook.page.locator(EDITOR_SELECTORS.facebook).click();
    await facebook.page.keyboard.type(DRAFT);
    await waitForUnderlines(facebook.page, (t) => t.some((s) => s.includes('07700 900123')), 15_000);
    await gmail.page.locator(EDITOR_SELECTORS.gmail).click();
    await gmail.page.keyboard.type(DRAFT);
    await waitForUnderlines(gmail.page, (t) => t.some((s) => s.includes('07700 900123')), 15_000);

    // Reload: the old service worker goes away (mid-call, so the evaluate may fail).
    const worker = await h.serviceWorker();
    const closed = new Promise<void>((done) => worker.once('close', () => done()));
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await closed;
  });

  afterAll(async () => {
    await h?.close();
  });

  test('the old content script lets go of the page: no underlines, no badge', async () => {
    // It notices on its next event at the latest: type a character, as the user would.
    for (const w of [facebook, gmail]) {
      await w.page.keyboard.type(' ');
      await expect.poll(() => extensionTraces(w.page), { timeout: 10_000, message: `${w.name}: what the extension left on the page` }).toEqual({ underlines: 0, hosts: 0 });
    }
  });

  test('the page keeps working and the draft is exactly what was typed', async () => {
    const { page } = facebook;
    await page.keyboard.type('Thanks.');
    expect(await fixtureText(page)).toBe(`${DRAFT} Thanks.`);
    await page.locator('[aria-label="Post"]').click();
    expect(await page.evaluate(() => (window as unknown as { __fixture: { posted: string[] } }).__fixture.posted)).toEqual([`${DRAFT} Thanks.`]);

    // Gmail: Ctrl+Enter sends, with the phone number still in it: nothing stops it now.
    await gmail.page.locator(EDITOR_SELECTORS.gmail).click();
    await gmail.page.keyboard.press('End');
    await gmail.page.keyboard.type('Regards');
    await gmail.page.keyboard.press('Control+Enter');
    const sent = await gmail.page.evaluate(() => (window as unknown as { __fixture: { sent: { text: string }[] } }).__fixture.sent);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain(`${DRAFT} Regards`);
  });

  test('nothing was thrown or logged as an error by the extension', () => {
    expect(facebook.errors).toEqual([]);
    expect(gmail.errors).toEqual([]);
    expect(h.networkViolations()).toEqual([]);
  });
});
