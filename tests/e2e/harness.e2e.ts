// Smoke tests of the e2e harness and its fixtures: each fixture loads on its real hostname, the real
// keyboard drives the real editors (Lexical and Draft.js state, Gmail/Outlook bodies), undo works,
// the mail trails expand, the extension's service worker is up and its content script is injected on
// every host its match patterns name, and no request leaves any extension context.
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  EDITOR_SELECTORS,
  FIXTURE_HOSTS,
  fixtureText,
  foreignAdditions,
  foreignNodes,
  launchWithExtension,
  manifestMatches,
  pasteFromClipboard,
  pasteText,
  screenshot,
  underlinedTexts,
  undoUntil,
  waitForUnderlines,
  type FixtureName,
  type Harness,
} from './harness.ts';

const UNDO = 'Control+z';

/** What the fixture pages expose on window.__fixture (see tests/e2e/fixtures/src). */
type FixtureWindow = {
  __fixture: {
    site: string;
    sent: unknown[];
    posted: unknown[];
    openComposer(): void;
    openCompose(options: Record<string, unknown>): number;
  };
};

describe('harness and fixtures', () => {
  let h: Harness;
  const pages: Page[] = [];
  const pageErrors: string[] = [];

  const open = async (name: FixtureName | string) => {
    const page = await h.openFixture(name);
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    h = await launchWithExtension();
  });

  afterAll(async () => {
    await h?.close();
  });

  test('the service worker is up and names the extension', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await h.serviceWorker();
    expect(worker.url()).toMatch(new RegExp(`^chrome-extension://${h.extensionId}/`));
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name)).toBe('Parish Post Check');
  });

  const hostCases: [string, FixtureName | string, string][] = [
    ['www.facebook.com', 'facebook', 'facebook'],
    ['x.com', 'x', 'x'],
    ['twitter.com', 'twitter', 'x'],
    ['mail.google.com', 'gmail', 'gmail'],
    ['outlook.office.com', 'outlook', 'outlook'],
    ['outlook.office365.com', 'outlook365', 'outlook'],
    ['outlook.live.com', 'outlookLive', 'outlook'],
  ];
  test.each(hostCases)('%s: the fixture loads on its real hostname and the content script is injected', async (host, name, site) => {
    const page = await open(name);
    expect(new URL(page.url()).hostname).toBe(host);
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.site)).toBe(site);
    if (!(h.manifest.content_scripts ?? []).length) {
      // TODO(content script): nothing to check until entrypoints/content/ declares its matches.
      console.warn('The built manifest has no content_scripts yet: injection not checked.');
      return;
    }
    expect(manifestMatches(h.manifest, page.url()), `manifest matches ${page.url()}`).toBe(true);
    await h.waitForContentScript(page);
  });

  test('every hostname the fixtures serve is one the content script matches, and nothing wider', async (ctx) => {
    // TODO(content script): skipped until the manifest declares content scripts.
    if (!(h.manifest.content_scripts ?? []).length) ctx.skip();
    for (const [site, hosts] of Object.entries(FIXTURE_HOSTS)) {
      for (const host of hosts) expect(manifestMatches(h.manifest, `https://${host}/`), host).toBe(site !== 'guide');
    }
    const guide = await open('guide');
    await guide.waitForTimeout(300);
    expect(await h.contentScriptInjected(guide)).toBe(false);
  });

  describe('facebook: the real Lexical editor', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('facebook');
    });

    test('the composer is Lexical, with a Post button', async () => {
      await expect.poll(() => page.locator(EDITOR_SELECTORS.facebook).count()).toBe(1);
      expect(await page.locator('div[role="button"][aria-label="Post"]').count()).toBe(1);
    });

    test('typing with the keyboard updates the editor state, Enter is a line break', async () => {
      await page.locator(EDITOR_SELECTORS.facebook).click();
      await page.keyboard.type('Litter pick on Saturday.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Meet at the green at 10am!');
      expect(await fixtureText(page)).toBe('Litter pick on Saturday.\nMeet at the green at 10am!');
      // Lexical renders text in its own spans.
      expect(await page.locator(`${EDITOR_SELECTORS.facebook} span[data-lexical-text="true"]`).count()).toBeGreaterThan(0);
    });

    test('undo and redo are the editor own history', async () => {
      const before = 'Litter pick on Saturday.\nMeet at the green at 10am!';
      await page.waitForTimeout(400); // past Lexical's 300 ms merge window
      await page.keyboard.type(' Bring gloves.');
      expect(await fixtureText(page)).toBe(`${before} Bring gloves.`);
      // Lexical merges changes less than 300 ms apart: one press under normal load, more on a busy machine.
      expect(await undoUntil(page, before)).toBeGreaterThanOrEqual(1);
      expect(await undoUntil(page, `${before} Bring gloves.`, { redo: true })).toBeGreaterThanOrEqual(1);
    });

    test('pasting goes through the editor: a paste event and Ctrl+V from the clipboard, undoable', async () => {
      const before = 'Litter pick on Saturday.\nMeet at the green at 10am! Bring gloves.';
      await page.waitForTimeout(400);
      await pasteText(page, ' Bags provided.');
      await pasteFromClipboard(page, ' Tea after.');
      await expect.poll(() => fixtureText(page)).toBe(`${before} Bags provided. Tea after.`);
      expect(await undoUntil(page, before, { max: 2 })).toBeGreaterThanOrEqual(1);
    });

    test('the extension underlines a flagged word without touching the editor DOM (pipeline check)', async () => {
      await page.keyboard.type(' Cllr Smith is an idiot.');
      await waitForUnderlines(page, (texts) => texts.includes('idiot'));
      expect(await fixtureText(page)).toBe('Litter pick on Saturday.\nMeet at the green at 10am! Bring gloves. Cllr Smith is an idiot.');
      expect(await foreignNodes(page)).toEqual([]);
      expect(await foreignAdditions(page)).toEqual([]);
      const shot = await screenshot(page, 'smoke-facebook-flagged', { dir: ARTIFACTS_DIR });
      expect(statSync(shot).size).toBeGreaterThan(5_000);
    });

    test('a composer opened later is a fresh editor; Post publishes its state', async () => {
      await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.openComposer());
      await page.locator(EDITOR_SELECTORS.facebook).click();
      await page.keyboard.type('Lovely weather for the fete.');
      expect(await fixtureText(page)).toBe('Lovely weather for the fete.');
      await page.locator('div[role="button"][aria-label="Post"]').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.posted)).toEqual(['Lovely weather for the fete.']);
      expect(await page.locator(EDITOR_SELECTORS.facebook).count()).toBe(0);
    });
  });

  describe('x: the real Draft.js editor', () => {
    test('one box: typing updates the EditorState, undo works', async () => {
      const page = await open('x');
      const box = page.locator(EDITOR_SELECTORS.xBox(0));
      await expect.poll(() => box.count()).toBe(1);
      // As on X: the testid sits on Draft's contenteditable, inside .DraftEditor-root.
      expect(await page.locator(`.DraftEditor-root ${EDITOR_SELECTORS.xBox(0)}.public-DraftEditor-content[contenteditable="true"][role="textbox"]`).count()).toBe(1);
      expect(await page.locator('[data-testid="tweetButton"]').count()).toBe(1);
      await box.click();
      await page.keyboard.type('Bus shelter repaired');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Thanks all');
      expect(await fixtureText(page, 0)).toBe('Bus shelter repaired\nThanks all');
      // Draft.js merges consecutive insertions into one undo step; it applies undo in a timeout.
      expect(await undoUntil(page, 'Bus shelter repaired\n', { max: 1 })).toBe(1);
      await page.keyboard.type('Thanks all');
      await pasteText(page, ' (pasted)');
      await expect.poll(() => fixtureText(page, 0)).toBe('Bus shelter repaired\nThanks all (pasted)');
      expect(await undoUntil(page, 'Bus shelter repaired\nThanks all', { max: 1 })).toBe(1);
      expect(await foreignNodes(page, 0)).toEqual([]);
    });

    test('a two-box thread keeps one EditorState per box; "Add post" adds a third late', async () => {
      const page = await open('xThread');
      await expect.poll(() => page.locator('[data-testid^="tweetTextarea_"][contenteditable="true"]').count()).toBe(2);
      await page.locator(EDITOR_SELECTORS.xBox(0)).click();
      await page.keyboard.type('First post of the thread');
      await page.locator(EDITOR_SELECTORS.xBox(1)).click();
      await page.keyboard.type('Second post');
      expect(await fixtureText(page, 0)).toBe('First post of the thread');
      expect(await fixtureText(page, 1)).toBe('Second post');
      await undoUntil(page, '', { index: 1, max: 1 });
      expect(await fixtureText(page, 0)).toBe('First post of the thread');
      await page.locator('[data-testid="addButton"]').click();
      await expect.poll(() => page.locator(EDITOR_SELECTORS.xBox(2)).count()).toBe(1);
      await page.keyboard.type('Third');
      expect(await fixtureText(page, 2)).toBe('Third');
      expect(await foreignAdditions(page)).toEqual([]);
    });

    test('home has the inline composer; the Post link opens the modal by single-page navigation', async () => {
      const page = await open('xHome');
      expect(await page.locator('[data-testid="tweetButtonInline"]').count()).toBe(1);
      await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
      await expect.poll(() => page.locator('[role="dialog"] [data-testid="tweetButton"]').count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/compose/post');
    });
  });

  describe('gmail: compose replica', () => {
    test('the page enforces Trusted Types, as Gmail does', async () => {
      const page = await open('gmail');
      const result = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch (error) {
          return (error as Error).name;
        }
      });
      expect(result).toBe('TypeError');
    });

    test('new message: body, recipients, subject, From, Send; native undo', async () => {
      const page = await open('gmail');
      const root = page.locator('div.M9');
      await expect.poll(() => root.count()).toBe(1);
      for (const selector of ['div[g_editable="true"][contenteditable="true"][role="textbox"][aria-label="Message Body"]', '[name="to"]', '[name="cc"]', '[name="bcc"]', 'input[name="subjectbox"]', 'input[name="from"]', 'div[role="button"][data-tooltip^="Send"]']) {
        expect(await root.locator(selector).count(), selector).toBe(1);
      }
      await root.locator('[name="to"] input').click();
      await page.keyboard.type('pat.resident@example.org');
      await page.keyboard.press('Enter');
      expect(await root.locator('[name="to"] [role="option"][data-hovercard-id="pat.resident@example.org"]').count()).toBe(1);
      await root.locator('input[name="subjectbox"]').fill('Church Lane');
      await root.locator(EDITOR_SELECTORS.gmail).click();
      await page.keyboard.type('Dear Pat,');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Thank you for your email.');
      expect(await fixtureText(page)).toBe('Dear Pat,\nThank you for your email.');
      await page.keyboard.press(UNDO);
      expect(await fixtureText(page)).not.toContain('Thank you for your email.');
      await page.keyboard.press('Control+Shift+z');
      expect(await fixtureText(page)).toBe('Dear Pat,\nThank you for your email.');
      await page.locator('div[role="button"][data-tooltip^="Send"]').click();
      const sent = (await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.sent)) as { to: string[]; subject: string; text: string }[];
      if (sent.length) {
        expect(sent[0]).toMatchObject({ to: ['pat.resident@example.org'], subject: 'Church Lane', text: 'Dear Pat,\nThank you for your email.' });
        expect(await root.count()).toBe(0);
      }
    });

    test('reply: the trail is collapsed behind "…" and expands into the body', async () => {
      const page = await open('gmailReply');
      const body = page.locator(EDITOR_SELECTORS.gmail);
      expect(await page.locator('input[name="subjectbox"]').inputValue()).toBe('Re: Dog fouling on Church Lane');
      expect(await body.locator('.gmail_quote').count()).toBe(0);
      await page.locator('.ajR').click();
      expect(await body.locator('div.gmail_quote div.gmail_attr').textContent()).toMatch(/^On .+ wrote:$/);
      expect(await body.locator('blockquote.gmail_quote').count()).toBe(1);
      expect(await page.locator('.ajR').count()).toBe(0);
    });

    test('reply-all: several recipients, trail expanded; a second compose window opens late; pop-out is div.AD', async () => {
      const page = await open('gmailReplyAll');
      expect(await page.locator('div.M9 [name="to"] [role="option"]').count()).toBe(2);
      expect(await page.locator('div.M9 [name="cc"] [role="option"]').count()).toBe(1);
      expect(await page.locator(`${EDITOR_SELECTORS.gmail} .gmail_quote blockquote.gmail_quote`).count()).toBe(1);
      await page.locator('[role="button"][aria-label="Compose"]').click();
      await expect.poll(() => page.locator('div.M9').count()).toBe(2);
      await page.keyboard.type('Second window');
      expect(await fixtureText(page, 1)).toBe('Second window');
      await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.openCompose({ kind: 'reply', popout: true }));
      await expect.poll(() => page.locator('div.AD').count()).toBe(1);
      expect(await page.locator('div.AD .ajR').count()).toBe(1);
    });
  });

  describe('outlook: compose replica', () => {
    test('new message: wells, subject, body, Send; native undo', async () => {
      const page = await open('outlook');
      for (const selector of ['div[role="textbox"][contenteditable="true"][aria-label="Message body, press Alt+F10 to exit"]', 'input[aria-label="Add a subject"]', '[aria-label="To"]', '[aria-label="Cc"]', '[aria-label="Bcc"]', 'button[aria-label="Send"]']) {
        expect(await page.locator(selector).count(), selector).toBe(1);
      }
      await page.locator(EDITOR_SELECTORS.outlook).click();
      await page.keyboard.type('Hello Pat');
      expect(await fixtureText(page)).toBe('Hello Pat');
      await page.keyboard.press(UNDO);
      expect(await fixtureText(page)).not.toBe('Hello Pat');
    });

    test('reply: the trail is hidden, then shown with #appendonsend, <hr>, #divRplyFwdMsg', async () => {
      const page = await open('outlookReply');
      const body = page.locator(EDITOR_SELECTORS.outlook);
      expect(await body.locator('#divRplyFwdMsg').count()).toBe(0);
      await page.locator('button[aria-label="Show message history"]').click();
      expect(await body.locator('#mail-editor-reference-message-container #appendonsend + hr + #divRplyFwdMsg').count()).toBe(1);
      expect(await body.locator('#divRplyFwdMsg').innerText()).toMatch(/From:.*\nSent:.*\nTo:.*\nSubject:/);
    });

    test('reply-all: To 2 + Cc 1, trail in the body', async () => {
      const page = await open('outlookReplyAll');
      expect(await page.locator('[aria-label="To"] [title]').count()).toBe(2);
      expect(await page.locator('[aria-label="Cc"] [title]').count()).toBe(1);
      expect(await page.locator(`${EDITOR_SELECTORS.outlook} #appendonsend + hr + #divRplyFwdMsg`).count()).toBe(1);
    });
  });

  test('settings written through the service worker reach storage.local', async () => {
    const before = await h.getExtensionSettings();
    const written = await h.setExtensionSettings({ capacity: 'council', role: 'clerk' });
    expect(written).toMatchObject({ capacity: 'council', role: 'clerk' });
    expect(await h.getExtensionSettings()).toMatchObject({ capacity: 'council', role: 'clerk' });
    await expect(h.setExtensionSettings({ capacity: 'as-a-wizard' })).rejects.toThrow(/settings schema/);
    if (before) await h.setExtensionStorage({ 'ppc:settings': before });
    else await h.setExtensionSettings({ capacity: 'personal', role: 'councillor' });
  });

  test('no page error on any fixture, and no request left any extension context', async () => {
    expect(pageErrors).toEqual([]);
    expect(h.networkViolations()).toEqual([]);
    expect(pages.length).toBeGreaterThan(10);
    // The underline helper reads the page even where nothing is flagged.
    expect(Array.isArray(await underlinedTexts(pages[0]!))).toBe(true);
  });
});

