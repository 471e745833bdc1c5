// The content-script size budget: what a composer page loads at start-up, gzipped.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, type Manifest } from './built.ts';

/** At most this much gzip for everything the composer pages load at start-up. */
export const STARTUP_BUDGET_BYTES = 250 * 1024;

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

/** The files the manifest injects into every composer page at load: content-script JS and CSS. */
export function startupFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files.add(f.replace(/^\//, ''));
  return [...files];
}

/** Content-script chunks the start-up script may load later (web-accessible, on first use). */
export function lazyFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  for (const war of manifest.web_accessible_resources ?? []) {
    for (const r of typeof war === 'string' ? [war] : war.resources) if (/^\/?content-scripts\/.+\.js$/.test(r)) files.add(r.replace(/^\//, ''));
  }
  return [...files];
}

export function sizeOf(dir: string, files: string[]): SizedFile[] {
  return files.map((file) => {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${file} is in the manifest but not in ${dir}`);
    return { file, bytes: statSync(path).size, gzip: gzipSize(path) };
  });
}

/** Why the start-up files are over budget, or undefined when they fit. */
export function sizeProblem(files: SizedFile[], budget = STARTUP_BUDGET_BYTES): string | undefined {
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  if (total <= budget) return undefined;
  const list = files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');
  return `start-up content scripts are ${(total / 1024).toFixed(1)} KB gzip, over the ${(budget / 1024).toFixed(0)} KB budget (${list})`;
}
