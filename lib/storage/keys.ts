// storage.local keys and runtime message types shared with the content script. Plain constants:
// the content script imports them without the schemas.

/** The `storage.local` key holding the effective settings (mirrored by the options page and the background). */
export const SETTINGS_STORAGE_KEY = 'ppc:settings';

/** The active pack, when it is not built in (imported, or the council's managed pack). Absent otherwise. */
export const ACTIVE_PACK_STORAGE_KEY = 'ppc:active-pack';

/** Where the content script kept the override log before this store existed (moved in on install and update). */
export const LEGACY_OVERRIDE_LOG_KEY = 'ppc:override-log';

/** Content script → background: `{ type: 'ppc:override', entries: OverrideEntry[] }`, answered `{ ok, saved }`. */
export const OVERRIDE_MESSAGE = 'ppc:override';

/** Popup → content script (tabs.sendMessage): `{ type: 'ppc:count' }`, answered with a `FindingCount`. */
export const COUNT_MESSAGE = 'ppc:count';

/** What the content script answers to COUNT_MESSAGE. */
export interface FindingCount {
  /** Open findings across the tab's composers (not dismissed). */
  total: number;
  error: number;
  warning: number;
  info: number;
  /** Composers being watched in the tab. */
  composers: number;
  /** Checking is switched off for this site. */
  paused: boolean;
  /** The site the content script is on (lets the popup know it even without the tab's address). */
  site?: 'facebook' | 'x' | 'gmail' | 'outlook';
}
