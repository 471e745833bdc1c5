// What the background checks with: the effective settings and, when the active pack is not built
// in, that pack, both mirrored into storage.local by the options page and the background, and
// validated again here. The background reads them at each check, so a change applies at once.
import { browser } from 'wxt/browser';
import type { Pack } from './engine/index.ts';
import { DEFAULT_SETTINGS, ExtensionSettingsSchema, SETTINGS_STORAGE_KEY, type ExtensionSettings } from './settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY, parseActivePack } from './storage/active-pack.ts';

export interface CheckConfig {
  settings: ExtensionSettings;
  /** The active pack when it is not built in (imported, or the council's managed pack). */
  activePack: Pack | null;
}

function parseSettings(raw: unknown): ExtensionSettings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  const parsed = ExtensionSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[Parish Post Check] stored settings are not valid; using the defaults', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

/** The stored items the configuration comes from (raw: compare them to know whether it changed). */
export async function readStoredConfig(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get([SETTINGS_STORAGE_KEY, ACTIVE_PACK_STORAGE_KEY]);
  } catch {
    return {};
  }
}

/** The configuration from stored items: anything missing or invalid falls back to the defaults. */
export function configFrom(stored: Record<string, unknown>): CheckConfig {
  return { settings: parseSettings(stored[SETTINGS_STORAGE_KEY]), activePack: parseActivePack(stored[ACTIVE_PACK_STORAGE_KEY]) };
}
