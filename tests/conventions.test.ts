import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleCases } from '../lib/engine/rule-cases.ts';
import { RULE_IDS } from '../lib/engine/rule-ids.ts';
import { RULES } from '../rules/index.ts';

const RULES_DIR = join(import.meta.dirname, '..', 'rules');
const NOT_RULES = new Set(['packs', 'wordlists', 'shared']);
const DOC_SECTIONS = ['## What it catches', '## Why councils care', '## What it ignores', '## How to fix'];
const caseModules = import.meta.glob<{ default: RuleCases }>('../rules/*/cases.ts', { eager: true });

describe('rule conventions', () => {
  it('the registry holds exactly the catalogue ids, in order', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
  });

  it('every rule folder is registered', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !NOT_RULES.has(d.name))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...RULE_IDS].sort());
  });

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      it('has a check, a description and messages', () => {
        expect(rule.checkSentence ?? rule.checkDraft, 'no check function').toBeTypeOf('function');
        expect(rule.meta.description.length).toBeGreaterThan(10);
        const messages = Object.values(rule.meta.messages);
        expect(messages.length, 'empty message table').toBeGreaterThan(0);
        for (const m of messages) expect(m.trim().length).toBeGreaterThan(10);
      });

      it('has valid and invalid cases', () => {
        const cases = caseModules[`../rules/${rule.meta.id}/cases.ts`]?.default;
        expect(cases, `rules/${rule.meta.id}/cases.ts is missing`).toBeDefined();
        expect(cases!.valid.length).toBeGreaterThanOrEqual(3);
        expect(cases!.invalid.length).toBeGreaterThanOrEqual(3);
        for (const c of cases!.invalid) expect(c.errors.length).toBeGreaterThan(0);
      });

      it('has a doc with the four sections', () => {
        const path = join(RULES_DIR, rule.meta.id, 'doc.md');
        expect(existsSync(path), `${path} is missing`).toBe(true);
        const doc = readFileSync(path, 'utf8');
        expect(doc.startsWith(`# ${rule.meta.id}`)).toBe(true);
        for (const section of DOC_SECTIONS) expect(doc, `doc lacks "${section}"`).toContain(section);
      });
    });
  }
});
