import { describe, it } from 'vitest';
import type { RuleCases } from '../lib/engine/rule-cases.ts';
import { RULES } from '../rules/index.ts';
import { assertInvalid, assertValid } from './helpers/rule-tester.ts';

const caseModules = import.meta.glob<{ default: RuleCases }>('../rules/*/cases.ts', { eager: true });

for (const rule of RULES) {
  const cases = caseModules[`../rules/${rule.meta.id}/cases.ts`]?.default;
  if (!cases) continue; // the convention test reports a missing cases file
  describe(rule.meta.id, () => {
    cases.valid.forEach((item, i) => {
      it(`valid #${i + 1}`, () => assertValid(rule, item));
    });
    cases.invalid.forEach((item, i) => {
      it(`invalid #${i + 1}`, () => assertInvalid(rule, item));
    });
  });
}
