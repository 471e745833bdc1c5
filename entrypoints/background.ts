import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerChecks } from '../lib/check-listener.ts';
import { extensionStore } from '../lib/storage/extension-store.ts';
import { OVERRIDE_MESSAGE } from '../lib/storage/keys.ts';
import type { OverrideMessage, OverrideReply } from '../lib/storage/override-log-client.ts';

// The background makes no requests; drafts never leave the browser. It does four things: checks
// the composers' drafts for the content scripts (in memory, so the language analysis never runs
// in the page), keeps the override log (entries arrive from content scripts), moves in what older
// versions kept in storage.local, and applies the council's managed settings when they change.
export default defineBackground(() => {
  const store = extensionStore();
  answerChecks();

  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<OverrideReply> | undefined => {
    if (!isOverrideMessage(message) || sender.id !== browser.runtime.id) return undefined;
    return store.appendOverrides(message.entries).then(
      (saved) => ({ ok: true, saved }),
      (error: unknown) => {
        console.warn('[Parish Post Check] could not save to the override log', error);
        return { ok: false, saved: 0 };
      },
    );
  });

  const setUp = async () => {
    try {
      await store.migrateFromStorageLocal();
      await store.mirrorIfNeeded();
    } catch (error) {
      console.warn('[Parish Post Check] could not prepare the settings', error);
    }
  };
  browser.runtime.onInstalled.addListener(() => void setUp());
  browser.runtime.onStartup.addListener(() => void setUp());

  // Managed settings changed (a new policy arrived): the content scripts see them at once.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void store.mirrorIfNeeded().catch((error: unknown) => console.warn('[Parish Post Check] could not apply managed settings', error));
  });
});

function isOverrideMessage(message: unknown): message is OverrideMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === OVERRIDE_MESSAGE && Array.isArray((message as { entries?: unknown }).entries);
}
