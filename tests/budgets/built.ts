// Reading the built extension for the budget tests (tests/budgets/*.test.ts) and `npm run size`.
// They check what ships, so they read the build output: `npm run test:budgets` builds first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** WXT's output directory; PPC_OUT_DIR moves it (see wxt.config.ts). */
export const OUT_DIR = resolve(REPO_ROOT, process.env.PPC_OUT_DIR || '.output');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The builds `npm run build` makes: Chrome (which Edge uses) and Firefox. */
export const TARGETS = [
  { browser: 'chrome', dir: join(OUT_DIR, 'chrome-mv3') },
  { browser: 'firefox', dir: join(OUT_DIR, 'firefox-mv2') },
] as const;

export interface ContentScriptEntry {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
}

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScriptEntry[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[]; extension_ids?: string[]; use_dynamic_url?: boolean })[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  [key: string]: unknown;
}

export function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built extension at ${dir}: run \`npm run build\` first (\`npm run test:budgets\` does).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Every file in a build, as paths relative to its root, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Size of a file gzipped at level 9, in bytes. */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
