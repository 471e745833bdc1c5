import { expect } from 'vitest';
import { createChecker } from '../../lib/engine/checker.ts';
import type { Finding } from '../../lib/engine/finding.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import type { CaseDraft, ExpectedFinding, InvalidCase } from '../../lib/engine/rule-cases.ts';
import type { RuleModule } from '../../lib/engine/rule.ts';
import { BUILTIN_PACKS, isBuiltinPackId } from '../../rules/packs/index.ts';
import { ALL_RULES_PACK } from './all-rules-pack.ts';

export { ALL_RULES_PACK };

export const CASE_DEFAULTS = {
  channel: 'facebook',
  capacity: 'personal',
  role: 'councillor',
  now: '2027-04-20',
} as const;

function packFor(draft: CaseDraft): Pack {
  if (!draft.pack || draft.pack === ALL_RULES_PACK.id) return ALL_RULES_PACK;
  if (!isBuiltinPackId(draft.pack)) throw new Error(`unknown pack in case: ${draft.pack}`);
  return BUILTIN_PACKS[draft.pack];
}

/** Runs one rule alone over a case draft and returns its findings; a rule crash fails the test. */
export function runRule(rule: RuleModule, draft: CaseDraft): Finding[] {
  const pack = packFor(draft);
  const checker = createChecker({
    pack,
    rules: [rule],
    onRuleError: (id, error) => {
      throw new Error(`rule ${id} threw: ${error instanceof Error ? error.stack : String(error)}`);
    },
  });
  const { name: _name, ...input } = draft;
  return checker.check({ ...CASE_DEFAULTS, ...input, pack: pack.id });
}

export function expectedSpan(text: string, expected: ExpectedFinding): [number, number] {
  if (expected.start !== undefined && expected.end !== undefined) {
    if (expected.span !== undefined) expect(text.slice(expected.start, expected.end)).toBe(expected.span);
    return [expected.start, expected.end];
  }
  if (expected.span === undefined) throw new Error('an expected finding needs span or start/end');
  let at = -1;
  for (let n = 0; n < (expected.occurrence ?? 1); n++) {
    at = text.indexOf(expected.span, at + 1);
    if (at === -1) throw new Error(`span "${expected.span}" not found in case text`);
  }
  return [at, at + expected.span.length];
}

function label(draft: CaseDraft): string {
  return draft.name ?? draft.text.slice(0, 60).replace(/\n/g, '⏎');
}

export function describeFindings(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `[${f.start},${f.end}) "${text.slice(f.start, f.end)}"`);
}

export function assertValid(rule: RuleModule, item: string | CaseDraft): void {
  const draft = typeof item === 'string' ? { text: item } : item;
  const findings = runRule(rule, draft);
  expect(describeFindings(draft.text, findings), `${rule.meta.id} should not flag: ${label(draft)}`).toEqual([]);
}

export function assertInvalid(rule: RuleModule, item: InvalidCase): void {
  const findings = runRule(rule, item);
  const want = item.errors
    .map((e) => expectedSpan(item.text, e))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([s, e]) => `[${s},${e}) "${item.text.slice(s, e)}"`);
  expect(describeFindings(item.text, findings), `${rule.meta.id} findings for: ${label(item)}`).toEqual(want);
  item.errors.forEach((e) => {
    if (!e.message) return;
    const [s, end] = expectedSpan(item.text, e);
    const finding = findings.find((f) => f.start === s && f.end === end);
    expect(finding?.message).toContain(e.message);
  });
  for (const f of findings) {
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/\{\{/);
  }
}

