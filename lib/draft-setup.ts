// Turns the user's settings and what an adapter read into the engine's checker and draft.
import type { CheckConfig } from './check-config.ts';
import { createChecker, isBuiltinPackId, type Checker, type DraftInput, type DraftSettingsInput, type Pack } from './engine/index.ts';
import { capacityFor, DEFAULT_SETTINGS, type ExtensionSettings, type SiteId } from './settings/schema.ts';
import { packForSettings } from './storage/active-pack.ts';

/** The pack to check with: the chosen one (built in, or the mirrored custom pack), else the default. */
export function packFor(config: CheckConfig): Pack | string {
  const pack = packForSettings(config.settings, config.activePack);
  if (pack !== undefined) return pack;
  console.warn(`[Parish Post Check] pack "${config.settings.packId}" is not available in this tab; using ${DEFAULT_SETTINGS.packId}`);
  return DEFAULT_SETTINGS.packId;
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

export function checkerFor(config: CheckConfig): Checker {
  return createChecker({
    pack: packFor(config),
    settings: draftSettingsFor(config.settings),
    onRuleError: (rule, error) => console.debug(`[Parish Post Check] rule ${rule} failed`, error),
  });
}

/** Today's date where the user is (not UTC), as the engine's `now`. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A draft as the engine takes it; `packId` is the id of the pack the checker holds. */
export function draftFor(
  settings: ExtensionSettings,
  site: SiteId,
  channel: DraftInput['channel'],
  parts: Pick<DraftInput, 'text' | 'email' | 'attachments'>,
  packId: string = isBuiltinPackId(settings.packId) ? settings.packId : DEFAULT_SETTINGS.packId,
): DraftInput {
  return {
    pack: packId,
    channel,
    capacity: capacityFor(settings, site),
    role: settings.role,
    now: localToday(),
    ...parts,
  };
}
