// Settings as the content script reads them: the effective view the options page mirrors into
// storage.local. Until that page exists the defaults apply; any change reaches open tabs at once.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, ExtensionSettingsSchema, SETTINGS_STORAGE_KEY, type ExtensionSettings } from './settings/schema.ts';

export function parseSettings(raw: unknown): ExtensionSettings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  const parsed = ExtensionSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[Parish Post Check] stored settings are not valid; using the defaults', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<ExtensionSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
    return parseSettings(stored[SETTINGS_STORAGE_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with the new settings whenever they change in storage, until `signal` aborts. */
export function watchSettings(onChange: (settings: ExtensionSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes)) return;
    onChange(parseSettings(changes[SETTINGS_STORAGE_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
