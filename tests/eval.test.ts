import { expect, it } from 'vitest';
import { evaluate, loadCorpus, shortfalls } from './eval/corpus.ts';

// `npm run eval` prints these figures; this keeps them at target in CI.
it('meets the precision, recall and false-alarm targets on the labelled corpus', () => {
  const entries = loadCorpus();
  expect(entries.filter((e) => e.kind === 'clean').length).toBeGreaterThanOrEqual(100);
  const result = evaluate(entries);
  for (const score of result.scores) expect(score.tp + score.fn, `${score.rule} positives`).toBeGreaterThanOrEqual(10);
  expect(shortfalls(result)).toEqual([]);
}, 180_000);
