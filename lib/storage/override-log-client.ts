// For the content script: hands override-log entries to the background, which keeps them in the
// extension's IndexedDB. Only the date, site, rule, pack, kind and reason travel; never the draft.
import { browser } from 'wxt/browser';
import type { OverrideEntry } from '../settings/schema.ts';
import { OVERRIDE_MESSAGE } from './keys.ts';

export interface OverrideMessage {
  type: typeof OVERRIDE_MESSAGE;
  entries: OverrideEntry[];
}

export interface OverrideReply {
  ok: boolean;
  saved: number;
}

/** Sends entries to the background; resolves with how many were saved (0 when it could not be reached). */
export async function appendOverrides(entries: readonly OverrideEntry[]): Promise<number> {
  // Only the entry's own fields are sent, whatever else the caller's objects carry; the background
  // validates them against the schema before storing (the schemas stay out of the page).
  const clean = entries
    .filter((e) => e.reason.trim())
    .map(({ date, site, rule, pack, kind, reason }): OverrideEntry => ({ date, site, rule, pack, kind, reason: reason.trim() }));
  if (!clean.length) return 0;
  const message: OverrideMessage = { type: OVERRIDE_MESSAGE, entries: clean };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as OverrideReply | undefined;
    return reply?.saved ?? 0;
  } catch (error) {
    console.warn('[Parish Post Check] could not write the override log', error);
    return 0;
  }
}

export function appendOverride(entry: OverrideEntry): Promise<number> {
  return appendOverrides([entry]);
}
