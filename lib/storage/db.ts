// The extension's one store: IndexedDB (through Dexie) in the extension's own origin, shared by
// the background, the options page and the popup. Content scripts never open it: they read the
// effective settings mirrored into storage.local, and send override-log entries to the background.
import { Dexie, type Table } from 'dexie';
import type { CouncilRecord, CustomPackRecord, MetaRecord, SettingsRecord, StoredOverride } from './records.ts';

export const DB_NAME = 'parish-post-check';

/**
 * Every layout the database has had, oldest first. A new version is added here (never edited in
 * place) with its `upgrade`, and a fixture of a database at the previous version goes into
 * tests/storage/fixtures, so an older stored database is proven to load.
 *
 * Version 0 was not IndexedDB at all: before this store existed the content script kept the
 * settings in storage.local "ppc:settings" and the override log in "ppc:override-log". Moving
 * those in is `migrateFromStorageLocal` in store.ts.
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      councils: 'packId',
      customPacks: 'id',
      overrides: '++id, date, site, rule, kind',
      meta: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class PpcDatabase extends Dexie {
  settings!: Table<SettingsRecord, string>;
  councils!: Table<CouncilRecord, string>;
  customPacks!: Table<CustomPackRecord, string>;
  overrides!: Table<StoredOverride, number>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const spec of SCHEMA_VERSIONS) {
      const version = this.version(spec.version).stores(spec.stores);
      if (spec.upgrade) version.upgrade(spec.upgrade);
    }
  }
}

let shared: PpcDatabase | null = null;

/** The database of this extension context, opened on first use. */
export function sharedDatabase(): PpcDatabase {
  shared ??= new PpcDatabase();
  return shared;
}
