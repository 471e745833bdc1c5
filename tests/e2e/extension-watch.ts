// Watching a tab's extension world over CDP, for the soak and reload tests: uncaught errors and
// console errors from the extension's isolated world, live observers it made, its listeners on
// window, document and on editors that have been closed, and the JS heap after garbage collection.
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness.ts';

/** One tab, watched over its own CDP session. */
export class Watched {
  readonly errors: string[] = [];
  private readonly extensionWorlds = new Set<number>();
  private constructor(
    readonly name: string,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(h: Harness, name: string, url: string): Promise<Watched> {
    return Watched.attach(h, name, await h.openFixture(url, { waitForContentScript: true }));
  }

  static async attach(h: Harness, name: string, page: Page): Promise<Watched> {
    const cdp = await h.context.newCDPSession(page);
    const w = new Watched(name, page, cdp);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { type?: string };
      if (aux.type === 'isolated' && context.origin.startsWith('chrome-extension://')) w.extensionWorlds.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const where = `${d.url ?? ''} ${JSON.stringify(d.stackTrace ?? {})}`;
      if (w.extensionWorlds.has(d.executionContextId ?? -1) || where.includes('chrome-extension://')) {
        w.errors.push(`uncaught: ${d.exception?.description ?? d.text}`);
      }
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if ((type === 'error' || type === 'assert') && w.extensionWorlds.has(executionContextId)) {
        w.errors.push(`console.${type}: ${args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
      }
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error' && (entry.url ?? '').startsWith('chrome-extension://')) w.errors.push(`log: ${entry.text}`);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    await cdp.send('HeapProfiler.enable');
    await page.evaluate(() => {
      (window as unknown as { __soakClosed: WeakRef<Element>[] }).__soakClosed = [];
    });
    return w;
  }

  private world(): number {
    const [id] = [...this.extensionWorlds];
    if (id === undefined) throw new Error(`${this.name}: the extension's isolated world is not there`);
    return id;
  }

  async gc(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.cdp.send('HeapProfiler.collectGarbage');
  }

  async heapUsed(): Promise<number> {
    await this.gc();
    return (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  /** Live instances of each observer type made in the extension's isolated world. */
  async observers(): Promise<Record<string, number>> {
    await this.gc();
    const out: Record<string, number> = {};
    for (const type of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
      const proto = await this.cdp.send('Runtime.evaluate', { expression: `${type}.prototype`, contextId: this.world() });
      const found = await this.cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId!, objectGroup: 'soak' });
      const count = await this.cdp.send('Runtime.callFunctionOn', { functionDeclaration: 'function () { return this.length; }', objectId: found.objects.objectId!, returnByValue: true });
      out[type] = count.result.value as number;
    }
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
    return out;
  }

  /** The extension's scripts, by CDP script id (from Debugger.scriptParsed, replayed on enable). */
  private async extensionScripts(): Promise<Set<string>> {
    const ids = new Set<string>();
    const onParsed = ({ scriptId, url }: { scriptId: string; url: string }) => {
      if (url.startsWith('chrome-extension://')) ids.add(scriptId);
    };
    this.cdp.on('Debugger.scriptParsed', onParsed);
    await this.cdp.send('Debugger.enable');
    await this.cdp.send('Debugger.disable');
    this.cdp.off('Debugger.scriptParsed', onParsed);
    return ids;
  }

  private async listenersOn(objectId: string, scripts: Set<string>): Promise<string[]> {
    const { listeners } = await this.cdp.send('DOMDebugger.getEventListeners', { objectId, depth: 0 });
    return listeners.filter((l) => scripts.has(l.scriptId)).map((l) => l.type);
  }

  /** The extension's listeners on window and document, by event type. */
  async globalListeners(): Promise<string[]> {
    const scripts = await this.extensionScripts();
    const out: string[] = [];
    for (const target of ['window', 'document']) {
      // Evaluated in the extension's world: getEventListeners lists the listeners of the world the
      // object comes from.
      const { result } = await this.cdp.send('Runtime.evaluate', { expression: target, contextId: this.world(), objectGroup: 'soak' });
      out.push(...(await this.listenersOn(result.objectId!, scripts)).map((t) => `${target}:${t}`));
    }
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
    return out.sort();
  }

  /** Closed composers still in memory, and the extension's listeners left on them (or inside them). */
  async closedComposers(): Promise<{ closed: number; inMemory: number; extensionListeners: string[] }> {
    await this.gc();
    const scripts = await this.extensionScripts();
    const { result } = await this.cdp.send('Runtime.evaluate', {
      expression: 'window.__soakClosed.map((r) => r.deref()).filter(Boolean)',
      objectGroup: 'soak',
    });
    const closed = (await this.page.evaluate(() => (window as unknown as { __soakClosed: unknown[] }).__soakClosed.length)) as number;
    const { result: lengthResult } = await this.cdp.send('Runtime.callFunctionOn', { functionDeclaration: 'function () { return this.length; }', objectId: result.objectId!, returnByValue: true });
    const inMemory = lengthResult.value as number;
    const extensionListeners: string[] = [];
    for (let i = 0; i < inMemory; i++) {
      const { result: el } = await this.cdp.send('Runtime.callFunctionOn', { functionDeclaration: `function () { return this[${i}]; }`, objectId: result.objectId!, objectGroup: 'soak' });
      // The same node as seen from the extension's world (whose listeners getEventListeners lists).
      const { node } = await this.cdp.send('DOM.describeNode', { objectId: el.objectId! });
      const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId, executionContextId: this.world(), objectGroup: 'soak' });
      // depth -1: the editor and everything inside it.
      const { listeners } = await this.cdp.send('DOMDebugger.getEventListeners', { objectId: object.objectId!, depth: -1, pierce: true });
      extensionListeners.push(...listeners.filter((l) => scripts.has(l.scriptId)).map((l) => `composer ${i}: ${l.type}`));
    }
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
    return { closed, inMemory, extensionListeners };
  }

  /** Remembers an editor (weakly) before the page closes it. */
  async rememberClosing(selector: string): Promise<void> {
    await this.page.evaluate((sel) => {
      for (const el of document.querySelectorAll(sel)) (window as unknown as { __soakClosed: WeakRef<Element>[] }).__soakClosed.push(new WeakRef(el));
    }, selector);
  }
}

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> }; sync?: { get(keys: null): Promise<Record<string, unknown>> } } };

/**
 * Everything the extension keeps, as one JSON string: storage.local, storage.sync, and every
 * record of every IndexedDB database in its origin (Dexie's included). Read from an extension page.
 */
export async function dumpExtensionStorage(h: Harness): Promise<string> {
  const page = await h.context.newPage();
  try {
    await page.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
    await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
    return await page.evaluate(async () => {
      const out: Record<string, unknown> = { local: await chrome.storage.local.get(null), sync: (await chrome.storage.sync?.get(null)) ?? {} };
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => done(req.result);
          req.onerror = () => fail(req.error);
        });
        const stores: Record<string, unknown[]> = {};
        for (const name of db.objectStoreNames) {
          stores[name] = await new Promise<unknown[]>((done, fail) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => done(req.result);
            req.onerror = () => fail(req.error);
          });
        }
        db.close();
        out[`indexedDB:${info.name}`] = stores;
      }
      return JSON.stringify(out);
    });
  } finally {
    await page.close();
  }
}
