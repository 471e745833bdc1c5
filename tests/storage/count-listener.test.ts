import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../lib/engine/finding.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { answerCountRequests, countFindings } = await import('../../lib/storage/count-listener.ts');

beforeEach(() => fakeBrowser.reset());

const finding = (severity: Finding['severity']): Finding => ({ rule: 'phone-number', severity, start: 0, end: 1, message: '', clause: { pack: 'bottisham', ref: '§4', summary: '' } });
const session = (...severities: Finding['severity'][]) => ({ sendSnapshot: () => ({ findings: severities.map(finding) }) });

describe('the popup\'s count of findings', () => {
  test('adds up the open findings of every composer in the tab, by severity', () => {
    const count = countFindings({ site: 'gmail', sessions: () => [session('error', 'warning'), session('error', 'info', 'info')], paused: () => false });
    expect(count).toEqual({ total: 5, error: 2, warning: 1, info: 2, composers: 2, paused: false, site: 'gmail' });
  });

  test('a paused site counts its composers but no findings', () => {
    expect(countFindings({ site: 'x', sessions: () => [session('error')], paused: () => true })).toMatchObject({ total: 0, composers: 1, paused: true });
  });

  test('answers only ppc:count from this extension, until the signal aborts', async () => {
    const controller = new AbortController();
    answerCountRequests({ site: 'facebook', sessions: () => [session('warning')], paused: () => false, signal: controller.signal });
    const me = { id: fakeBrowser.runtime.id };
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ppc:count' }, me, () => undefined)).toEqual([{ total: 1, error: 0, warning: 1, info: 0, composers: 1, paused: false, site: 'facebook' }]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ppc:other' }, me, () => undefined)).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ppc:count' }, { id: 'someone-else' }, () => undefined)).toEqual([undefined]);
    controller.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
