// Text that arrives from outside (an imported pack, imported settings, the council's managed
// policy, or typed into the options page) never becomes regular-expression syntax. Pack phrases,
// sensitive matters, permitted names, local streets and official domains are all escaped before
// they are compiled, so a pattern built from them is linear (the same ReDoS analysis as the
// rules' code, lib/regex-safety.ts) and matches the text literally. The pack format itself has no
// regex-bearing field; an imported pack whose compiled phrases were unsafe would be rejected by
// checkPackData (lib/storage/pack-safety.ts, tested in tests/storage/import.test.ts).
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, createChecker, type DraftInput } from '../lib/engine/index.ts';
import { phraseRegExp } from '../lib/engine/phrases.ts';
import { regexRisk } from '../lib/regex-safety.ts';
import { checkPackFile } from '../lib/storage/import-file.ts';
import { findMatters } from '../rules/shared/confidential-matters.ts';
import { alternationSource } from '../rules/shared/privacy-common.ts';

/** Strings a hostile or careless file could hold: regex syntax, and classic ReDoS shapes. */
const HOSTILE = ['(a+)+$', '(.*a){25}', 'x|y', '[', 'a\\', '^$', '(?<n>z)', '\\d+\\d+\\d+!', '.*.*.*=', 'a{1,99999}', ')', '*+?'];

/** An input built to make a backtracking pattern work hard. */
const ATTACK = `${'a'.repeat(5_000)}!${' x'.repeat(2_000)}${'-'.repeat(2_000)}`;

const timed = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
};

describe('phrases from a pack (signature statements)', () => {
  const re = phraseRegExp(HOSTILE);

  it('compile to a linear pattern', () => {
    expect(regexRisk(re.source, re.flags)).toBeUndefined();
  });

  it('match themselves literally, and nothing their syntax would have meant', () => {
    const found = (text: string) => [...text.matchAll(phraseRegExp(HOSTILE))].map((m) => m[0]);
    expect(found('see x|y here')).toEqual(['x|y']);
    expect(found('see x here, or y')).toEqual([]);
    expect(found('as in a{1,99999} and (.*a){25}')).toEqual(['a{1,99999}', '(.*a){25}']);
    expect(found('aaaa')).toEqual([]);
  });

  it('run in linear time on an attack string', () => {
    const [, ms] = timed(() => [...ATTACK.matchAll(phraseRegExp(HOSTILE))]);
    expect(ms).toBeLessThan(1_000);
  });

  it('are accepted on import, because they are escaped, not rejected', () => {
    const pack = structuredClone(BUILTIN_PACKS.bottisham);
    pack.id = 'hostile-phrases';
    pack.signature = { required: true, statements: [{ label: 'Odd phrases', phrases: HOSTILE }] };
    const result = checkPackFile(JSON.stringify(pack));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe("the council's own lists (settings, import, managed policy)", () => {
  it('local streets compile to a linear alternation of literals', () => {
    const re = new RegExp(`(?:${alternationSource(HOSTILE)})`, 'giu');
    expect(regexRisk(re.source, re.flags)).toBeUndefined();
    expect('the x|y road'.match(re)).toEqual(['x|y']);
  });

  it('sensitive matters match literally and quickly', () => {
    expect(findMatters(HOSTILE, 'We discussed x|y at the meeting.').map((m) => m.matter)).toEqual(['x|y']);
    // "x|y" is the words x and y (matters also match by their words close together), never "x or y".
    expect(findMatters(HOSTILE, 'We discussed x at the meeting, not the other one.')).toEqual([]);
    const [, ms] = timed(() => findMatters(HOSTILE, ATTACK));
    expect(ms).toBeLessThan(1_000);
  });

  it('every list at once, through the whole engine, on an attack string: no error, and quick', () => {
    const settings = {
      sensitiveMatters: HOSTILE,
      permittedNames: HOSTILE,
      localStreets: HOSTILE,
      council: { officialDomains: HOSTILE, websites: HOSTILE, officialEmails: HOSTILE, handles: HOSTILE, signature: HOSTILE.join(' ') },
    };
    const errors: unknown[] = [];
    const checker = createChecker({ pack: 'bottisham', settings, onRuleError: (_rule, error) => errors.push(error) });
    const draft: DraftInput = { pack: 'bottisham', channel: 'facebook', capacity: 'personal', role: 'councillor', text: `${ATTACK} We talked about x|y today.` };
    const [findings, ms] = timed(() => checker.check(draft));
    expect(errors).toEqual([]);
    expect(Array.isArray(findings)).toBe(true);
    // Generous: the whole engine on ~11,000 characters, on a small shared CI machine.
    expect(ms).toBeLessThan(10_000);
  });
});
