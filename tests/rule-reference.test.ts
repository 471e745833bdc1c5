import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REFERENCE_PATH, renderRuleReference } from '../lib/cli/rule-reference.ts';

it('rules/README.md is up to date with the rule files (run `npm run docs`)', async () => {
  expect(readFileSync(REFERENCE_PATH, 'utf8')).toBe(await renderRuleReference());
});
