import { PackSchema, type Pack } from '../../lib/engine/pack.ts';
import { describeZodError } from '../../lib/engine/draft.ts';
import bottisham from './bottisham.json';
import croft from './croft.json';
import withyham from './withyham.json';
import pitstone from './pitstone.json';
import collierStreet from './collier-street.json';

export const BUILTIN_PACK_IDS = ['bottisham', 'croft', 'withyham', 'pitstone', 'collier-street'] as const;
export type BuiltinPackId = (typeof BUILTIN_PACK_IDS)[number];

/** Validates pack data, naming the pack, the path and the problem when it is wrong. */
export function parsePack(name: string, data: unknown): Pack {
  const result = PackSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`pack ${name} is invalid:\n  ${describeZodError(result.error).join('\n  ')}`);
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
