// What the content script itself needs to know of the settings: whether checking is paused on
// its site, and that something changed (the background checks with the new settings). Read raw:
// the schemas stay out of the page; the background validates.
import { browser } from 'wxt/browser';
import type { SiteId } from './settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY, SETTINGS_STORAGE_KEY } from './storage/keys.ts';

function pausedIn(raw: unknown, site: SiteId): boolean {
  const sites = (raw as { disabledSites?: unknown } | null)?.disabledSites;
  return Array.isArray(sites) && sites.includes(site);
}

export async function loadPaused(site: SiteId): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
    return pausedIn(stored[SETTINGS_STORAGE_KEY], site);
  } catch {
    return false;
  }
}

/** Calls `onChange` whenever the settings or the active pack change, until `signal` aborts. */
export function watchSettings(site: SiteId, onChange: (paused: boolean) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes || ACTIVE_PACK_STORAGE_KEY in changes)) return;
    const paused = SETTINGS_STORAGE_KEY in changes ? Promise.resolve(pausedIn(changes[SETTINGS_STORAGE_KEY]!.newValue, site)) : loadPaused(site);
    void paused.then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