describe('the request recorder catches every extension context', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('service worker, extension page and content script requests are all recorded', async () => {
    const probe = (what: string) => `https://probe.invalid/${what}`;
    const worker = await h.serviceWorker();
    // The extension's CSP (connect-src 'none') refuses a fetch from the service worker before
    // anything is sent, so there is nothing for the recorder to see there: check the refusal.
    // eslint-disable-next-line no-restricted-globals -- a deliberate probe: it must be refused
    const refused = await worker.evaluate((url) => fetch(url).then(() => false, () => true), probe('service-worker'));
    expect(refused).toBe(true);

    // An extension page can still load an image (img-src is not closed): the recorder must catch it.
    const extensionPage = await h.context.newPage();
    await extensionPage.goto(`chrome-extension://${h.extensionId}/options.html`);
    await extensionPage.evaluate((url) => {
      const img = new Image();
      img.src = url;
      document.body.append(img);
    }, probe('extension-page'));

    const page = await h.openFixture('facebook', { waitForContentScript: true });
    // Run code in the content script's isolated world (found over CDP), as the content script would.
    const session = await h.context.newCDPSession(page);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context as (typeof worlds)[number]));
    await session.send('Runtime.enable');
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${h.extensionId}`);
    expect(world, 'the content script isolated world').toBeTruthy();
    await session.send('Runtime.evaluate', {
      contextId: world!.id,
      awaitPromise: true,
      expression: `fetch(${JSON.stringify(probe('content-script'))}).catch(() => 0)\n//# sourceURL=chrome-extension://${h.extensionId}/content-scripts/probe.js`,
    });
    // A request with no script on its stack (an <img> the UI might add) is caught as unexpected.
    await session.send('Runtime.evaluate', { contextId: world!.id, expression: `document.body.appendChild(Object.assign(new Image(), { src: ${JSON.stringify(probe('image'))} })) && 0` });
    const by = (source: string) => h.extensionRequests.filter((r) => r.source === source).map((r) => r.url);
    await expect.poll(() => by('extension-page')).toContain(probe('extension-page'));
    await expect.poll(() => by('content-script')).toContain(probe('content-script'));
    await expect.poll(() => h.unexpectedRequests.map((r) => r.url)).toContain(probe('image'));
    // The options page's own files (chrome-extension://) are not network; everything else is.
    const violations = h.networkViolations().map((r) => r.url).filter((url) => !url.startsWith('chrome-extension://'));
    expect(violations.sort()).toEqual([probe('content-script'), probe('extension-page'), probe('image')]);
    expect(h.networkViolations().map((r) => r.url)).not.toContain(probe('service-worker'));
  });
});
