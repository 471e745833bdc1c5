// For the content script: the pack to check with when the active one is not built in. The
// options page and the background mirror it into storage.local ACTIVE_PACK_STORAGE_KEY next to
// the settings; this reads it back and validates it again. The ReDoS analysis already ran when
// the pack was imported (pack-safety.ts), and pack phrases compile to escaped literals, so the
// content script does not carry the regex analyser.
import { isBuiltinPackId, parsePack } from '../../rules/packs/index.ts';
import type { Pack } from '../engine/pack.ts';
import type { ExtensionSettings } from '../settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY } from './keys.ts';

export { ACTIVE_PACK_STORAGE_KEY };

/** The mirrored pack, or null when it is absent or not a valid, safe pack. */
export function parseActivePack(raw: unknown): Pack | null {
  if (raw === undefined || raw === null) return null;
  try {
    const pack = parsePack('the active pack', raw);
    return isBuiltinPackId(pack.id) ? null : pack;
  } catch {
    return null;
  }
}

/**
 * What to hand createChecker: the built-in pack's id, or the mirrored pack when the settings
 * name it. Undefined when the settings name a pack this tab does not have (use the default).
 */
export function packForSettings(settings: ExtensionSettings, activePack: Pack | null): Pack | string | undefined {
  if (isBuiltinPackId(settings.packId)) return settings.packId;
  return activePack && activePack.id === settings.packId ? activePack : undefined;
}
