// npm run bench [-- --write]: times the engine and prints the table BENCHMARKS.md records.
// Absolute times vary between machines, so each figure is also given as a ratio against
// compromise parsing the same 5,000 words, measured in the same run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { createChecker, type DraftInput } from '../../lib/engine/index.ts';
import { benchDraft, editOneWord } from './drafts.ts';

const WRITE = process.argv.includes('--write');
const base = { pack: 'bottisham', channel: 'facebook', capacity: 'personal', role: 'councillor', now: '2027-04-20' } as const;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

function time(runs: number, fn: (i: number) => void): number[] {
  fn(-1); // warm-up: JIT and compromise's lexicon
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const drafts = { 300: benchDraft(300), 1000: benchDraft(1000), 5000: benchDraft(5000) };
const big = drafts[5000];

const baseline = stats(time(15, () => nlp(big).json()));
const full = Object.fromEntries(
  Object.entries(drafts).map(([n, text]) => [n, stats(time(Number(n) >= 5000 ? 15 : 30, () => createChecker({ pack: 'bottisham' }).check({ ...base, text })))]),
);
const warm = createChecker({ pack: 'bottisham' });
warm.check({ ...base, text: big });
const edit = stats(time(60, (i) => warm.check({ ...base, text: editOneWord(big, i + 2) } satisfies DraftInput)));

// Heap the checker adds: after a full check of 5,000 words, with its sentence cache held.
const gc = (globalThis as { gc?: () => void }).gc;
let heap = 'n/a (run with node --expose-gc)';
if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = createChecker({ pack: 'bottisham' });
  held.check({ ...base, text: big });
  gc();
  heap = `${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1)} MB`;
  void held;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (n: number) => `${(n / baseline.median).toFixed(3)}×`;
const rows = [
  ['compromise parsing 5,000 words (baseline)', baseline],
  ...Object.entries(full).map(([n, s]) => [`full check, ${n} words (${words(drafts[Number(n) as 300])} actual)`, s] as const),
  ['one-word edit re-check, 5,000 words', edit],
] as const;

const table = [
  '| measurement | median | p95 | median ÷ baseline | runs |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(([label, s]) => `| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${ratio(s.median)} | ${s.runs} |`),
].join('\n');
const editShare = (edit.median / full[5000]!.median) * 100;
const summary = `One-word re-check of the 5,000-word draft: ${editShare.toFixed(2)}% of a full check (median). Heap added by a checker holding the 5,000-word draft: ${heap}.`;

console.log(table);
console.log(`\n${summary}`);
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

if (WRITE) {
  const path = join(import.meta.dirname, '..', '..', 'BENCHMARKS.md');
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const block = `${start}\n${table}\n\n${summary}\n\nMeasured with node ${process.version} on ${new Date().toISOString().slice(0, 10)}.\n${end}`;
  writeFileSync(path, doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block));
  console.log(`updated ${path}`);
}
