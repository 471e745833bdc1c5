// End-to-end harness: Debian's Chromium, driven by playwright-core, with the built extension
// (.output/chrome-mv3) loaded. The fixture pages (tests/e2e/fixtures/dist) are served under the
// sites' real hostnames with context.route, so the extension's real match patterns run; every
// other request is aborted and recorded. Every request made from an extension context (service
// worker, extension pages, content scripts) is recorded too, so a test can assert there were none.
//
// Usage:
//   const h = await launchWithExtension();
//   const page = await h.openFixture('facebook');
//   await page.keyboard.type('Hello');
//   expect(await underlinedTexts(page)).toEqual([...]);
//   expect(h.networkViolations()).toEqual([]);
//   await h.close();
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page, Request, Route, Worker } from 'playwright-core';
import * as settingsSchema from '../../lib/settings/schema.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
export const FIXTURES_DIST = join(REPO_ROOT, 'tests/e2e/fixtures/dist');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests/e2e/screenshots');
/** Scratch output of test runs (gitignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests/e2e/artifacts');
export const CHROMIUM_PATH = process.env.PPC_CHROMIUM ?? '/usr/bin/chromium';

/** Flags from the brief and the toolchain notes: no background traffic, no first-run UI. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

export type FixtureSite = 'facebook' | 'x' | 'gmail' | 'outlook' | 'guide';

/** Hostnames served by each fixture: every host the extension's match patterns name. */
export const FIXTURE_HOSTS: Record<FixtureSite, readonly string[]> = {
  facebook: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
  x: ['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
  gmail: ['mail.google.com'],
  outlook: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  // The demo's guide: a made-up host, so no content script runs on it.
  guide: ['guide.parish-post-check.test'],
};

/** Ready-made fixture addresses. Scenarios are chosen with ?fixture= (Gmail, Outlook) or the path (X). */
export const FIXTURE_URLS = {
  facebook: 'https://www.facebook.com/',
  /** X's modal composer, one box; "Add post" adds more. */
  x: 'https://x.com/compose/post',
  /** X's modal composer with a two-post thread (tweetTextarea_0 and _1). */
  xThread: 'https://x.com/compose/post?thread=1',
  /** X's home timeline with the inline composer (tweetButtonInline). */
  xHome: 'https://x.com/home',
  twitter: 'https://twitter.com/compose/post',
  /** Gmail: a docked "New Message" window. */
  gmail: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  /** Gmail: inline reply to one person, "Re:", trail collapsed behind "…" (.ajR). */
  gmailReply: 'https://mail.google.com/mail/u/0/?fixture=reply#inbox/FMfcgzQdzmTvXlRvbcNhSjnDQpWZkHtb',
  /** Gmail: inline reply-all (To 2 + Cc 1), trail expanded in the body. */
  gmailReplyAll: 'https://mail.google.com/mail/u/0/?fixture=reply-all#inbox/FMfcgzQdzmTvXlRvbcNhSjnDQpWZkHtb',
  gmailForward: 'https://mail.google.com/mail/u/0/?fixture=forward#inbox/FMfcgzQdzmTvXlRvbcNhSjnDQpWZkHtb',
  /** Gmail: the pop-out compose window (div.AD), a reply with the trail collapsed. */
  gmailPopout: 'https://mail.google.com/mail/u/0/?fixture=popout#inbox/FMfcgzQdzmTvXlRvbcNhSjnDQpWZkHtb',
  /** Gmail: the inbox with no compose open. */
  gmailInbox: 'https://mail.google.com/mail/u/0/?fixture=inbox#inbox',
  outlook: 'https://outlook.office.com/mail/deeplink/compose',
  /** Outlook: reply to one person, trail hidden behind "Show message history". */
  outlookReply: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hYjk2?fixture=reply',
  /** Outlook: reply-all (To 2 + Cc 1) with #appendonsend, <hr>, #divRplyFwdMsg in the body. */
  outlookReplyAll: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hYjk2?fixture=reply-all',
  outlookForward: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hYjk2?fixture=forward',
  outlookLive: 'https://outlook.live.com/mail/0/deeplink/compose',
  outlook365: 'https://outlook.office365.com/mail/deeplink/compose',
  guide: 'https://guide.parish-post-check.test/',
} as const;
export type FixtureName = keyof typeof FIXTURE_URLS;

/**
 * The response header of each fixture page. Gmail enforces Trusted Types, so its fixture does too:
 * any innerHTML/outerHTML/insertAdjacentHTML assignment with a string throws, in the page and in the
 * extension's content script alike.
 */
const PAGE_HEADERS: Partial<Record<FixtureSite, Record<string, string>>> = {
  gmail: { 'content-security-policy': "require-trusted-types-for 'script'" },
};

const PAGE_FILE: Record<FixtureSite, string> = {
  facebook: 'facebook.html',
  x: 'x.html',
  gmail: 'gmail.html',
  outlook: 'outlook.html',
  guide: 'guide.html',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Where fixture pages load their own scripts and styles from, on each host. */
export const ASSET_PREFIX = '/__ppc__/';

export type RequestSource = 'service-worker' | 'extension-page' | 'content-script' | 'page';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Which context made it. */
  source: RequestSource;
  /** The page or frame URL, the worker URL, or the script that started it. */
  by: string;
  at: number;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's manifest as built. */
  manifest: ChromeManifest;
  /** Every request made from an extension context (service worker, extension page, content script). */
  extensionRequests: RecordedRequest[];
  /** Requests from any page that no fixture serves: aborted, and recorded whatever made them. */
  unexpectedRequests: RecordedRequest[];
  /**
   * Requests that broke "nothing leaves the browser": network requests (not chrome-extension:, data:
   * or blob:) from an extension context, plus every unexpected request. A test asserts it is empty.
   */
  networkViolations(): RecordedRequest[];
  /** The extension's service worker (woken again if Chromium stopped it). */
  serviceWorker(): Promise<Worker>;
  /** Opens a fixture (by name, e.g. 'gmailReply', or any URL) in a new tab and waits until it is ready. */
  openFixture(nameOrUrl: FixtureName | string, options?: { waitForContentScript?: boolean }): Promise<Page>;
  /** True once the extension has injected a content script into the page (its isolated world exists). */
  contentScriptInjected(page: Page): Promise<boolean>;
  waitForContentScript(page: Page, timeoutMs?: number): Promise<void>;
  /** Merges `partial` into the settings the content scripts read (storage.local[SETTINGS_STORAGE_KEY]). */
  setExtensionSettings(partial: Record<string, unknown>): Promise<Record<string, unknown>>;
  getExtensionSettings(): Promise<Record<string, unknown> | undefined>;
  /** Reads or writes raw storage.local items (for stores other than the settings). */
  getExtensionStorage(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  setExtensionStorage(items: Record<string, unknown>): Promise<void>;
  clearExtensionStorage(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Default true. The demo passes false (needs a display). */
  headless?: boolean;
  extensionDir?: string;
  /** Viewport of new pages; null uses the window size (the demo). Default 1280x900. */
  viewport?: { width: number; height: number } | null;
  /** Extra Chromium flags. */
  args?: string[];
  slowMo?: number;
}

interface ChromeManifest {
  content_scripts?: { matches?: string[]; exclude_matches?: string[]; js?: string[] }[];
  [key: string]: unknown;
}

/** Launches Chromium with the extension, fixtures routed on their real hostnames, and recording on. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const headless = options.headless ?? true;
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` (npm run test:e2e does).`);
  if (!existsSync(join(FIXTURES_DIST, 'facebook.html'))) throw new Error(`No fixtures at ${FIXTURES_DIST}: run \`npm ci --prefix tests/e2e/fixtures && npm run build:fixtures\`.`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set PPC_CHROMIUM).`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as ChromeManifest;

  const userDataDir = await mkdtemp(join(tmpdir(), 'ppc-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    slowMo: options.slowMo,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });

  const extensionRequests: RecordedRequest[] = [];
  const unexpectedRequests: RecordedRequest[] = [];
  let extensionId = '';
  const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

  // 1. Serve the fixtures; abort (and record) everything else.
  await context.route('**/*', (route) =>
    serveFixture(route, unexpectedRequests).catch((error: unknown) => {
      console.error(`[harness] serving ${route.request().url()} failed:`, error);
      return route.fulfill({ status: 500, body: String(error) }).catch(() => undefined);
    }),
  );

  // 2. Record requests by extension contexts as Playwright reports them.
  context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    if (worker) {
      if (isExtensionUrl(worker.url())) extensionRequests.push(record(request, 'service-worker', worker.url()));
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // A navigation request issued before its frame exists: judged by its page below.
    }
    const pageUrl = safePageUrl(request);
    if (isExtensionUrl(frameUrl) || isExtensionUrl(pageUrl)) extensionRequests.push(record(request, 'extension-page', frameUrl || pageUrl));
  });

  // 3. Per tab, over CDP: requests whose initiator stack runs through extension code (content
  //    scripts), and the isolated worlds (content scripts injected) of each frame.
  const isolatedWorlds = new WeakMap<Page, Set<string>>();
  const watching = new WeakMap<Page, Promise<void>>();
  const watchPage = (page: Page): Promise<void> => {
    // Once per page, though both the 'page' event and openFixture ask.
    let watched = watching.get(page);
    if (!watched) watching.set(page, (watched = attach(page)));
    return watched;
  };
  const attach = async (page: Page) => {
    const worlds = new Set<string>();
    isolatedWorlds.set(page, worlds);
    try {
      const session: CDPSession = await context.newCDPSession(page);
      session.on('Runtime.executionContextCreated', ({ context: ctx }) => {
        const aux = (ctx.auxData ?? {}) as { type?: string; frameId?: string };
        if (aux.type === 'isolated' && isExtensionUrl(ctx.origin)) worlds.add(ctx.origin);
      });
      const seen = new Set<string>();
      session.on('Network.requestWillBeSent', (event) => {
        const script = extensionScriptIn(event.initiator);
        // One entry per request (redirects and CORS preflights reuse the id).
        if (seen.has(event.requestId)) return;
        seen.add(event.requestId);
        if (script && !isExtensionUrl(event.request.url) && !event.request.url.startsWith('data:') && !event.request.url.startsWith('blob:')) {
          extensionRequests.push({ url: event.request.url, method: event.request.method, resourceType: event.type ?? 'other', source: 'content-script', by: script, at: Date.now() });
        }
      });
      await session.send('Network.enable');
      await session.send('Runtime.enable');
    } catch {
      // The tab closed while attaching.
    }
  };
  context.on('page', (page) => void watchPage(page));
  await Promise.all(context.pages().map(watchPage));

  // 4. The extension id, from its service worker's URL.
  let worker: Worker = context.serviceWorkers().find((w) => isExtensionUrl(w.url())) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;

  const serviceWorker = async () => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return (worker = live);
    // Chromium stopped the idle worker: any extension event restarts it.
    const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`).catch(() => undefined);
    worker = await waiting;
    await page.close();
    return worker;
  };

  const storageKey = (settingsSchema as { SETTINGS_STORAGE_KEY?: string }).SETTINGS_STORAGE_KEY ?? 'ppc:settings';

  // chrome.storage from the service worker; should that fail (a worker being replaced), from an
  // extension page, which has the same API.
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    const run = fn as (arg: unknown) => Promise<R>;
    try {
      return await (await serviceWorker()).evaluate(run, arg as unknown);
    } catch {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/manifest.json`);
        return await page.evaluate(run, arg as unknown);
      } finally {
        await page.close();
      }
    }
  };
  const getExtensionStorage = (keys: string | string[] | null = null) =>
    inExtension((k: string | string[] | null) => chrome.storage.local.get(k), keys) as Promise<Record<string, unknown>>;
  const setExtensionStorage = async (items: Record<string, unknown>) => {
    await inExtension((i: Record<string, unknown>) => chrome.storage.local.set(i), items);
  };

  const harness: Harness = {
    context,
    extensionId,
    manifest,
    extensionRequests,
    unexpectedRequests,
    networkViolations: () => {
      // The same request can be seen both ways (as the extension's, and as unexpected): list it once.
      const fromExtension = extensionRequests.filter((r) => !/^(?:chrome-extension|data|blob):/.test(r.url));
      const more = unexpectedRequests.filter((u) => !fromExtension.some((r) => r.url === u.url && Math.abs(r.at - u.at) < 2_000));
      return [...fromExtension, ...more];
    },
    serviceWorker,
    async openFixture(nameOrUrl, opts = {}) {
      const url = nameOrUrl in FIXTURE_URLS ? FIXTURE_URLS[nameOrUrl as FixtureName] : nameOrUrl;
      const page = await context.newPage();
      await watchPage(page);
      await page.goto(url, { waitUntil: 'load' });
      if (siteOf(new URL(url).hostname) !== 'guide') await page.waitForFunction(() => typeof (window as { __fixture?: unknown }).__fixture === 'object');
      if (opts.waitForContentScript) await harness.waitForContentScript(page);
      return page;
    },
    async contentScriptInjected(page) {
      return (isolatedWorlds.get(page)?.size ?? 0) > 0;
    },
    async waitForContentScript(page, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await harness.contentScriptInjected(page))) {
        if (Date.now() > deadline) throw new Error(`The content script was not injected into ${page.url()} within ${timeoutMs} ms.`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async setExtensionSettings(partial) {
      const current = ((await getExtensionStorage(storageKey))[storageKey] ?? {}) as Record<string, unknown>;
      const merged = { ...current, ...partial };
      const schema = (settingsSchema as { ExtensionSettingsSchema?: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } } }).ExtensionSettingsSchema;
      let value: unknown = merged;
      if (schema) {
        const parsed = schema.safeParse(merged);
        if (!parsed.success) throw new Error(`setExtensionSettings: ${JSON.stringify(partial)} does not fit the settings schema: ${String(parsed.error)}`);
        value = parsed.data;
      }
      await setExtensionStorage({ [storageKey]: value });
      return value as Record<string, unknown>;
    },
    async getExtensionSettings() {
      return (await getExtensionStorage(storageKey))[storageKey] as Record<string, unknown> | undefined;
    },
    getExtensionStorage,
    setExtensionStorage,
    async clearExtensionStorage() {
      await inExtension(() => chrome.storage.local.clear(), null);
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
  return harness;
}

