// The background's checking: one incremental checker per composer, findings with fixes, the trail
// apart, pausing, settings changes, and the message handling in front of it.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_MESSAGE, type CheckRequest } from '../lib/check-protocol.ts';
import type { CheckConfig } from '../lib/check-config.ts';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type ExtensionSettings } from '../lib/settings/schema.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { CheckService, CheckRequestSchema } = await import('../lib/check-service.ts');
const { answerChecks } = await import('../lib/check-listener.ts');

const config = (settings: Partial<ExtensionSettings> = {}): CheckConfig => ({ settings: { ...DEFAULT_SETTINGS, ...settings }, activePack: null });

const request = (text: string, extra: Partial<CheckRequest> = {}): CheckRequest => ({
  type: CHECK_MESSAGE,
  composer: 'c1',
  site: 'facebook',
  channel: 'facebook',
  text,
  attachments: [],
  trail: null,
  ...extra,
});

const spans = (text: string, findings: { rule: string; start: number; end: number }[]) => findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

const email = { from: 'clerk@bottisham-pc.gov.uk', to: ['pat@example.org'], cc: [], bcc: [], subject: 'Re: Hedge', replyAll: false, forward: false };

describe('CheckService', () => {
  test('finds the exact words, offers the quick fix, and says which dismissals need a reason', async () => {
    const service = new CheckService(config());
    const text = 'Ring Mrs Smith on 07700 900123 about the hedge.';
    const reply = await service.check('tab:0:c1', request(text));
    expect(reply.paused).toBe(false);
    expect(spans(text, reply.findings)).toEqual(['named-person:Mrs Smith', 'phone-number:07700 900123']);
    const phone = reply.findings.find((f) => f.rule === 'phone-number')!;
    expect(phone.fix).toEqual({ label: 'Replace with [removed]', edits: [{ start: 18, end: 30, text: '[removed]' }] });
    expect(phone.clause.pack).toBe('bottisham');
    expect(reply.dismissReasons).toEqual({ 'named-person': 'I have their written permission', 'phone-number': expect.stringContaining('written permission') });
    expect(reply.trailFindings).toEqual([]);
  });

  test('a paused site gets no findings, and its composer is forgotten', async () => {
    const service = new CheckService(config());
    await service.check('k', request('Call 07700 900123.'));
    expect(service.size).toBe(1);
    service.setConfig(config({ disabledSites: ['facebook'] }));
    expect(await service.check('k', request('Call 07700 900123.'))).toEqual({ paused: true, findings: [], trailFindings: [], dismissReasons: {} });
    expect(service.size).toBe(0);
    // Another site is still checked.
    const other = await service.check('k2', request('Call 07700 900123.', { site: 'x', channel: 'x' }));
    expect(other.findings.map((f) => f.rule)).toEqual(['phone-number']);
  });

  test('new settings apply to the next check: another pack cites its own clause', async () => {
    const service = new CheckService(config());
    const first = await service.check('k', request('Call 07700 900123.'));
    expect(first.findings[0]!.clause.pack).toBe('bottisham');
    service.setConfig(config({ packId: 'croft' }));
    const second = await service.check('k', request('Call 07700 900123.'));
    expect(second.findings[0]!.clause.pack).toBe('croft');
  });

  test('a one-word edit re-analyses one sentence: the checker of each composer is kept', async () => {
    const service = new CheckService(config());
    const sentences = Array.from({ length: 200 }, (_, i) => `The hedge on lane ${i} will be cut in the spring.`);
    const text = sentences.join(' ');
    await service.check('k', request(text));
    const checker = (service as unknown as { composers: Map<string, { checker: { lastFreshSentences: number } }> }).composers.get('k')!.checker;
    expect(checker.lastFreshSentences).toBeGreaterThanOrEqual(200);
    await service.check('k', request(text.replace('lane 7 ', 'lane seven ')));
    expect(checker.lastFreshSentences).toBe(1);
    // Another composer has its own cache.
    await service.check('other', request(text));
    expect(service.size).toBe(2);
  });

  test('a newer check of the same composer aborts the older one', async () => {
    const service = new CheckService(config(), { sliceMs: 0 });
    const long = Array.from({ length: 300 }, (_, i) => `Sentence ${i} is about the play area.`).join(' ');
    const older = service.check('k', request(long));
    const newer = service.check('k', request('Call 07700 900123.'));
    await expect(older).rejects.toThrow(/abort/i);
    expect((await newer).findings.map((f) => f.rule)).toEqual(['phone-number']);
  });

  test('keeps only the most recently checked composers', async () => {
    const service = new CheckService(config(), { maxComposers: 2 });
    for (const key of ['a', 'b', 'c']) await service.check(key, request('Hello.'));
    expect(service.size).toBe(2);
    const keys = [...(service as unknown as { composers: Map<string, unknown> }).composers.keys()];
    expect(keys).toEqual(['b', 'c']);
    service.releaseAll('c');
    expect(service.size).toBe(1);
  });

  test('the trail is checked apart, with offsets in its own text, and only again when it changes', async () => {
    const service = new CheckService(config());
    const trail = { text: 'On Mon, 16 Nov 2026, Pat Resident wrote:\nPlease ring me on 07700 900123.', collapsed: false };
    const base = request('Dear Pat,\nThank you.\nKind regards,\nThe Clerk', { site: 'gmail', channel: 'email', email, trail });
    const first = await service.check('k', base);
    expect(spans(trail.text, first.trailFindings.filter((f) => f.rule === 'phone-number'))).toEqual(['phone-number:07700 900123']);
    expect(first.trailFindings.some((f) => f.rule === 'email-trail')).toBe(true);
    const second = await service.check('k', { ...base, text: `${base.text} ` });
    expect(second.trailFindings).toBe(first.trailFindings);
    const third = await service.check('k', { ...base, trail: null });
    expect(third.trailFindings).toEqual([]);
  });

  test('only the first 50,000 characters are checked', async () => {
    const service = new CheckService(config());
    const text = `${'a'.repeat(50_000)} Call 07700 900123.`;
    const reply = await service.check('k', request(text));
    expect(reply.findings.filter((f) => f.rule === 'phone-number')).toEqual([]);
  });
});

