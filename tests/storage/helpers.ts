// A store over fake-indexeddb and WXT's fake browser: a fresh, uniquely named database per test.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PpcDatabase } from '../../lib/storage/db.ts';
import { checkPackData } from '../../lib/storage/pack-safety.ts';
import { SettingsStore, type StorageApis } from '../../lib/storage/store.ts';

let counter = 0;

/** As the background and options page have it: packs checked in full. */
export function freshStore(): { store: SettingsStore; db: PpcDatabase; name: string } {
  const name = `ppc-test-${process.pid}-${++counter}`;
  const db = new PpcDatabase(name);
  return { store: new SettingsStore(db, fakeBrowser as unknown as StorageApis, checkPackData), db, name };
}

export async function localItems(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

/** Everything the database holds, table by table, for "nothing changed" comparisons. */
export async function dump(db: PpcDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

export { fakeBrowser };
