// Checking a pack that came from outside (an imported file, or the council's managed policy):
// the strict pack schema, then the patterns the engine will compile from it.
import { PackSchema, type Pack } from '../engine/pack.ts';
import type { RuleId } from '../engine/rule-ids.ts';
import { RULES_BY_ID } from '../../rules/index.ts';
import { phraseRegExp } from '../engine/phrases.ts';
import { regexRisk } from '../regex-safety.ts';

import { zodProblems, type PackCheck } from './problems.ts';

export { zodProblems, type PackCheck };

/** Most phrases one signature statement may list, and the longest phrase. */
const MAX_PHRASES = 100;
const MAX_PHRASE_LENGTH = 200;

/**
 * The pack format has no regular expressions of its own: its phrases are literal, and the engine
 * escapes them before compiling. Each compiled pattern is still put through the same ReDoS
 * analysis as the rules' code, so a pack can never make checking slow.
 */
export function patternProblems(pack: Pack, analyse: (source: string, flags: string) => string | undefined = regexRisk): string[] {
  const problems: string[] = [];
  pack.signature?.statements.forEach((statement, index) => {
    const path = `signature.statements.${index}.phrases`;
    if (statement.phrases.length > MAX_PHRASES) problems.push(`${path}: more than ${MAX_PHRASES} phrases`);
    statement.phrases.forEach((phrase, i) => {
      if (phrase.length > MAX_PHRASE_LENGTH) problems.push(`${path}.${i}: longer than ${MAX_PHRASE_LENGTH} characters`);
    });
    if (problems.length) return;
    const re = phraseRegExp(statement.phrases);
    const risk = analyse(re.source, re.flags);
    if (risk) problems.push(`${path}: the pattern built from these phrases is unsafe (${risk})`);
  });
  return problems;
}

/** The options a pack gives its rules, each checked by its rule's own schema (as parsePack does). */
export function optionProblems(pack: Pack): string[] {
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(pack.rules)) {
    if (!entry?.options) continue;
    const schema = RULES_BY_ID.get(id as RuleId)?.meta.options;
    if (!schema) problems.push(`rules.${id}.options: this rule takes no options`);
    else {
      const result = schema.safeParse(entry.options);
      if (!result.success) problems.push(...zodProblems(result.error, ['rules', id, 'options']));
    }
  }
  return problems;
}

/** Validates pack data: the schema first (path and problem), then rule options, then its patterns. */
export function checkPackData(data: unknown): PackCheck {
  const parsed = PackSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = [...optionProblems(parsed.data), ...patternProblems(parsed.data)];
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