describe('the request schema', () => {
  test('names what is wrong with a malformed request', () => {
    const result = CheckRequestSchema.safeParse({ ...request('x'), site: 'myspace', trail: { text: 1 } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['site', 'trail.text', 'trail.collapsed']));
  });
});

describe('the background listener', () => {
  beforeEach(() => fakeBrowser.reset());
  const me = (tab: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tab }, frameId: 0 });
  const answer = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined)).find((r) => r !== undefined);

  test('answers checks from this extension with the stored settings, read at each check', async () => {
    answerChecks();
    const reply = (await answer(request('Call 07700 900123.'), me(1))) as { findings: { clause: { pack: string } }[] };
    expect(reply.findings.map((f) => f.clause.pack)).toEqual(['bottisham']);
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, packId: 'withyham' } });
    const after = (await answer(request('Call 07700 900123.'), me(1))) as { findings: { clause: { pack: string } }[] };
    expect(after.findings.map((f) => f.clause.pack)).toEqual(['withyham']);
    expect(await answer(request('Call 07700 900123.'), { id: 'another-extension' })).toBeUndefined();
  });

  test('refuses a malformed request, naming the field', async () => {
    answerChecks();
    await expect(answer({ ...request('x'), attachments: 'none' }, me(1))).rejects.toThrow(/not a check request: attachments: /);
  });

  test('forgets a composer when it is released or its tab closes', async () => {
    const checks = answerChecks();
    await answer(request('Hello.', { composer: 'a' }), me(1));
    await answer(request('Hello.', { composer: 'b' }), me(1));
    await answer(request('Hello.', { composer: 'a' }), me(2));
    expect(checks.composers()).toBe(3);
    expect(await answer({ type: 'ppc:release', composer: 'a' }, me(1))).toBe(true);
    expect(checks.composers()).toBe(2);
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 1, isWindowClosing: false });
    expect(checks.composers()).toBe(1);
    expect(await answer({ type: 'ppc:warm' }, me(1))).toBe(true);
  });
});
