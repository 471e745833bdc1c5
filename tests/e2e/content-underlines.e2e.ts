// Live checking on the real editors: the right words are underlined, the panel lists them, the
// card cites the pack's clause (on hover and from the keyboard), settings apply without a reload,
// composers that come and go are followed, and no request leaves any extension context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, launchWithExtension, REPO_ROOT, underlinedTexts, underlines, waitForUnderlines, type Harness } from './harness.ts';
import {
  badgeLabel,
  cardText,
  FLAGGED_POST,
  FLAGGED_WORDS,
  focusIsIn,
  OVERLAY_HOST,
  openPanel,
  panelEntries,
  addMobileComposer,
  MOBILE_TEXTAREA,
  mobileUnderlineBoxes,
  underlinePoint,
  waitFor,
  waitForCard,
} from './content-helpers.ts';

describe('live checking in the composers', () => {
  let h: Harness;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    h = await launchWithExtension();
  });

  beforeEach(async () => {
    await page?.close();
    page = undefined;
    await h.clearExtensionStorage();
  });

  afterAll(async () => {
    await page?.close();
    // Nothing the extension did in this whole file went over the network.
    expect(h.networkViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await h.close();
  });

  async function open(name: Parameters<Harness['openFixture']>[0]): Promise<Page> {
    page = await h.openFixture(name, { waitForContentScript: true });
    page.on('pageerror', (error) => pageErrors.push(`${page?.url()}: ${error.message}`));
    return page;
  }

  test('Facebook (Lexical): the exact words are underlined, by severity', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type(FLAGGED_POST);
    expect(await waitForUnderlines(p, (t) => t.length === 4)).toEqual(FLAGGED_WORDS);
    expect(await underlines(p)).toEqual({
      'ppc-error': ['on behalf of the council', '07700 900123', 'clueless'],
      'ppc-warning': ['Mrs Smith'],
    });
    expect(await badgeLabel(p)).toBe('Parish Post Check: 3 errors, 1 warning');
  });

  test('the panel lists every finding, and an entry selects its words', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type(FLAGGED_POST);
    await waitForUnderlines(p, (t) => t.length === 4);
    await openPanel(p);
    const entries = await panelEntries(p);
    expect(entries.map((e) => e.split('|')[1]).sort()).toEqual([...FLAGGED_WORDS].sort());
    // The polite live region announces the counts.
    const summary = p.locator('.ppc-panel [role="status"]');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    expect(await summary.innerText()).toMatch(/3 errors, 1 warning/);

    await p.locator('.ppc-panel .ppc-entry', { hasText: '07700 900123' }).click();
    expect(await p.evaluate(() => getSelection()?.toString())).toBe('07700 900123');
    expect(await focusIsIn(p)).toBe('editor');
    const card = await waitForCard(p);
    expect(card).toContain('Bottisham policy §4');
  });

  test('hovering a flagged word shows the card with the pack clause, the fix and the ways out', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type(FLAGGED_POST);
    await waitForUnderlines(p, (t) => t.length === 4);
    const point = await underlinePoint(p, '07700 900123');
    await p.mouse.move(point.x, point.y);
    const card = await waitForCard(p, (t) => t.includes('07700 900123'));
    expect(card).toContain('Bottisham policy §4');
    expect(card).toContain("Do not give out other people's personal data on social media, including telephone numbers.");
    expect(card).toContain('Replace with [removed]');
    expect(card).toContain('I have permission');
    expect(card).toContain('Dismiss');
    // Hovering never takes the caret away from the draft.
    expect(await focusIsIn(p)).toBe('editor');
    // Moving away closes it.
    await p.mouse.move(5, 5);
    await waitFor(() => cardText(p), (t) => t === null, 'card closes after the pointer leaves');
  });

  test('the keyboard: the caret entering a flagged span offers the card, Tab reaches it, Esc returns', async () => {
    const p = await open('facebook');
    const editor = p.locator(EDITOR_SELECTORS.facebook);
    await editor.click();
    await p.keyboard.type('Ring Mrs Smith today.');
    await waitForUnderlines(p, (t) => t.includes('Mrs Smith'));
    await p.keyboard.press('Home');
    for (let i = 0; i < 'Ring Mr'.length; i++) await p.keyboard.press('ArrowRight');
    const card = await waitForCard(p, (t) => t.includes('Mrs Smith'));
    expect(card).toMatch(/Bottisham policy §4/);
    // Offered, not forced: the caret stays in the draft until the user tabs to the card.
    expect(await focusIsIn(p)).toBe('editor');
    await p.keyboard.press('Tab');
    expect(await focusIsIn(p)).toBe('overlay');
    const focused = await p.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.closest('.ppc-card') !== null, OVERLAY_HOST);
    expect(focused).toBe(true);
    await p.keyboard.press('Escape');
    await waitFor(() => cardText(p), (t) => t === null, 'Escape closes the card');
    expect(await focusIsIn(p)).toBe('editor');
    expect(await p.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText())).toBe('Ring Mrs Smith today.');
  });

  test('the badge is reachable by Tab and opens the panel from the keyboard', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Call 07700 900123.');
    await waitForUnderlines(p, (t) => t.length === 1);
    await p.keyboard.press('Tab');
    expect(await p.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.className ?? '', OVERLAY_HOST)).toContain('ppc-badge');
    await p.keyboard.press('Enter');
    await p.locator('.ppc-panel').waitFor();
    expect(await panelEntries(p)).toEqual(["Someone’s phone number|07700 900123"]);
    await p.keyboard.press('Escape');
    await p.locator('.ppc-panel').waitFor({ state: 'detached' });
  });

  test('switching pack or capacity in storage changes the findings in an open tab', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type(FLAGGED_POST);
    await waitForUnderlines(p, (t) => t.length === 4);
    const phone = await underlinePoint(p, '07700 900123');
    await p.mouse.move(phone.x, phone.y);
    await waitForCard(p, (t) => t.includes('Bottisham policy §4'));

    await h.setExtensionSettings({ packId: 'withyham' });
    await waitForCard(p, (t) => t.includes('Withyham policy §4.5, §6.9'));
    expect(await cardText(p)).toContain('Remove personal and identifying details such as private phone numbers.');

    // Posting as the council: no longer "speaking for the council", but a councillor may not post officially.
    await h.setExtensionSettings({ capacity: 'council' });
    await waitForUnderlines(p, (t) => !t.includes('on behalf of the council'));
    expect(await underlinedTexts(p)).toEqual(['Mrs Smith', '07700 900123', 'clueless']);
    await p.mouse.move(5, 5);
    await openPanel(p);
    expect((await panelEntries(p)).some((e) => e.startsWith('Posting as the council'))).toBe(true);

    // A per-site capacity overrides the general one.
    await h.setExtensionSettings({ siteCapacity: { facebook: 'personal' } });
    await waitForUnderlines(p, (t) => t.includes('on behalf of the council'));
  });

  test('a custom pack mirrored by the options page is used in an open tab', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Call 07700 900123.');
    await waitForUnderlines(p, (t) => t.length === 1);
    // The council's own pack: Bottisham's, renamed and with its own clause for phone numbers.
    const pack = JSON.parse(readFileSync(join(REPO_ROOT, 'rules/packs/bottisham.json'), 'utf8'));
    pack.id = 'fenditton';
    pack.shortName = 'Fen Ditton';
    pack.council = 'Fen Ditton Parish Council';
    pack.rules['phone-number'].clause = { ref: '§9.1', summary: 'Never post a resident’s telephone number.' };
    await h.setExtensionStorage({ 'ppc:active-pack': pack });
    await h.setExtensionSettings({ packId: 'fenditton' });
    const point = await underlinePoint(p, '07700 900123');
    await p.mouse.move(point.x, point.y);
    const card = await waitForCard(p, (t) => t.includes('Fen Ditton policy §9.1'));
    expect(card).toContain('Never post a resident’s telephone number.');
  });

  test('pausing the site clears the underlines and shows a paused badge', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Call 07700 900123.');
    await waitForUnderlines(p, (t) => t.length === 1);
    await h.setExtensionSettings({ disabledSites: ['facebook'] });
    await waitForUnderlines(p, (t) => t.length === 0);
    expect(await badgeLabel(p)).toBe('Parish Post Check: paused');
    await h.setExtensionSettings({ disabledSites: [] });
    await waitForUnderlines(p, (t) => t.length === 1);
  });

  test('a composer that closes is let go, and one that opens late is checked', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Call 07700 900123.');
    await waitForUnderlines(p, (t) => t.length === 1);
    await p.evaluate(() => (window as unknown as { __fixture: { closeComposer(): void } }).__fixture.closeComposer());
    await waitForUnderlines(p, (t) => t.length === 0);
    await waitFor(() => p.locator(OVERLAY_HOST).count(), (n) => n === 0, 'overlay removed with its composer');
    await p.evaluate(() => (window as unknown as { __fixture: { openComposer(): void } }).__fixture.openComposer());
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('You idiot.');
    expect(await waitForUnderlines(p, (t) => t.length === 1)).toEqual(['idiot']);
    expect(await p.locator(OVERLAY_HOST).count()).toBe(1);
  });

  test('X (Draft.js): each box of a thread is checked on its own', async () => {
    const p = await open('xThread');
    await p.locator(EDITOR_SELECTORS.xBox(0)).click();
    await p.keyboard.type('Call me on 07700 900123 tonight.');
    await p.locator(EDITOR_SELECTORS.xBox(1)).click();
    await p.keyboard.type('Honestly, the chair is clueless.');
    expect(await waitForUnderlines(p, (t) => t.length === 2)).toEqual(['07700 900123', 'clueless']);
    expect(await p.locator(OVERLAY_HOST).count()).toBe(2);
    expect(await badgeLabel(p, 0)).toBe('Parish Post Check: 1 error');
    expect(await badgeLabel(p, 1)).toBe('Parish Post Check: 1 error');
    // Each overlay follows its own box.
    expect(await p.evaluate((host) => [...document.querySelectorAll(host)].map((el) => el.parentElement?.querySelector('[data-testid^="tweetTextarea_"][contenteditable]')?.getAttribute('data-testid')), OVERLAY_HOST)).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
  });

  test('X: single-page navigation adds and removes composers', async () => {
    const p = await open('xHome');
    const overlayPlaces = () => p.evaluate((host) => [...document.querySelectorAll(host)].map((el) => (el.closest('[role="dialog"]') ? 'modal' : 'inline')), OVERLAY_HOST);
    await waitFor(overlayPlaces, (w) => w.join() === 'inline', 'inline composer on /home');
    // pushState to /compose/post: the inline composer goes, the modal one comes.
    await p.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await waitFor(overlayPlaces, (w) => w.join() === 'modal', 'modal composer watched, inline one let go');
    await p.locator(EDITOR_SELECTORS.xBox(0)).click();
    await p.keyboard.type('What an idiot.');
    await waitForUnderlines(p, (t) => t.includes('idiot'));
    await p.locator('[data-testid="app-bar-close"]').click();
    await waitFor(overlayPlaces, (w) => w.join() === 'inline', 'back on /home');
    await waitForUnderlines(p, (t) => t.length === 0);
  });

  test('X mobile web (a plain <textarea>): underline boxes sit under the words, and hovering shows the card', async () => {
    const p = await open('xHome');
    await addMobileComposer(p);
    const textarea = p.locator(MOBILE_TEXTAREA);
    await textarea.click();
    const prefix = 'Her number is ';
    await p.keyboard.type(`${prefix}07700 900123 today.`);
    const boxes = () => mobileUnderlineBoxes(p);
    const [box] = await waitFor(boxes, (b) => b.length === 1, 'one underline box');
    // Where the words really are: the textarea's content box plus the width of the text before them.
    const expected = await p.evaluate(
      ({ prefix, words }) => {
        const ta = document.querySelector('[data-testid="tweetTextarea_7"] textarea')!;
        const rect = ta.getBoundingClientRect();
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = getComputedStyle(ta).font;
        const left = rect.left + 1 + 6 + ctx.measureText(prefix).width;
        return { left, width: ctx.measureText(words).width, lineBottom: rect.top + 1 + 6 + 20 };
      },
      { prefix, words: '07700 900123' },
    );
    expect(Math.abs(box!.left - expected.left)).toBeLessThan(2);
    expect(Math.abs(box!.width - expected.width)).toBeLessThan(2);
    expect(Math.abs(box!.bottom - expected.lineBottom)).toBeLessThan(4);
    // No Range can point into a textarea: the page's highlight registry stays empty for it.
    expect(await underlinedTexts(p)).toEqual([]);
    await p.mouse.move(box!.left + box!.width / 2, box!.top - 6);
    expect(await waitForCard(p, (t) => t.includes('07700 900123'))).toContain('Bottisham policy §4');
  });

  test('Gmail reply-all: the trail is left out of the check, reported apart, and the email context is read', async () => {
    const p = await open('gmailReplyAll');
    // The caret starts above the trail.
    await p.locator(EDITOR_SELECTORS.gmail).focus();
    await p.keyboard.type('Thanks all, Mrs Smith says the bin is full.');
    await waitForUnderlines(p, (t) => t.includes('Mrs Smith'));
    const texts = await underlinedTexts(p);
    // Trail: its attribution line and the address in it (personal data sent again).
    expect(texts).toContain('pat.resident@example.org');
    expect(texts.some((t) => t.startsWith('On Mon, 16 Nov 2026') && t.endsWith('wrote:'))).toBe(true);
    // Words in the trail that would be flagged in the message are not (tone in a quote is not ours).
    await openPanel(p);
    const entries = await panelEntries(p);
    expect(entries.some((e) => e.startsWith('Reply to all'))).toBe(true);
    expect((await p.locator('.ppc-panel').innerText()).toLowerCase()).toContain('in the quoted email trail');
    expect(entries.some((e) => e.startsWith('Earlier messages still quoted'))).toBe(true);
  });

  test('Gmail: a trimmed trail still counts, and compose windows opened late are checked too', async () => {
    const p = await open('gmailReply');
    await waitFor(() => badgeLabel(p), (l) => /warning/.test(l), 'trimmed trail reported');
    await openPanel(p);
    expect((await panelEntries(p)).some((e) => e.startsWith('Earlier messages still quoted'))).toBe(true);
    await p.keyboard.press('Escape');

    const index = await p.evaluate(() => (window as unknown as { __fixture: { openCompose(o: object): number } }).__fixture.openCompose({ kind: 'new' }));
    await waitFor(() => p.locator(OVERLAY_HOST).count(), (n) => n === 2, 'second compose window watched');
    await p.locator(EDITOR_SELECTORS.gmail).nth(index).focus();
    await p.keyboard.type('Her NHS number is 943 476 5919.');
    await waitForUnderlines(p, (t) => t.some((w) => w.includes('943 476 5919')));
    await p.evaluate((i) => (window as unknown as { __fixture: { closeCompose(i: number): void } }).__fixture.closeCompose(i), index);
    await waitFor(() => p.locator(OVERLAY_HOST).count(), (n) => n === 1, 'closed compose let go');
    await waitForUnderlines(p, (t) => !t.some((w) => w.includes('943 476 5919')));
  });

  test('Outlook: the body is checked and a hidden message history is reported', async () => {
    const p = await open('outlookReply');
    await p.locator(EDITOR_SELECTORS.outlook).focus();
    await p.keyboard.type('You can reach her on 07700 900123.');
    expect(await waitForUnderlines(p, (t) => t.length === 1)).toEqual(['07700 900123']);
    await openPanel(p);
    const entries = await panelEntries(p);
    expect(entries.some((e) => e.startsWith('Earlier messages still quoted'))).toBe(true);
    expect(entries.some((e) => e === 'Someone’s phone number|07700 900123')).toBe(true);
  });

  test('nothing is checked mid-composition (IME); the committed text is', async () => {
    const p = await open('gmail');
    await p.locator(EDITOR_SELECTORS.gmail).focus();
    await p.keyboard.type('The chair is an ');
    const cdp = await h.context.newCDPSession(p);
    await cdp.send('Input.imeSetComposition', { text: 'idiot', selectionStart: 5, selectionEnd: 5 });
    await p.waitForTimeout(1500);
    expect(await underlinedTexts(p)).toEqual([]);
    await cdp.send('Input.insertText', { text: 'idiot' });
    expect(await waitForUnderlines(p, (t) => t.length === 1)).toEqual(['idiot']);
    await cdp.detach();
  });

  test('a huge paste is checked up to the cap, with a notice saying so', async () => {
    const p = await open('gmail');
    const line = 'The parish council meets on Tuesday evening in the village hall. ';
    await p.evaluate((text) => (window as unknown as { __fixture: { setBody(i: number, t: string): void } }).__fixture.setBody(0, text), `${line.repeat(900)}\nYou idiot.`);
    const notice = p.locator(`${OVERLAY_HOST} .ppc-notice`);
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toMatch(/only the first 50,000 characters are checked/);
    expect(await notice.getAttribute('role')).toBe('status');
    // "idiot" is beyond the cap: not underlined, and the page stayed responsive.
    expect(await underlinedTexts(p)).toEqual([]);
  });

  test('the extension adds nothing inside the editors and makes no request', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type(FLAGGED_POST);
    await waitForUnderlines(p, (t) => t.length === 4);
    const inside = await p.evaluate((host) => document.querySelector('[data-lexical-editor]')!.querySelectorAll(`${host}, style, [class^="ppc"]`).length, OVERLAY_HOST);
    expect(inside).toBe(0);
    // The overlay sits right after the editable, outside it.
    expect(await p.evaluate((host) => document.querySelector('[data-lexical-editor]')!.nextElementSibling?.matches(host), OVERLAY_HOST)).toBe(true);
    expect(await p.evaluate(() => (window as unknown as { __fixture: { foreignAdditions: string[] } }).__fixture.foreignAdditions)).toEqual([]);
    expect(h.extensionRequests.filter((r) => !r.url.startsWith('chrome-extension:'))).toEqual([]);
  });
});
