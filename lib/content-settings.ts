// What the content script checks with: the effective settings and, when the active pack is not
// built in, that pack, both mirrored into storage.local by the options page and the background.
// Any change reaches open tabs at once.
import { browser } from 'wxt/browser';
import type { Pack } from './engine/index.ts';
import { DEFAULT_SETTINGS, ExtensionSettingsSchema, SETTINGS_STORAGE_KEY, type ExtensionSettings } from './settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY, parseActivePack } from './storage/active-pack.ts';

export interface ContentConfig {
  settings: ExtensionSettings;
  /** The active pack when it is not built in (imported, or the council's managed pack). */
  activePack: Pack | null;
}

export function parseSettings(raw: unknown): ExtensionSettings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  const parsed = ExtensionSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[Parish Post Check] stored settings are not valid; using the defaults', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

export async function loadConfig(): Promise<ContentConfig> {
  try {
    const stored = await browser.storage.local.get([SETTINGS_STORAGE_KEY, ACTIVE_PACK_STORAGE_KEY]);
    return { settings: parseSettings(stored[SETTINGS_STORAGE_KEY]), activePack: parseActivePack(stored[ACTIVE_PACK_STORAGE_KEY]) };
  } catch {
    return { settings: DEFAULT_SETTINGS, activePack: null };
  }
}

/** Calls `onChange` with the new configuration whenever either part changes, until `signal` aborts. */
export function watchConfig(current: () => ContentConfig, onChange: (config: ContentConfig) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const settings = SETTINGS_STORAGE_KEY in changes ? parseSettings(changes[SETTINGS_STORAGE_KEY]!.newValue) : current().settings;
    const activePack = ACTIVE_PACK_STORAGE_KEY in changes ? parseActivePack(changes[ACTIVE_PACK_STORAGE_KEY]!.newValue) : current().activePack;
    if (SETTINGS_STORAGE_KEY in changes || ACTIVE_PACK_STORAGE_KEY in changes) onChange({ settings, activePack });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
