// The content script's end of checking: replies are checked, an overtaken check is dropped, and
// a message to a background that has gone (an update or reload) never throws into the page.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_MESSAGE, type CheckRequest } from '../../lib/check-protocol.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { checkInBackground, keepCheckerWarm, releaseComposer } = await import('../../lib/check-client.ts');

const request: CheckRequest = { type: CHECK_MESSAGE, composer: 'c1', site: 'gmail', channel: 'email', text: 'Hello', attachments: [], trail: null };
const reply = { paused: false, findings: [], trailFindings: [], dismissReasons: { 'named-person': 'I have their written permission' } };

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('checkInBackground', () => {
  test('sends the request and hands back the reply', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply as never);
    expect(await checkInBackground(request, new AbortController().signal)).toEqual(reply);
    expect(send).toHaveBeenCalledWith(request);
  });

  test('a reply without findings is an error, not an empty result', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(checkInBackground(request, new AbortController().signal)).rejects.toThrow('the background gave no findings');
  });

  test('a check overtaken while it was out is dropped', async () => {
    const controller = new AbortController();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      controller.abort();
      return reply as never;
    });
    await expect(checkInBackground(request, controller.signal)).rejects.toThrow(/abort/i);
  });
});

describe('messages to a background that has gone', () => {
  test('throwing at once ("Extension context invalidated") or rejecting, neither reaches the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => releaseComposer('c1')).not.toThrow();
    expect(() => keepCheckerWarm()).not.toThrow();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    releaseComposer('c1');
    keepCheckerWarm();
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
