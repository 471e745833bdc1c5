// `npm run size`: the gzip sizes of what each build loads into a composer page, at start-up and
// later (lazily loaded chunks), against the 250 KB start-up budget. BENCHMARKS.md quotes it.
import { kB, readManifest, TARGETS } from './built.ts';
import { lazyFiles, sizeOf, startupFiles, STARTUP_BUDGET_BYTES } from './size.ts';

let over = false;
for (const { browser, dir } of TARGETS) {
  const manifest = readManifest(dir);
  const startup = sizeOf(dir, startupFiles(manifest));
  const lazy = sizeOf(dir, lazyFiles(manifest));
  const total = startup.reduce((s, f) => s + f.gzip, 0);
  over ||= total > STARTUP_BUDGET_BYTES;
  console.log(`\n${browser} (${dir})`);
  console.log('  at start-up, on every composer page:');
  for (const f of startup) console.log(`    ${f.file.padEnd(44)} ${kB(f.bytes).padStart(10)} raw  ${kB(f.gzip).padStart(10)} gzip`);
  console.log(`    ${'total'.padEnd(44)} ${''.padStart(10)}      ${kB(total).padStart(10)} gzip  (budget ${kB(STARTUP_BUDGET_BYTES)})`);
  if (lazy.length) {
    console.log('  loaded on first use of a composer:');
    for (const f of lazy) console.log(`    ${f.file.padEnd(44)} ${kB(f.bytes).padStart(10)} raw  ${kB(f.gzip).padStart(10)} gzip`);
  }
}
if (over) {
  console.error('\nOver budget.');
  process.exitCode = 1;
}
