// fake-indexeddb before anything loads Dexie: Dexie reads the IndexedDB globals when it loads.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { overridesToCsv } from '../../lib/storage/csv.ts';
import { MAX_OVERRIDES } from '../../lib/storage/store.ts';
import { fakeBrowser, freshStore } from './helpers.ts';

beforeEach(() => fakeBrowser.reset());

const entry = (over: Record<string, unknown> = {}) => ({ date: '2026-11-20T10:00:00.000Z', site: 'facebook', rule: 'phone-number', pack: 'bottisham', kind: 'send-anyway', reason: 'She asked me to share it', ...over });

describe('the override log', () => {
  test('keeps date, site, rule, pack, kind and reason; an entry carrying anything else (such as the draft) is refused', async () => {
    const { store } = freshStore();
    const saved = await store.appendOverrides([entry(), entry({ text: 'Call Mrs Smith on 07700 900123' }), entry({ reason: '  ' }), entry({ site: 'myspace' })]);
    expect(saved).toBe(1);
    const rows = await store.listOverrides();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['date', 'id', 'kind', 'pack', 'reason', 'rule', 'site']);
    expect(JSON.stringify(rows)).not.toContain('07700');
  });

  test('lists newest first, and filters by site, kind, rule, pack and words in the reason', async () => {
    const { store } = freshStore();
    await store.appendOverrides([
      entry({ date: '2026-11-18T09:00:00.000Z' }),
      entry({ date: '2026-11-19T09:00:00.000Z', site: 'gmail', rule: 'named-person', kind: 'permission', reason: 'I have his written permission' }),
      entry({ date: '2026-11-20T09:00:00.000Z', site: 'gmail', rule: 'reply-all', kind: 'dismiss', reason: 'Everyone needs the minutes', pack: 'croft' }),
    ]);
    expect((await store.listOverrides()).map((r) => r.date.slice(0, 10))).toEqual(['2026-11-20', '2026-11-19', '2026-11-18']);
    expect((await store.listOverrides({ site: 'gmail' })).map((r) => r.rule)).toEqual(['reply-all', 'named-person']);
    expect((await store.listOverrides({ kind: 'permission' })).map((r) => r.rule)).toEqual(['named-person']);
    expect((await store.listOverrides({ rule: 'phone-number' })).length).toBe(1);
    expect((await store.listOverrides({ pack: 'croft' })).length).toBe(1);
    expect((await store.listOverrides({ text: 'WRITTEN' })).map((r) => r.rule)).toEqual(['named-person']);
  });

  test('clears', async () => {
    const { store } = freshStore();
    await store.appendOverrides([entry(), entry()]);
    await store.clearOverrides();
    expect(await store.listOverrides()).toEqual([]);
  });

  test('keeps at most MAX_OVERRIDES entries, dropping the oldest', async () => {
    const { store } = freshStore();
    const many = Array.from({ length: MAX_OVERRIDES + 3 }, (_, i) => entry({ reason: `reason ${i}` }));
    await store.appendOverrides(many);
    const rows = await store.listOverrides();
    expect(rows).toHaveLength(MAX_OVERRIDES);
    expect(rows.some((r) => r.reason === 'reason 0')).toBe(false);
    expect(rows.some((r) => r.reason === `reason ${MAX_OVERRIDES + 2}`)).toBe(true);
  });
});

describe('CSV export', () => {
  test('a header, one line per entry, quoting where needed, and no formulas', () => {
    const csv = overridesToCsv([
      { id: 1, ...entry({ reason: 'She said "yes", in writing' }) } as never,
      { id: 2, ...entry({ reason: '=HYPERLINK("http://x")' }) } as never,
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,site,rule,pack,kind,reason',
      '2026-11-20T10:00:00.000Z,facebook,phone-number,bottisham,send-anyway,"She said ""yes"", in writing"',
      `2026-11-20T10:00:00.000Z,facebook,phone-number,bottisham,send-anyway,"'=HYPERLINK(""http://x"")"`,
      '',
    ]);
  });
});

describe('the background', () => {
  test('saves entries sent by content scripts, and answers no other message', async () => {
    vi.resetModules();
    vi.doMock('wxt/browser', () => ({ browser: fakeBrowser }));
    const { sharedDatabase } = await import('../../lib/storage/db.ts');
    await sharedDatabase().overrides.clear();
    const background = (await import('../../entrypoints/background.ts')).default as unknown as { main(): void };
    background.main();
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.facebook.com/' };
    // The background has several listeners; the message's answer is the one that is not undefined.
    const answer = async (message: unknown, from: object) => (await fakeBrowser.runtime.onMessage.trigger(message, from as never, () => undefined)).find((r) => r !== undefined);
    expect(await answer({ type: 'ppc:override', entries: [entry()] }, sender)).toEqual({ ok: true, saved: 1 });
    expect(await answer({ type: 'ppc:count' }, sender)).toBeUndefined();
    expect(await answer({ type: 'ppc:override', entries: [entry()] }, { id: 'another-extension' })).toBeUndefined();
    expect(await sharedDatabase().overrides.count()).toBe(1);
    vi.doUnmock('wxt/browser');
  });
});
