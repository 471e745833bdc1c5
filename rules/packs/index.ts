import { PackSchema, type Pack } from '../../lib/engine/pack.ts';
import { describeZodError } from '../../lib/engine/draft.ts';
import type { RuleId } from '../../lib/engine/rule-ids.ts';
import { RULES_BY_ID } from '../index.ts';
import bottisham from './bottisham.json';
import croft from './croft.json';
import withyham from './withyham.json';
import pitstone from './pitstone.json';
import collierStreet from './collier-street.json';

export const BUILTIN_PACK_IDS = ['bottisham', 'croft', 'withyham', 'pitstone', 'collier-street'] as const;
export type BuiltinPackId = (typeof BUILTIN_PACK_IDS)[number];

/** Problems with the options a pack gives its rules, each rule checking its own. */
function optionProblems(pack: Pack): string[] {
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(pack.rules)) {
    if (!entry?.options) continue;
    const schema = RULES_BY_ID.get(id as RuleId)?.meta.options;
    if (!schema) {
      problems.push(`rules.${id}.options: this rule takes no options`);
      continue;
    }
    const result = schema.safeParse(entry.options);
    if (!result.success) problems.push(...describeZodError(result.error).map((line) => `rules.${id}.options.${line}`));
  }
  return problems;
}

/** Validates pack data, naming the pack, the path and the problem when it is wrong. */
export function parsePack(name: string, data: unknown): Pack {
  const result = PackSchema.safeParse(data);
  const problems = result.success ? optionProblems(result.data) : describeZodError(result.error);
  if (!result.success || problems.length) {
    throw new Error(`pack ${name} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

const RAW: Record<BuiltinPackId, unknown> = {
  bottisham,
  croft,
  withyham,
  pitstone,
  'collier-street': collierStreet,
};

export const BUILTIN_PACKS: Readonly<Record<BuiltinPackId, Pack>> = Object.fromEntries(
  BUILTIN_PACK_IDS.map((id) => [id, parsePack(`rules/packs/${id}.json`, RAW[id])]),
) as Record<BuiltinPackId, Pack>;

export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return (BUILTIN_PACK_IDS as readonly string[]).includes(id);
}
