// Stop and ask: Post / Send / Reply or Ctrl+Enter with an error open brings up the confirmation.
// "Go back and edit" sends nothing and leaves the draft exactly as it was; "Send anyway" asks a
// reason, logs it (never the text) and lets the original send through, unchanged.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, fixtureText, waitForUnderlines } from './harness.ts';
import { composerSuite, DIALOG_HOST, dialogButton, dialogOpen, focusIsIn, overrideLog, waitFor } from './content-helpers.ts';

type Sent = { text: string; to?: string[] };
const sent = (page: Page) =>
  page.evaluate(() => {
    const f = (window as unknown as { __fixture: { sent?: Sent[]; posted?: unknown[] } }).__fixture;
    return (f.sent ?? f.posted ?? []) as unknown[];
  });

describe('before it is sent', () => {
  const suite = composerSuite();
  const open = suite.open;
  const harness = suite.harness;

  async function sendAnyway(p: Page, reason: string) {
    await dialogButton(p, 'Send anyway');
    const input = p.locator(`${DIALOG_HOST} input`);
    await input.waitFor();
    await input.fill(reason);
    await dialogButton(p, 'Send anyway');
  }

  test('Facebook: Post with an error asks first; going back sends nothing and changes nothing', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    const draft = 'Call Mrs Smith on 07700 900123 about the bins.';
    await p.keyboard.type(draft);
    await waitForUnderlines(p, (t) => t.includes('07700 900123'));

    await p.locator('[role="button"][aria-label="Post"]').click();
    await waitFor(() => dialogOpen(p), Boolean, 'dialog shown');
    expect(await p.locator(`${DIALOG_HOST} .ppc-dialog`).innerText()).toContain('07700 900123');
    expect(await focusIsIn(p)).toBe('dialog');
    await dialogButton(p, 'Go back and edit');
    await waitFor(() => dialogOpen(p), (o) => !o, 'dialog closed');
    expect(await sent(p)).toEqual([]);
    expect(await fixtureText(p)).toBe(draft);
    expect(await focusIsIn(p)).toBe('editor');
    // Typing carries on where it was.
    await p.keyboard.type(' Thanks');
    expect(await fixtureText(p)).toBe(`${draft} Thanks`);
    expect(await overrideLog(harness())).toEqual([]);
  });

  test('Facebook: Send anyway asks a reason, logs it without the text, and posts the draft unchanged', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    const draft = 'Call Mrs Smith on 07700 900123 about the bins.';
    await p.keyboard.type(draft);
    await waitForUnderlines(p, (t) => t.includes('07700 900123'));
    await p.locator('[role="button"][aria-label="Post"]').click();
    await waitFor(() => dialogOpen(p), Boolean, 'dialog shown');
    await sendAnyway(p, 'She asked me to share it');
    await waitFor(() => sent(p), (s) => s.length === 1, 'posted');
    expect(await sent(p)).toEqual([draft]);
    const log = await overrideLog(harness());
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ site: 'facebook', rule: 'phone-number', pack: 'bottisham', kind: 'send-anyway', reason: 'She asked me to share it' });
    expect(Date.parse(log[0]!.date!)).not.toBeNaN();
    expect(JSON.stringify(log)).not.toContain('07700');
    expect(JSON.stringify(log)).not.toContain('bins');
  });

  test('Facebook: a draft with no error posts straight away', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('The village fete is on Saturday from 2pm.');
    await p.locator('[role="button"][aria-label="Post"]').click();
    await waitFor(() => sent(p), (s) => s.length === 1, 'posted without a dialog');
    expect(await dialogOpen(p)).toBe(false);
  });

  test('Facebook: an error typed just before Post is caught, even before its underline shows', async () => {
    const p = await open('facebook');
    await p.locator(EDITOR_SELECTORS.facebook).click();
    await p.keyboard.type('Thanks for nothing, you idiot');
    // No wait for the live check: the click itself checks the latest text.
    await p.locator('[role="button"][aria-label="Post"]').click();
    await waitFor(() => dialogOpen(p), Boolean, 'dialog shown');
    await dialogButton(p, 'Go back and edit');
    expect(await sent(p)).toEqual([]);
    expect(await fixtureText(p)).toBe('Thanks for nothing, you idiot');
  });

  test('X: Ctrl+Enter in a thread asks first, then posts every box unchanged', async () => {
    const p = await open('xThread');
    await p.locator(EDITOR_SELECTORS.xBox(0)).click();
    await p.keyboard.type('Lovely turnout at the fete.');
    await p.locator(EDITOR_SELECTORS.xBox(1)).click();
    await p.keyboard.type('Ring 07700 900123 for tickets.');
    await waitForUnderlines(p, (t) => t.includes('07700 900123'));
    await p.keyboard.press('Control+Enter');
    await waitFor(() => dialogOpen(p), Boolean, 'dialog shown');
    await dialogButton(p, 'Go back and edit');
    await waitFor(() => dialogOpen(p), (o) => !o, 'dialog closed');
    expect(await sent(p)).toEqual([]);
    expect([await fixtureText(p, 0), await fixtureText(p, 1)]).toEqual(['Lovely turnout at the fete.', 'Ring 07700 900123 for tickets.']);

    await p.keyboard.press('Control+Enter');
    await waitFor(() => dialogOpen(p), Boolean, 'dialog shown again');
    await sendAnyway(p, 'Box office number, published');
    await waitFor(() => sent(p), (s) => s.length === 1, 'posted');
    expect(await sent(p)).toEqual([['Lovely turnout at the fete.', 'Ring 07700 900123 for tickets.']]);
  });

  test('X: the Post all button is held the same way', async () => {
    const p = await open('xThread');
    await p.locator(EDITOR_SELECTORS.xBox(0)).click();
    await p.keyboard.type('You are all idiots.');
    await waitForUnderlines(p, (t) => t.includes('idiots'));
    await p.locator('[data-testid="tweetButton"]').click();
    await waitFor(() => dialogOpen(p), Boolean, 'dialog shown');
    await dialogButton(p, 'Go back and edit');
    expect(await sent(p)).toEqual([]);
  });

  test('Gmail: Send with an error asks first; Ctrl+Enter then Send anyway sends the email as written', async () => {
    const p = await open('gmail');
    await p.locator(EDITOR_SELECTORS.gmail).focus();
    await p.keyboard.type('Her NHS number is 943 476 5919.');
    await waitForUnderlines(p, (t) => t.some((w) => w.includes('943 476 5919')));
    await p.locator('div[role="button"].aoO').click();
    await waitFor(() => dialogOpen(p), Boolean, 'dialog on Send');
    await dialogButton(p, 'Go back and edit');
    expect(await sent(p)).toEqual([]);
    expect(await fixtureText(p)).toBe('Her NHS number is 943 476 5919.');

    await p.keyboard.press('Control+Enter');
    await waitFor(() => dialogOpen(p), Boolean, 'dialog on Ctrl+Enter');
    await sendAnyway(p, 'Sending to the surgery at their request');
    await waitFor(() => sent(p), (s) => s.length === 1, 'sent');
    expect(((await sent(p))[0] as Sent).text.trim()).toBe('Her NHS number is 943 476 5919.');
    const log = await overrideLog(harness());
    expect(log.map((e) => [e.site, e.kind])).toEqual([['gmail', 'send-anyway']]);
    expect(JSON.stringify(log)).not.toContain('943');
  });

  test('Outlook: Send with an error asks first, and Send anyway sends', async () => {
    const p = await open('outlook');
    await p.locator(EDITOR_SELECTORS.outlook).focus();
    await p.keyboard.type('The clerk is an idiot.');
    await waitForUnderlines(p, (t) => t.includes('idiot'));
    await p.locator('button[aria-label="Send"]').click();
    await waitFor(() => dialogOpen(p), Boolean, 'dialog on Send');
    await sendAnyway(p, 'Quoting a resident, with context');
    await waitFor(() => sent(p), (s) => s.length === 1, 'sent');
    expect(((await sent(p))[0] as Sent).text.trim()).toBe('The clerk is an idiot.');
  });
});
