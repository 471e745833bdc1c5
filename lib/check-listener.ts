// The background's message handling for checks: validates each request, keeps the checker's
// configuration in step with storage, and forgets composers when they or their tab close.
import { browser } from 'wxt/browser';
import { configFrom, readStoredConfig } from './check-config.ts';
import { CHECK_MESSAGE, RELEASE_MESSAGE, WARM_MESSAGE, type CheckReply } from './check-protocol.ts';
import { CheckRequestSchema, CheckService } from './check-service.ts';
import { describeZodError } from './engine/index.ts';
import { ACTIVE_PACK_STORAGE_KEY, SETTINGS_STORAGE_KEY } from './storage/keys.ts';

type Sender = { id?: string; tab?: { id?: number }; frameId?: number };

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

/** Starts answering; returns how many composers the checker holds (for tests). */
export function answerChecks(): { composers(): number } {
  let service: CheckService | null = null;
  let storedKey = '';
  // Storage is read at every check (a change event could arrive after the check it should
  // affect); the settings and pack are parsed again only when the stored items changed.
  const currentService = async (): Promise<CheckService> => {
    const stored = await readStoredConfig();
    const key = JSON.stringify([stored[SETTINGS_STORAGE_KEY] ?? null, stored[ACTIVE_PACK_STORAGE_KEY] ?? null]);
    if (!service) service = new CheckService(configFrom(stored));
    else if (key !== storedKey) service.setConfig(configFrom(stored));
    storedKey = key;
    return service;
  };

  const tabPrefix = (sender: Sender) => `${sender.tab?.id ?? 'none'}:`;
  const keyOf = (sender: Sender, composer: string) => `${tabPrefix(sender)}${sender.frameId ?? 0}:${composer}`;

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender): Promise<CheckReply | boolean> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = typeOf(message);
    if (type === WARM_MESSAGE) return currentService().then(() => true);
    if (type === RELEASE_MESSAGE) {
      const composer = (message as { composer?: unknown }).composer;
      if (typeof composer === 'string') service?.release(keyOf(sender, composer));
      return Promise.resolve(true);
    }
    if (type !== CHECK_MESSAGE) return undefined;
    const parsed = CheckRequestSchema.safeParse(message);
    if (!parsed.success) return Promise.reject(new Error(`not a check request: ${describeZodError(parsed.error).join('; ')}`));
    const request = parsed.data as Parameters<CheckService['check']>[1];
    return currentService().then((s) => s.check(keyOf(sender, request.composer), request));
  });

  browser.tabs.onRemoved.addListener((tabId) => service?.releaseAll(`${tabId}:`));
  return { composers: () => service?.size ?? 0 };
}
