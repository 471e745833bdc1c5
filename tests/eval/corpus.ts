import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CheckerPool, DraftDefaultsSchema, toDraft } from '../../lib/cli/drafts.ts';
import { RULE_IDS, type Finding, type RuleId, BUILTIN_PACKS, isBuiltinPackId, type Draft } from '../../lib/engine/index.ts';

export interface CorpusEntry {
  id: string;
  file: string;
  line: number;
  kind: 'positive' | 'clean';
  expect: RuleId[];
  draft: Draft;
}

export const DEFAULT_CORPUS = join(import.meta.dirname, '..', 'corpus');

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads a corpus: positive/*.jsonl and clean/*.jsonl, each line a Draft plus `id` and `expect`. */
export function loadCorpus(root = DEFAULT_CORPUS): CorpusEntry[] {
  const defaults = DraftDefaultsSchema.parse({});
  const entries: CorpusEntry[] = [];
  for (const kind of ['positive', 'clean'] as const) {
    for (const file of jsonlFiles(join(root, kind))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          const where = `${file}:${i + 1}`;
          const value = JSON.parse(line) as { id?: string; expect?: string[] };
          const expect = value.expect ?? [];
          for (const id of expect) {
            if (!(RULE_IDS as readonly string[]).includes(id)) throw new Error(`${where}: unknown rule "${id}" in expect`);
          }
          entries.push({ id: value.id ?? where, file, line: i + 1, kind, expect: expect as RuleId[], draft: toDraft(value, defaults, where) });
        });
    }
  }
  return entries;
}

export interface RuleScore {
  rule: RuleId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalResult {
  scores: RuleScore[];
  overall: { tp: number; fp: number; fn: number; precision: number; recall: number };
  clean: { drafts: number; flagged: number; rate: number };
  outcomes: { entry: CorpusEntry; findings: Finding[]; missed: RuleId[]; extra: RuleId[] }[];
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

function enabled(draft: Draft, rule: RuleId): boolean {
  return isBuiltinPackId(draft.pack) && BUILTIN_PACKS[draft.pack].rules[rule] !== undefined;
}

/** Scores the engine on a corpus: a rule counts once per draft, fired or not. */
export function evaluate(entries: CorpusEntry[]): EvalResult {
  const pool = new CheckerPool();
  const counts = new Map<RuleId, { tp: number; fp: number; fn: number }>(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const outcomes: EvalResult['outcomes'] = [];
  let cleanFlagged = 0;
  let cleanDrafts = 0;
  for (const entry of entries) {
    const findings = pool.check(entry.draft, entry.id);
    const fired = new Set(findings.map((f) => f.rule));
    const expected = new Set(entry.expect.filter((r) => enabled(entry.draft, r)));
    const missed = [...expected].filter((r) => !fired.has(r));
    const extra = [...fired].filter((r) => !expected.has(r));
    for (const r of expected) counts.get(r)![fired.has(r) ? 'tp' : 'fn']++;
    for (const r of extra) counts.get(r)!.fp++;
    if (entry.kind === 'clean') {
      cleanDrafts++;
      if (findings.length > 0) cleanFlagged++;
    }
    outcomes.push({ entry, findings, missed, extra });
  }
  const scores = RULE_IDS.map((rule) => {
    const c = counts.get(rule)!;
    return { rule, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => scores.reduce((n, s) => n + s[k], 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  return {
    scores,
    overall: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    clean: { drafts: cleanDrafts, flagged: cleanFlagged, rate: cleanDrafts ? cleanFlagged / cleanDrafts : 0 },
    outcomes,
  };
}

export const TARGETS = { precision: 0.9, recall: 0.9, cleanFalseAlarmRate: 0.05 } as const;

/** What falls short of the targets, as readable lines; empty when all is well. */
export function shortfalls(result: EvalResult): string[] {
  const out: string[] = [];
  for (const s of result.scores) {
    if (s.tp + s.fn === 0) out.push(`${s.rule}: no positive drafts in the corpus`);
    if (s.precision < TARGETS.precision) out.push(`${s.rule}: precision ${s.precision.toFixed(2)} < ${TARGETS.precision}`);
    if (s.recall < TARGETS.recall) out.push(`${s.rule}: recall ${s.recall.toFixed(2)} < ${TARGETS.recall}`);
  }
  if (result.clean.rate > TARGETS.cleanFalseAlarmRate) {
    out.push(`clean drafts: ${(result.clean.rate * 100).toFixed(1)}% flagged > ${TARGETS.cleanFalseAlarmRate * 100}%`);
  }
  return out;
}