declare const chrome: { storage: { local: { get(keys: unknown): Promise<unknown>; set(items: unknown): Promise<void>; clear(): Promise<void> } } };

function record(request: Request, source: RequestSource, by: string): RecordedRequest {
  return { url: request.url(), method: request.method(), resourceType: request.resourceType(), source, by, at: Date.now() };
}

function safePageUrl(request: Request): string {
  try {
    return request.frame().page().url();
  } catch {
    return '';
  }
}

interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}

/** The extension script in a request's initiator chain, if any. */
function extensionScriptIn(initiator: CdpInitiator | undefined): string | null {
  if (!initiator) return null;
  if (initiator.url?.startsWith('chrome-extension://')) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url.startsWith('chrome-extension://'));
    if (frame) return frame.url;
  }
  return null;
}

export function siteOf(hostname: string): FixtureSite | null {
  for (const [site, hosts] of Object.entries(FIXTURE_HOSTS) as [FixtureSite, readonly string[]][]) if (hosts.includes(hostname)) return site;
  return null;
}

async function serveFixture(route: Route, unexpected: RecordedRequest[]) {
  const request = route.request();
  const url = new URL(request.url());
  const site = url.protocol === 'https:' ? siteOf(url.hostname) : null;
  const note = () => {
    let by = '(no frame)';
    let source: RequestSource = 'page';
    try {
      const worker = request.serviceWorker();
      by = worker ? worker.url() : request.frame().url();
      if (worker) source = 'service-worker';
      else if (by.startsWith('chrome-extension://')) source = 'extension-page';
    } catch {
      // A navigation before its frame exists.
    }
    unexpected.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), source, by, at: Date.now() });
  };
  if (!site) {
    note();
    return route.abort('blockedbyclient');
  }
  if (url.pathname.startsWith(ASSET_PREFIX) && request.method() === 'GET') {
    const name = url.pathname.slice(ASSET_PREFIX.length);
    if (/^[\w.-]+$/.test(name) && existsSync(join(FIXTURES_DIST, name))) {
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream', body: await readFile(join(FIXTURES_DIST, name)) });
    }
  }
  if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
  if (request.isNavigationRequest() && request.method() === 'GET') {
    return route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(PAGE_HEADERS[site] ?? {}) },
      body: await readFile(join(FIXTURES_DIST, PAGE_FILE[site])),
    });
  }
  // A fixture host, but nothing a fixture page asks for: someone else made this request.
  note();
  return route.fulfill({ status: 404, body: '' });
}

