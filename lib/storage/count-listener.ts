// For the content script: answers the popup's { type: 'ppc:count' } with the open findings of the
// tab's composers. Wire it once in the content script's main():
//   answerCountRequests({ site: adapter.site, sessions: () => sessions, paused: () => settings.disabledSites.includes(adapter.site), signal });
import { browser } from 'wxt/browser';
import type { Finding } from '../engine/finding.ts';
import type { SiteId } from '../settings/schema.ts';
import { COUNT_MESSAGE, type FindingCount } from './keys.ts';

/** What the count needs from a composer session: its open findings (ComposerSession.sendSnapshot). */
export interface CountableSession {
  sendSnapshot(): { findings: readonly Finding[] };
}

export interface CountSource {
  site: SiteId;
  sessions(): Iterable<CountableSession>;
  paused(): boolean;
}

export function countFindings(source: CountSource): FindingCount {
  const count: FindingCount = { total: 0, error: 0, warning: 0, info: 0, composers: 0, paused: source.paused(), site: source.site };
  for (const session of source.sessions()) {
    count.composers++;
    if (count.paused) continue;
    for (const finding of session.sendSnapshot().findings) {
      count.total++;
      count[finding.severity]++;
    }
  }
  return count;
}

function isCountMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === COUNT_MESSAGE;
}

/** Answers COUNT_MESSAGE from the extension's own pages until `signal` aborts; nothing else is answered. */
export function answerCountRequests(source: CountSource & { signal: AbortSignal }): void {
  const listener = (message: unknown, sender: { id?: string }): Promise<FindingCount> | undefined => {
    if (!isCountMessage(message) || sender.id !== browser.runtime.id) return undefined;
    return Promise.resolve(countFindings(source));
  };
  browser.runtime.onMessage.addListener(listener);
  source.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
