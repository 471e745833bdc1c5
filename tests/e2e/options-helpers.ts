// Helpers for the options page and popup end-to-end tests, on top of harness.ts: opening the
// extension's own pages, the real toolbar popup (through chrome.action.openPopup and CDP), axe-core,
// and reading the extension's IndexedDB.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchWithExtension, type Harness, type LaunchOptions } from './harness.ts';

/** The build to test: PPC_OUT_DIR when set (a build made aside from .output/), else the harness's default. */
export function builtExtensionDir(): string | undefined {
  return process.env.PPC_OUT_DIR ? join(process.env.PPC_OUT_DIR, 'chrome-mv3') : undefined;
}

/**
 * Launches with the extension, letting the extension's own pages load their files (the harness
 * routes every request to its fixtures; chrome-extension: URLs are passed through here).
 */
export async function launchForOptions(options: LaunchOptions = {}): Promise<Harness> {
  const h = await launchWithExtension({ extensionDir: builtExtensionDir(), ...options });
  await h.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
  return h;
}

export async function openOptions(h: Harness, hash = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html${hash}`);
  await page.locator('#pack').waitFor({ timeout: 20_000 });
  return page;
}

/** Waits for the page's status to say "Saved: …" (and returns its text). Usable in hooks too. */
export async function waitForSaved(page: Page, what?: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const status = page.locator('.status');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const kind = (await status.getAttribute('class')) ?? '';
    const text = (await status.innerText().catch(() => '')).trim();
    if (kind.includes('status-failed')) throw new Error(`not saved: ${text}`);
    const matches = !what || (typeof what === 'string' ? text.includes(what) : what.test(text));
    if (kind.includes('status-saved') && matches) return text;
    if (Date.now() > deadline) throw new Error(`no "Saved${what ? `: ${String(what)}` : ''}" within ${timeoutMs} ms; the status says "${text}"`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

// ---- the real popup --------------------------------------------------------------------------

/** The toolbar popup, opened by chrome.action.openPopup() for `page`'s window, driven over CDP. */
export interface Popup {
  evaluate<T>(expression: string): Promise<T>;
  text(): Promise<string>;
  /** Clicks the first button or link whose text contains `label`. */
  click(label: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPopup(h: Harness, page: Page): Promise<Popup> {
  await page.bringToFront();
  const worker = await h.serviceWorker();
  await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
  const cdp: CDPSession = await h.context.newCDPSession(page);
  let targetId: string | undefined;
  for (let i = 0; i < 100 && !targetId; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    targetId = targetInfos.find((t) => t.url === `chrome-extension://${h.extensionId}/popup.html`)?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 50));
  }
  if (!targetId) throw new Error('the popup did not open');
  // Playwright does not attach to extension popups; talk to it through the page's CDP session.
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const waiting = new Map<number, (message: { result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number };
    if (message.id !== undefined) waiting.get(message.id)?.(message as never);
  });
  const evaluate = async <T,>(expression: string): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<Parameters<NonNullable<ReturnType<typeof waiting.get>>>[0]>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }) });
    const message = await reply;
    waiting.delete(id);
    const details = message.result?.exceptionDetails;
    if (details) throw new Error(`popup: ${details.exception?.description ?? details.text}`);
    return message.result?.result?.value as T;
  };
  // Wait for React to render.
  for (let i = 0; i < 200; i++) {
    if (await evaluate<boolean>(`Boolean(document.querySelector('[data-testid="popup-council"]'))`)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    evaluate,
    text: () => evaluate<string>('document.body.innerText'),
    async click(label) {
      const ok = await evaluate<boolean>(
        `(() => { const el = [...document.querySelectorAll('button, a')].find((b) => b.textContent.includes(${JSON.stringify(label)})); if (!el) return false; el.click(); return true; })()`,
      );
      if (!ok) throw new Error(`popup: no button "${label}"; it shows: ${await evaluate<string>('document.body.innerText')}`);
    },
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

export async function waitForPopupText(popup: Popup, predicate: (text: string) => boolean, what: string, timeoutMs = 8_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  for (;;) {
    text = await popup.text();
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`popup: ${what} not shown within ${timeoutMs} ms; it shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- axe-core --------------------------------------------------------------------------------

let axeSource: string | null = null;
async function axeScript(): Promise<string> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

type AxeViolation = { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] };
const describe = (violations: AxeViolation[]) => violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`);

/** axe-core's violations on a page, as readable lines (evaluated over CDP, so the page's CSP does not apply). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeScript());
  const violations = await page.evaluate((options) => (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, options).then((r) => r.violations), AXE_OPTIONS);
  return describe(violations as AxeViolation[]);
}

export async function popupAxeViolations(popup: Popup): Promise<string[]> {
  await popup.evaluate(`${await axeScript()}; true`);
  const violations = await popup.evaluate<AxeViolation[]>(`axe.run(document, ${JSON.stringify(AXE_OPTIONS)}).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`);
  return describe(violations);
}

// ---- the extension's IndexedDB ---------------------------------------------------------------

/** Every row of one table of the extension's database, read in an extension page. */
export async function readTable(page: Page, table: string): Promise<unknown[]> {
  expect(page.url()).toMatch(/^chrome-extension:/);
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('parish-post-check');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}
