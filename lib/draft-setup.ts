// Turns the user's settings and what an adapter read into the engine's checker and draft.
import { BUILTIN_PACK_IDS, createChecker, isBuiltinPackId, type Checker, type DraftInput, type DraftSettingsInput } from './engine/index.ts';
import { capacityFor, DEFAULT_SETTINGS, type ExtensionSettings, type SiteId } from './settings/schema.ts';

/** The pack to use: the chosen one when it is built in, else the default (custom packs come later). */
export function packIdFor(settings: ExtensionSettings): string {
  if (isBuiltinPackId(settings.packId)) return settings.packId;
  console.warn(`[Parish Post Check] unknown pack "${settings.packId}"; using ${DEFAULT_SETTINGS.packId}`);
  return isBuiltinPackId(DEFAULT_SETTINGS.packId) ? DEFAULT_SETTINGS.packId : BUILTIN_PACK_IDS[0]!;
}

export function draftSettingsFor(settings: ExtensionSettings): DraftSettingsInput {
  return {
    pollingDay: settings.pollingDay,
    sensitiveMatters: settings.sensitiveMatters,
    permittedNames: settings.permittedNames,
    localStreets: settings.localStreets,
    council: settings.council,
    rules: settings.rules,
  };
}

export function checkerFor(settings: ExtensionSettings): Checker {
  return createChecker({
    pack: packIdFor(settings),
    settings: draftSettingsFor(settings),
    onRuleError: (rule, error) => console.debug(`[Parish Post Check] rule ${rule} failed`, error),
  });
}

/** Today's date where the user is (not UTC), as the engine's `now`. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function draftFor(
  settings: ExtensionSettings,
  site: SiteId,
  channel: DraftInput['channel'],
  parts: Pick<DraftInput, 'text' | 'email' | 'attachments'>,
): DraftInput {
  return {
    pack: packIdFor(settings),
    channel,
    capacity: capacityFor(settings, site),
    role: settings.role,
    now: localToday(),
    ...parts,
  };
}
