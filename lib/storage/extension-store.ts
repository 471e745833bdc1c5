// The store of this extension context (background, options page or popup), over the real APIs.
import { browser } from 'wxt/browser';
import { sharedDatabase } from './db.ts';
import { SettingsStore, type StorageApis } from './store.ts';

let shared: SettingsStore | null = null;

export function extensionStore(): SettingsStore {
  shared ??= new SettingsStore(sharedDatabase(), browser as unknown as StorageApis);
  return shared;
}
