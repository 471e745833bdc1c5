// npm run eval [-- --rule ID] [--corpus DIR] [--strict]
// Prints precision and recall per rule, overall figures and the false-alarm rate on clean drafts.
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS, evaluate, loadCorpus, shortfalls, TARGETS } from './corpus.ts';

const { values } = parseArgs({
  options: { rule: { type: 'string' }, corpus: { type: 'string' }, strict: { type: 'boolean' } },
});

const entries = loadCorpus(values.corpus ?? DEFAULT_CORPUS);
const started = performance.now();
const result = evaluate(entries);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const pct = (n: number) => n.toFixed(2);

const rows = result.scores.filter((s) => !values.rule || s.rule === values.rule);
console.log(`${'rule'.padEnd(30)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall`);
for (const s of rows) {
  const flag = s.precision < TARGETS.precision || s.recall < TARGETS.recall || s.tp + s.fn === 0 ? '  ✗' : '';
  console.log(`${s.rule.padEnd(30)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}${flag}`);
}
const o = result.overall;
console.log(`\noverall: precision ${pct(o.precision)}, recall ${pct(o.recall)} (TP ${o.tp}, FP ${o.fp}, FN ${o.fn})`);
console.log(`clean drafts flagged: ${result.clean.flagged} of ${result.clean.drafts} (${(result.clean.rate * 100).toFixed(1)}%)`);
console.log(`${entries.length} drafts checked in ${seconds} s`);

if (values.rule) {
  const rule = values.rule;
  const show = (label: string, list: typeof result.outcomes) => {
    if (!list.length) return;
    console.log(`\n${label}:`);
    for (const { entry, findings } of list) {
      const own = findings.filter((f) => f.rule === rule).map((f) => `“${entry.draft.text.slice(f.start, f.end)}”`);
      console.log(`- ${entry.id} [${entry.draft.pack}/${entry.draft.channel}/${entry.draft.capacity}/${entry.draft.role}] ${own.join(' ')}`);
      console.log(`    ${entry.draft.text.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  };
  show('missed (expected, not found)', result.outcomes.filter((x) => x.missed.includes(rule as never)));
  show('false alarms (found, not expected)', result.outcomes.filter((x) => x.extra.includes(rule as never)));
}

const short = shortfalls(result);
if (values.strict && !values.rule && short.length) {
  console.log(`\nbelow target:\n  ${short.join('\n  ')}`);
  process.exitCode = 1;
}
