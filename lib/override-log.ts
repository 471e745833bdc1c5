// The override log: who sent anyway or had permission, for which rule, and why. Never the text.
// Kept in storage.local until the options page's store exists.
import { browser } from 'wxt/browser';
import { OverrideEntrySchema, type OverrideEntry } from './settings/schema.ts';

export const OVERRIDE_LOG_KEY = 'ppc:override-log';
/** Oldest entries go first beyond this, so storage.local stays small. */
const MAX_ENTRIES = 2000;

// Appends are chained so two quick overrides in one tab do not overwrite each other.
let queue: Promise<void> = Promise.resolve();

export function appendOverrides(entries: readonly OverrideEntry[]): Promise<void> {
  const valid = entries.filter((entry) => OverrideEntrySchema.safeParse(entry).success);
  if (!valid.length) return queue;
  queue = queue
    .then(async () => {
      const stored = await browser.storage.local.get(OVERRIDE_LOG_KEY);
      const log = Array.isArray(stored[OVERRIDE_LOG_KEY]) ? (stored[OVERRIDE_LOG_KEY] as OverrideEntry[]) : [];
      await browser.storage.local.set({ [OVERRIDE_LOG_KEY]: [...log, ...valid].slice(-MAX_ENTRIES) });
    })
    .catch((error) => console.warn('[Parish Post Check] could not write the override log', error));
  return queue;
}
