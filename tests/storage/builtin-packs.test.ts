import { expect, test } from 'vitest';
import { BUILTIN_PACK_IDS as ENGINE_IDS, BUILTIN_PACKS as ENGINE_PACKS } from '../../rules/packs/index.ts';
import { BUILTIN_PACK_IDS, BUILTIN_PACKS } from '../../lib/storage/builtin-packs.ts';

test('the store\'s built-in packs are the engine\'s (the store reads the same files without loading the rules)', () => {
  expect(BUILTIN_PACK_IDS).toEqual(ENGINE_IDS);
  expect(BUILTIN_PACKS).toEqual(ENGINE_PACKS);
});
