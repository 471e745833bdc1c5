// The extension pages under their Content Security Policy (wxt.config.ts, EXTENSION_PAGES_CSP):
// the options page and the popup render with no CSP violation and no error, and connect-src 'none'
// is in force: a request from an extension page to any web address, the composer sites included, is
// refused by Chromium before it leaves. (tests/budgets/network.test.ts checks the policy in the
// manifest; Chromium still lets a page read the extension's own files, which are not network.)
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, REPO_ROOT, type Harness } from './harness.ts';

/** PPC_OUT_DIR (see wxt.config.ts) points the test at another build; the harness default otherwise. */
export const extensionDir = process.env.PPC_OUT_DIR ? resolve(REPO_ROOT, process.env.PPC_OUT_DIR, 'chrome-mv3') : undefined;

describe('extension pages under their CSP', () => {
  let h: Harness;
  const problems: string[] = [];

  /** Opens an extension page, recording CSP violations, console errors and uncaught errors. */
  const open = async (path: string): Promise<Page> => {
    const page = await h.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path} console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path} error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    // The harness routes every request to its fixtures; the extension's own files pass through.
    await page.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
    await page.goto(`chrome-extension://${h.extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  };
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

  beforeAll(async () => {
    h = await launchWithExtension({ extensionDir });
  });
  afterAll(async () => {
    await h?.close();
  });

  test("the manifest's extension_pages policy is the one in force", () => {
    const csp = (h.manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
  });

  for (const path of ['options.html', 'popup.html']) {
    test(`${path} renders with no CSP violation and no error`, async () => {
      const page = await open(path);
      // React has rendered something into the page.
      await page.waitForFunction(() => (document.body.textContent ?? '').trim().length > 20, null, { timeout: 15_000 });
      await page.waitForTimeout(500);
      expect(await violations(page)).toEqual([]);
      expect(problems.filter((p) => p.startsWith(`${path} `))).toEqual([]);
      await page.close();
    });
  }

  test("connect-src 'none' refuses a request from an extension page before it leaves the browser", async () => {
    const page = await open('options.html');
    const before = h.unexpectedRequests.length;
    // Deliberate network calls, run in the extension page, to show the browser refuses them.
    /* eslint-disable no-restricted-globals, no-restricted-syntax */
    const results = await page.evaluate(async () => {
      const attempt = (url: string) =>
        fetch(url).then(
          () => 'sent',
          () => 'refused',
        );
      return {
        remote: await attempt('https://collect.example.com/drafts'),
        composerSite: await attempt('https://www.facebook.com/'),
        socket: await new Promise<string>((done) => {
          try {
            const ws = new WebSocket('wss://collect.example.com/live');
            ws.onerror = () => done('refused');
            ws.onopen = () => done('sent');
          } catch {
            done('refused');
          }
        }),
      };
    });
    /* eslint-enable no-restricted-globals, no-restricted-syntax */
    expect(results).toEqual({ remote: 'refused', composerSite: 'refused', socket: 'refused' });
    // securitypolicyviolation events are dispatched asynchronously.
    await page.waitForFunction(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).length >= 3, null, { timeout: 5_000 }).catch(() => undefined);
    expect((await violations(page)).map((v) => v.split(' ')[0])).toEqual(['connect-src', 'connect-src', 'connect-src']);
    // Nothing reached the network layer (the harness aborts and records anything that does).
    expect(h.unexpectedRequests.slice(before)).toEqual([]);
    expect(h.networkViolations()).toEqual([]);
    await page.close();
  });
});
