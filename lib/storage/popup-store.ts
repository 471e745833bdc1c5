// The popup's store: the same database and mirror, but it only reads packs (it never imports
// one), so it checks them against the schema alone and leaves the rules' code out of its bundle.
import { browser } from 'wxt/browser';
import { sharedDatabase } from './db.ts';
import { SettingsStore, type StorageApis } from './store.ts';

let shared: SettingsStore | null = null;

export function popupStore(): SettingsStore {
  shared ??= new SettingsStore(sharedDatabase(), browser as unknown as StorageApis);
  return shared;
}
