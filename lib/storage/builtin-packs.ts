// The five built-in packs as data, for the store and the popup, without loading the rules
// (rules/packs/index.ts also checks each rule's options, which needs every rule's code). The
// engine's own copy is checked in full; tests/storage/builtin-packs.test.ts keeps the two equal.
import { PackSchema, type Pack } from '../engine/pack.ts';
import bottisham from '../../rules/packs/bottisham.json';
import croft from '../../rules/packs/croft.json';
import withyham from '../../rules/packs/withyham.json';
import pitstone from '../../rules/packs/pitstone.json';
import collierStreet from '../../rules/packs/collier-street.json';

export const BUILTIN_PACK_IDS = ['bottisham', 'croft', 'withyham', 'pitstone', 'collier-street'] as const;
export type BuiltinPackId = (typeof BUILTIN_PACK_IDS)[number];

const RAW: Record<BuiltinPackId, unknown> = { bottisham, croft, withyham, pitstone, 'collier-street': collierStreet };

export const BUILTIN_PACKS: Readonly<Record<BuiltinPackId, Pack>> = Object.fromEntries(BUILTIN_PACK_IDS.map((id) => [id, PackSchema.parse(RAW[id])])) as Record<BuiltinPackId, Pack>;

export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return (BUILTIN_PACK_IDS as readonly string[]).includes(id);
}