// ---- reading the page ----------------------------------------------------------------------------

/**
 * What is underlined, per highlight name: `{ name: [text of each range] }`, from the CSS Custom
 * Highlight registry (the content script's highlights are visible from the page's main world).
 */
export async function underlines(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    for (const [name, highlight] of registry.entries()) {
      out[name] = [...highlight].map((r) => {
        if (r instanceof Range) return r.toString();
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        } catch {
          return '';
        }
      });
    }
    return out;
  });
}

/** Every underlined string, sorted by position in the document (all highlight names together). */
export async function underlinedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return [];
    const ranges: Range[] = [];
    for (const highlight of registry.values()) {
      for (const r of highlight) {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          ranges.push(range);
        } catch {
          // A range into a node that has gone.
        }
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** Waits until `predicate(underlinedTexts)` holds; returns the texts. Fails with what was seen. */
export async function waitForUnderlines(page: Page, predicate: (texts: string[]) => boolean, timeoutMs = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let texts: string[] = [];
  for (;;) {
    texts = await underlinedTexts(page);
    if (predicate(texts)) return texts;
    if (Date.now() > deadline) throw new Error(`Underlines did not settle within ${timeoutMs} ms; last seen: ${JSON.stringify(texts)}`);
    await page.waitForTimeout(25);
  }
}

/** The fixture editor's own text: Lexical's or Draft.js's state, or the mail body's innerText. */
export async function fixtureText(page: Page, index = 0): Promise<string | null> {
  return page.evaluate((i) => (window as unknown as { __fixture: { getText(i?: number): string | null } }).__fixture.getText(i), index);
}

/**
 * Presses the editor's undo (or redo) until its text is `expected`; returns how many presses it
 * took. How many steps a burst of typing makes depends on timing (Lexical merges changes less than
 * 300 ms apart, Draft.js merges consecutive insertions), so tests ask for a state, not a count.
 * Throws, with the texts seen, if `max` presses do not get there.
 */
export async function undoUntil(page: Page, expected: string, options: { index?: number; max?: number; redo?: boolean } = {}): Promise<number> {
  const seen: (string | null)[] = [];
  const max = options.max ?? 30;
  const index = options.index ?? 0;
  let text = await fixtureText(page, index);
  for (let presses = 0; presses <= max; presses++) {
    if (text === expected) return presses;
    seen.push(text);
    if (presses === max) break;
    await page.keyboard.press(options.redo ? 'Control+Shift+z' : 'Control+z');
    // Draft.js applies undo in a timeout after the key: wait for the state to move (or give up).
    const before = text;
    const deadline = Date.now() + 1_000;
    do {
      text = await fixtureText(page, index);
      if (text !== before) break;
      await page.waitForTimeout(20);
    } while (Date.now() < deadline);
  }
  throw new Error(`${options.redo ? 'Redo' : 'Undo'} did not reach ${JSON.stringify(expected)} in ${max} presses; saw ${JSON.stringify(seen)}`);
}

/** Nodes inside the editable that the editor did not create (Lexical and X fixtures). */
export async function foreignNodes(page: Page, index = 0): Promise<string[]> {
  return page.evaluate((i) => {
    const f = (window as unknown as { __fixture: { foreignNodes?(i?: number): string[] } }).__fixture;
    return f.foreignNodes ? f.foreignNodes(i) : [];
  }, index);
}

/** Nodes added inside an editable, not by its editor, since the page loaded (Lexical and X fixtures). */
export async function foreignAdditions(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __fixture: { foreignAdditions?: string[] } }).__fixture.foreignAdditions ?? []);
}

