// The engine's public face: pure TypeScript, no DOM and no browser APIs, so the content
// script, the options page and Node (CLI, tests) all run the same code.
import { RULES } from '../../rules/index.ts';
import { BUILTIN_PACKS, isBuiltinPackId } from '../../rules/packs/index.ts';
import { createChecker as createCheckerWith, type Checker } from './checker.ts';
import type { DraftSettingsInput } from './draft.ts';
import type { Pack } from './pack.ts';
import type { RuleId } from './rule-ids.ts';

export type { Checker } from './checker.ts';
export type { Finding, Fix, Edit, Clause } from './finding.ts';
export type { Pack } from './pack.ts';
export * from './draft.ts';
export { PackSchema } from './pack.ts';
export { RULE_IDS, type RuleId } from './rule-ids.ts';
export { RULES, RULES_BY_ID } from '../../rules/index.ts';
export { BUILTIN_PACKS, BUILTIN_PACK_IDS, parsePack, isBuiltinPackId } from '../../rules/packs/index.ts';

export function resolvePack(pack: Pack | string): Pack {
  if (typeof pack !== 'string') return pack;
  if (!isBuiltinPackId(pack)) throw new Error(`unknown pack "${pack}"`);
  return BUILTIN_PACKS[pack];
}

/** A checker for one pack, running every rule the pack enables. */
export function createChecker(options: {
  pack: Pack | string;
  settings?: DraftSettingsInput;
  onRuleError?: (rule: RuleId, error: unknown) => void;
}): Checker {
  return createCheckerWith({ ...options, pack: resolvePack(options.pack), rules: RULES });
}
