import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordList, phraseRegExp } from '../lib/engine/phrases.ts';
import { regexRisk } from '../lib/regex-safety.ts';

const DIR = join(import.meta.dirname, '..', 'rules', 'wordlists');

describe('regex safety', () => {
  it('flags patterns that backtrack super-linearly', () => {
    expect(regexRisk('(a+)+$')).toMatch(/exponential/);
    expect(regexRisk('\\d*\\w+x')).toMatch(/backtracking/);
    expect(regexRisk('(')).toMatch(/not a valid/);
    expect(regexRisk('\\bcllr\\s+\\w+')).toBeUndefined();
  });

  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    it(`the regex compiled from ${file} is linear`, () => {
      const re = phraseRegExp(loadWordList(file, JSON.parse(readFileSync(join(DIR, file), 'utf8'))));
      expect(regexRisk(re.source, re.flags)).toBeUndefined();
    });
  }
});