/**
 * Pastes `text` into the focused editor through its own paste path: a trusted-looking `paste` event
 * carrying a DataTransfer (Lexical and Draft.js read it and update their state). Where nothing
 * handles it (a plain contenteditable), the text goes in with execCommand('insertText'), as the
 * browser's own paste would, and lands on the native undo stack.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const target = document.activeElement ?? document.body;
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    if (!event.defaultPrevented) document.execCommand('insertText', false, t);
  }, text);
}

/** Pastes `text` as a user would: puts it on the system clipboard, then presses Ctrl+V. */
export async function pasteFromClipboard(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+v');
}

/** Editor selectors per fixture, for focusing and typing. */
export const EDITOR_SELECTORS = {
  facebook: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  x: '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"][role="textbox"]',
  xBox: (i: number) => `[data-testid="tweetTextarea_${i}"]`,
  gmail: 'div[g_editable="true"][contenteditable="true"][role="textbox"]',
  outlook: 'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
} as const;

/**
 * Saves a PNG of the page (or of the first element matching `selector`) to tests/e2e/screenshots/NAME.png
 * (or `dir`/NAME.png); returns the path. The README's screenshots are taken this way.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; selector?: string; dir?: string } = {}): Promise<string> {
  const dir = options.dir ?? SCREENSHOT_DIR;
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  if (options.selector) await page.locator(options.selector).first().screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return path;
}

/** Does the built manifest inject a content script into `url`? (match patterns, simplified to https hosts) */
export function manifestMatches(manifest: ChromeManifest, url: string): boolean {
  const { protocol, hostname, pathname } = new URL(url);
  return (manifest.content_scripts ?? []).some((cs) =>
    (cs.matches ?? []).some((pattern) => {
      const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
      if (!m) return pattern === '<all_urls>';
      const [, scheme, host, path] = m as unknown as [string, string, string, string];
      if (scheme !== '*' && `${scheme}:` !== protocol) return false;
      const hostOk = host === '*' || host === hostname || (host.startsWith('*.') && (hostname === host.slice(2) || hostname.endsWith(host.slice(1))));
      const pathOk = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);
      return hostOk && pathOk;
    }),
  );
}
