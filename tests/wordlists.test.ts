import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordList } from '../lib/engine/phrases.ts';

const DIR = join(import.meta.dirname, '..', 'rules', 'wordlists');

describe('word lists', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file} has no empty or duplicate entries`, () => {
      const entries = loadWordList(file, JSON.parse(readFileSync(join(DIR, file), 'utf8')));
      expect(entries.length).toBeGreaterThan(0);
    });
  }

  it('rejects duplicates (ignoring case and spacing) and empty entries', () => {
    expect(() => loadWordList('t', { description: 'x', entries: ['Idiot', 'idiot'] })).toThrow(/duplicate of entry 0/);
    expect(() => loadWordList('t', { description: 'x', entries: ['a  b', 'a b'] })).toThrow(/duplicate/);
    expect(() => loadWordList('t', { description: 'x', entries: ['ok', ' '] })).toThrow(/entries\.1: empty entry/);
    expect(() => loadWordList('t', { description: 'x', entries: [], extra: 1 })).toThrow(/extra/);
  });
});
