// Quick fixes go through the editor's own input path: proven on the real Lexical and Draft.js
// state (not the DOM), and undone by the editor's own undo. Dismiss and "I have permission" too.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, fixtureText, foreignAdditions, underlinedTexts, waitForUnderlines } from './harness.ts';
import { addMobileComposer, badgeLabel, composerSuite, MOBILE_TEXTAREA, mobileUnderlineBoxes, OVERLAY_HOST, overrideLog, underlinePoint, waitFor, waitForCard } from './content-helpers.ts';

const UNDO = 'Control+z';

describe('quick fixes', () => {
  const suite = composerSuite();
  const open = suite.open;
  const harness = suite.harness;

  /** Hovers the underlined words and presses the card's button labelled `label`. */
  async function fromCard(p: Page, words: string, label: string | RegExp, index = 0) {
    const point = await underlinePoint(p, words);
    await p.mouse.move(point.x, point.y);
    await waitForCard(p, (t) => t.includes(words) || typeof label !== 'string');
    await p.locator(`${OVERLAY_HOST} .ppc-card button`, { hasText: label }).nth(index).click();
  }

  test('Facebook (Lexical): [removed] replaces the phone number in the editor state; Ctrl+Z brings it back', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Ring Jo on 07700 900123 about the hall.');
    await waitForUnderlines(p, (t) => t.includes('07700 900123'));
    await fromCard(p, '07700 900123', 'Replace with [removed]');
    await waitFor(() => fixtureText(p), (t) => t === 'Ring Jo on [removed] about the hall.', 'Lexical state after the fix');
    await waitForUnderlines(p, (t) => !t.includes('07700 900123'));
    await p.keyboard.press(UNDO);
    await waitFor(() => fixtureText(p), (t) => t === 'Ring Jo on 07700 900123 about the hall.', 'Lexical state after undo');
    expect(await foreignAdditions(p)).toEqual([]);
  });

  test('X (Draft.js): the fix lands in the right box of a thread, and undo restores it', async () => {
    const p = await open('xThread');
    await p.locator(EDITOR_SELECTORS.xBox(0)).click();
    await p.keyboard.type('Call 07700 900111 first.');
    await p.locator(EDITOR_SELECTORS.xBox(1)).click();
    await p.keyboard.type('Then call 07700 900222.');
    await waitForUnderlines(p, (t) => t.length === 2);
    await fromCard(p, '07700 900222', 'Replace with [removed]');
    await waitFor(() => fixtureText(p, 1), (t) => t === 'Then call [removed].', 'Draft.js state of box 1');
    expect(await fixtureText(p, 0)).toBe('Call 07700 900111 first.');
    await p.keyboard.press(UNDO);
    await waitFor(() => fixtureText(p, 1), (t) => t === 'Then call 07700 900222.', 'Draft.js state after undo');
    // Typing after the fix and undo still goes into Draft's state.
    await p.keyboard.press('End');
    await p.keyboard.type(' Thanks');
    await waitFor(() => fixtureText(p, 1), (t) => t === 'Then call 07700 900222. Thanks', 'typing continues');
    expect(await foreignAdditions(p)).toEqual([]);
  });

  test('X mobile web (<textarea>): the fix goes through the textarea’s own editing, and undo restores it', async () => {
    const p = await open('xHome');
    await addMobileComposer(p);
    const textarea = p.locator(MOBILE_TEXTAREA);
    await textarea.click();
    await p.keyboard.type('Her number is 07700 900123 today.');
    const box = await waitFor(() => mobileUnderlineBoxes(p), (b) => b.length === 1, 'underline box');
    await p.mouse.move(box[0]!.left + box[0]!.width / 2, box[0]!.top - 6);
    await waitForCard(p, (t) => t.includes('07700 900123'));
    await p.locator(`${OVERLAY_HOST} .ppc-card button`, { hasText: 'Replace with [removed]' }).click();
    await waitFor(() => textarea.inputValue(), (v) => v === 'Her number is [removed] today.', 'textarea after the fix');
    await p.keyboard.press(UNDO);
    await waitFor(() => textarea.inputValue(), (v) => v === 'Her number is 07700 900123 today.', 'textarea after undo');
  });

  test('personal-view-disclaimer: "Views my own" is added through Lexical and undone', async () => {
    await harness().setExtensionSettings({ packId: 'withyham' });
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    const draft = "I think the council's decision on the new car park is wrong.";
    await p.keyboard.type(draft);
    await waitForUnderlines(p, (t) => t.includes('I think'));
    await fromCard(p, 'I think', /Views my own/);
    await waitFor(() => fixtureText(p), (t) => t === `${draft} Views my own, not those of the council.`, 'disclaimer in the Lexical state');
    await waitForUnderlines(p, (t) => !t.includes('I think'));
    await p.keyboard.press(UNDO);
    await waitFor(() => fixtureText(p), (t) => t === draft, 'undo removes it');
  });

  for (const [fixture, selector] of [
    ['facebook', EDITOR_SELECTORS.facebook],
    ['x', EDITOR_SELECTORS.x],
  ] as const) {
    test(`${fixture}: in a post of several lines the disclaimer is added at the end and no line is lost`, async () => {
      await harness().setExtensionSettings({ packId: 'withyham' });
      const p = await open(fixture);
      await p.locator(selector).click();
      await p.keyboard.type('First line about the bins.');
      await p.keyboard.press('Enter');
      const second = "I think the council's decision on the new car park is wrong.";
      await p.keyboard.type(second);
      await waitForUnderlines(p, (t) => t.includes('I think'));
      await fromCard(p, 'I think', /Views my own/);
      // The engine's fix puts the disclaimer on a new paragraph; these editors cannot take a line
      // break through insertText, so it joins the last line instead.
      await waitFor(() => fixtureText(p), (t) => t === `First line about the bins.\n${second} Views my own, not those of the council.`, 'disclaimer appended');
      await p.keyboard.press(UNDO);
      await waitFor(() => fixtureText(p), (t) => t === `First line about the bins.\n${second}`, 'undo');
    });
  }

  test('Gmail: "Remove the quoted trail" deletes the whole trail; undo brings it back', async () => {
    const p = await open('gmailReplyAll');
    await p.locator(EDITOR_SELECTORS.gmail).focus();
    await p.keyboard.type('Thanks all, passed on.');
    const before = (await fixtureText(p))!;
    expect(before).toContain('wrote:');
    const attribution = (await waitForUnderlines(p, (t) => t.some((w) => w.endsWith('wrote:')))).find((w) => w.endsWith('wrote:'))!;
    await fromCard(p, attribution, 'Remove the quoted trail');
    await waitFor(() => fixtureText(p), (t) => t?.trim() === 'Thanks all, passed on.', 'trail removed');
    await waitFor(() => badgeLabel(p), (l) => !/email trail/.test(l), 'badge updated');
    expect(await underlinedTexts(p)).toEqual([]);
    await p.keyboard.press(UNDO);
    await waitFor(() => fixtureText(p), (t) => !!t?.includes('wrote:') && t.startsWith('Thanks all, passed on.'), 'undo restores the trail');
  });

  test('Outlook: a hidden message history is shown, then removed, in one undoable step', async () => {
    const p = await open('outlookReply');
    await p.locator(EDITOR_SELECTORS.outlook).focus();
    await p.keyboard.type('Thank you, I will raise it.');
    await waitFor(() => p.locator(`${OVERLAY_HOST} .ppc-badge`).count(), (n) => n === 1, 'badge');
    await p.locator(`${OVERLAY_HOST} .ppc-badge`).click();
    await p.locator('.ppc-panel .ppc-entry', { hasText: 'Earlier messages still quoted' }).click();
    await waitForCard(p, (t) => t.includes('Earlier messages still quoted'));
    await p.locator(`${OVERLAY_HOST} .ppc-card button`, { hasText: 'Remove the quoted trail' }).click();
    await waitFor(() => fixtureText(p), (t) => t?.trim() === 'Thank you, I will raise it.', 'trail removed');
    expect(await p.locator('button[aria-label="Show message history"]').count()).toBe(0);
    await p.keyboard.press(UNDO);
    await waitFor(() => fixtureText(p), (t) => !!t?.includes('From: Pat Resident'), 'undo restores the trail');
  });

  test('Dismiss hides a finding for this draft only, without logging', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Honestly, what a clueless decision by clueless people.');
    await waitForUnderlines(p, (t) => t.filter((w) => w === 'clueless').length >= 1);
    const count = (await underlinedTexts(p)).length;
    await fromCard(p, 'clueless', 'Dismiss');
    await waitForUnderlines(p, (t) => t.length < count);
    expect(await overrideLog(harness())).toEqual([]);
    // Still dismissed after more typing.
    await p.keyboard.press('End');
    await p.keyboard.type(' Anyway.');
    await p.waitForTimeout(400);
    expect((await underlinedTexts(p)).length).toBeLessThan(count);
  });

  test('"I have permission" asks a one-line reason and logs it as permission', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Ring Jo on 07700 900123 about the hall.');
    await waitForUnderlines(p, (t) => t.includes('07700 900123'));
    await fromCard(p, '07700 900123', 'I have permission');
    const input = p.locator(`${OVERLAY_HOST} .ppc-card input`);
    await input.waitFor();
    await input.fill('Jo gave written permission on 3 March');
    await p.locator(`${OVERLAY_HOST} .ppc-card button`, { hasText: 'Confirm' }).click();
    await waitForUnderlines(p, (t) => !t.includes('07700 900123'));
    const log = await waitFor(() => overrideLog(harness()), (l) => l.length > 0, 'the permission logged');
    expect(log).toEqual([expect.objectContaining({ site: 'facebook', rule: 'phone-number', pack: 'bottisham', kind: 'permission', reason: 'Jo gave written permission on 3 March' })]);
    expect(await fixtureText(p)).toBe('Ring Jo on 07700 900123 about the hall.');
  });
});
