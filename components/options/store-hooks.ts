// The options page's and popup's view of the store: a snapshot that follows every change (from
// this page, another page, the popup, or a new managed policy), and a way to save with feedback.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY } from '../../lib/settings/schema.ts';
import { ACTIVE_PACK_STORAGE_KEY } from '../../lib/storage/keys.ts';
import { StoreValidationError, type SettingsStore, type Snapshot } from '../../lib/storage/store.ts';

export type SaveState = { kind: 'idle' } | { kind: 'saving'; what: string } | { kind: 'saved'; what: string; at: number } | { kind: 'failed'; what: string; problems: string[] };

export interface StoreView {
  store: SettingsStore;
  snapshot: Snapshot | null;
  /** Why the snapshot could not be read, if it could not. */
  loadError: string | null;
  save: SaveState;
  /** Runs a write, shows "Saving…" then "Saved" (or the problems), and takes the new snapshot. Resolves true on success. */
  run(what: string, write: (store: SettingsStore) => Promise<Snapshot | void>): Promise<boolean>;
  reload(): Promise<void>;
}

const SAVED_MS = 4000;

export function useStoreView(store: SettingsStore): StoreView {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await store.snapshot();
      if (mine === generation.current) {
        setSnapshot(next);
        setLoadError(null);
      }
    } catch (error) {
      if (mine === generation.current) setLoadError((error as Error).message || String(error));
    }
  }, [store]);

  useEffect(() => {
    void reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && (SETTINGS_STORAGE_KEY in changes || ACTIVE_PACK_STORAGE_KEY in changes))) void reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [reload]);

  const run = useCallback(
    async (what: string, write: (s: SettingsStore) => Promise<Snapshot | void>) => {
      setSave({ kind: 'saving', what });
      try {
        const result = await write(store);
        generation.current++;
        if (result) setSnapshot(result);
        else await reload();
        const at = Date.now();
        setSave({ kind: 'saved', what, at });
        // "Saved" stays a few seconds; a failure stays until the next change.
        setTimeout(() => setSave((s) => (s.kind === 'saved' && s.at === at ? { kind: 'idle' } : s)), SAVED_MS);
        return true;
      } catch (error) {
        const problems = error instanceof StoreValidationError ? error.problems : [(error as Error).message || String(error)];
        setSave({ kind: 'failed', what, problems });
        return false;
      }
    },
    [store, reload],
  );

  return { store, snapshot, loadError, save, run, reload };
}

/**
 * A control's value shown at once when changed, before the save comes back (React would otherwise
 * put a radio or select back until the new snapshot arrives). Falls back to the stored value if
 * the save fails.
 */
export function useShown<T extends string | boolean>(actual: T): [T, (next: T, save: () => Promise<boolean>) => void] {
  const [shown, setShown] = useState(actual);
  useEffect(() => setShown(actual), [actual]);
  const change = useCallback(
    (next: T, save: () => Promise<boolean>) => {
      setShown(next);
      void save().then((ok) => {
        if (!ok) setShown(actual);
      });
    },
    [actual],
  );
  return [shown, change];
}
