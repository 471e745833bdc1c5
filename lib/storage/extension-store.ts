// The store of the background and the options page, over the real APIs, checking packs in full.
// (The popup uses popup-store.ts, which leaves the rules out.)
import { browser } from 'wxt/browser';
import { sharedDatabase } from './db.ts';
import { checkPackData } from './pack-safety.ts';
import { SettingsStore, type StorageApis } from './store.ts';

let shared: SettingsStore | null = null;

export function extensionStore(): SettingsStore {
  shared ??= new SettingsStore(sharedDatabase(), browser as unknown as StorageApis, checkPackData);
  return shared;
}
