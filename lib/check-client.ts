// The content script's end of checking: sends a composer's text to the background's checker and
// hands back its findings. A reply for a check that was overtaken is dropped.
import { browser } from 'wxt/browser';
import { RELEASE_MESSAGE, WARM_MESSAGE, type CheckReply, type CheckRequest, type CheckTransport, type ReleaseMessage, type WarmMessage } from './check-protocol.ts';

function isReply(value: unknown): value is CheckReply {
  const reply = value as Partial<CheckReply> | null;
  return typeof reply === 'object' && reply !== null && typeof reply.paused === 'boolean' && Array.isArray(reply.findings) && Array.isArray(reply.trailFindings);
}

export const checkInBackground: CheckTransport = async (request: CheckRequest, signal: AbortSignal) => {
  const reply: unknown = await browser.runtime.sendMessage(request);
  signal.throwIfAborted();
  if (!isReply(reply)) throw new Error('the background gave no findings');
  return { ...reply, dismissReasons: reply.dismissReasons ?? {} };
};

/** Sends and forgets. Never throws: after an update or reload the extension's context is gone, and
 * sending then throws at once ("Extension context invalidated") rather than rejecting. */
function post(message: ReleaseMessage | WarmMessage): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    // The extension is gone; so is what the message was about.
  }
}

/** Tells the background a composer has gone. */
export function releaseComposer(composer: string): void {
  post({ type: RELEASE_MESSAGE, composer });
}

/** Keeps the background's checker loaded while the user is writing (it is unloaded when idle). */
export function keepCheckerWarm(): void {
  post({ type: WARM_MESSAGE });
}
