// Helpers for the content script's end-to-end tests: reading and driving the overlay, which lives
// in open shadow roots (Playwright's CSS locators pierce them; page.evaluate reaches them by host).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { launchWithExtension, type Harness } from './harness.ts';

/** The shadow host of each composer's overlay, in document order. */
export const OVERLAY_HOST = 'parish-post-check';
export const DIALOG_HOST = 'parish-post-check-dialog';

/** Draft used across tests: four findings in every pack (speaking-for-council, named-person, phone-number, personal-attack). */
export const FLAGGED_POST = 'Speaking on behalf of the council, the new bins arrive on Friday. Call Mrs Smith on 07700 900123. The planning committee were clueless.';
export const FLAGGED_WORDS = ['on behalf of the council', 'Mrs Smith', '07700 900123', 'clueless'];

/** Badge counts of overlay `index`, read from the badge's accessible name. */
export async function badgeLabel(page: Page, index = 0): Promise<string> {
  return page.evaluate(
    ({ host, i }) => document.querySelectorAll(host)[i]?.shadowRoot?.querySelector('.ppc-badge')?.getAttribute('aria-label') ?? '',
    { host: OVERLAY_HOST, i: index },
  );
}

export async function openPanel(page: Page, index = 0): Promise<void> {
  await page.locator(`${OVERLAY_HOST} .ppc-badge`).nth(index).click();
  await page.locator('.ppc-panel').first().waitFor();
}

/** The panel's entries as "Rule title|flagged words" strings. */
export async function panelEntries(page: Page): Promise<string[]> {
  return page.locator('.ppc-panel .ppc-entry').evaluateAll((entries) =>
    entries.map((e) => `${e.querySelector('.ppc-entry-rule')?.textContent ?? ''}|${(e.querySelector('.ppc-entry-words')?.textContent ?? '').replace(/[“”]/g, '')}`),
  );
}

/** Viewport centre of the first underlined range whose text is `words`. */
export async function underlinePoint(page: Page, words: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((w) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const highlight of registry.values()) {
      for (const range of highlight) {
        if (range.toString() !== w) continue;
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, words);
  expect(point, `no underline on "${words}"`).not.toBeNull();
  return point!;
}

/** The card's text, or null when no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  const card = page.locator('.ppc-card');
  if ((await card.count()) === 0 || !(await card.first().isVisible())) return null;
  // The card can close between the check and the read; that is "no card", not a 30 s wait.
  return card.first().innerText({ timeout: 250 }).catch(() => null);
}

export async function waitForCard(page: Page, predicate: (text: string) => boolean = () => true, timeoutMs = 3000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text: string | null = null;
  for (;;) {
    text = await cardText(page);
    if (text !== null && predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`no matching card within ${timeoutMs} ms; last: ${JSON.stringify(text)}`);
    await page.waitForTimeout(25);
  }
}

export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  return value;
}

/** Clicks a button of the send dialog by its text. */
export async function dialogButton(page: Page, label: string): Promise<void> {
  await page.locator(`${DIALOG_HOST} button`, { hasText: label }).click();
}

export async function dialogOpen(page: Page): Promise<boolean> {
  return (await page.locator(`${DIALOG_HOST} .ppc-dialog`).count()) > 0;
}

/** Which element has focus: 'editor' (a contenteditable), 'overlay', 'dialog' or the tag name. */
export async function focusIsIn(page: Page): Promise<string> {
  return page.evaluate(
    ({ overlay, dialog }) => {
      const active = document.activeElement;
      if (!active) return 'none';
      if (active.matches(overlay)) return 'overlay';
      if (active.matches(dialog)) return 'dialog';
      if ((active as HTMLElement).isContentEditable) return 'editor';
      return active.tagName.toLowerCase();
    },
    { overlay: OVERLAY_HOST, dialog: DIALOG_HOST },
  );
}

type LogRow = { date: string; site: string; rule: string; pack: string; kind: string; reason: string };

/**
 * The override log as the background keeps it (IndexedDB "parish-post-check", store "overrides"),
 * read from the service worker without creating the database when it does not exist yet.
 */
export async function overrideLog(h: { serviceWorker(): Promise<{ evaluate<R>(fn: () => R | Promise<R>): Promise<R> }> }): Promise<LogRow[]> {
  const worker = await h.serviceWorker();
  return worker.evaluate(
    () =>
      new Promise<LogRow[]>((resolve, reject) => {
        const request = indexedDB.open('parish-post-check');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('overrides')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('overrides').objectStore('overrides').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as (LogRow & { id?: number })[]).map(({ id: _id, ...row }) => row));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Empties the override log between tests. */
export async function clearOverrideLog(h: { serviceWorker(): Promise<{ evaluate<R>(fn: () => R | Promise<R>): Promise<R> }> }): Promise<void> {
  const worker = await h.serviceWorker();
  await worker.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('parish-post-check');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve();
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('overrides')) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction('overrides', 'readwrite');
          tx.objectStore('overrides').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
}

/**
 * The set-up the content suites share: one browser per file; before each test the last page
 * closed and storage (and the override log) emptied; at the end, no request from any extension
 * context. Call inside `describe`.
 */
export function composerSuite(options: { clearLog?: boolean } = {}) {
  let h: Harness;
  let page: Page | undefined;
  beforeAll(async () => {
    h = await launchWithExtension();
  });
  beforeEach(async () => {
    await page?.close();
    page = undefined;
    await h.clearExtensionStorage();
    if (options.clearLog ?? true) await clearOverrideLog(h);
  });
  afterAll(async () => {
    await page?.close();
    expect(h.networkViolations()).toEqual([]);
    await h.close();
  });
  return {
    harness: () => h,
    /** Opens a fixture in a new page, with the content script running; it is closed before the next test. */
    async open(name: Parameters<Harness['openFixture']>[0]): Promise<Page> {
      page = await h.openFixture(name, { waitForContentScript: true });
      return page;
    },
  };
}

/** Where X's mobile web composer sits: the same testid wrapper, around a plain <textarea>. */
export const MOBILE_TEXTAREA = '[data-testid="tweetTextarea_7"] textarea';

/** Adds X's mobile web composer to the page (16px/20px text, 6px padding, 1px border). */
export async function addMobileComposer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const wrap = document.createElement('div');
    wrap.dataset.testid = 'tweetTextarea_7';
    wrap.style.cssText = 'position:fixed;left:40px;top:40px;z-index:10;background:#fff';
    const textarea = document.createElement('textarea');
    textarea.style.cssText = 'width:420px;height:80px;font:16px/20px sans-serif;padding:6px;border:1px solid #888';
    wrap.append(textarea);
    document.body.append(wrap);
  });
}

/** The visible underline boxes drawn for the mobile composer (a textarea has no ranges to highlight). */
export async function mobileUnderlineBoxes(page: Page): Promise<DOMRect[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="tweetTextarea_7"] parish-post-check');
    return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.ppc-box') ?? [])].filter((b) => b.style.display !== 'none').map((b) => b.getBoundingClientRect().toJSON() as DOMRect);
  });
}
