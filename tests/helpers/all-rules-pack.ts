import type { Pack } from '../../lib/engine/pack.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { RULES } from '../../rules/index.ts';

/** Bottisham's details with every rule switched on, so each rule can be tested on its own. */
export const ALL_RULES_PACK: Pack = {
  ...BUILTIN_PACKS.bottisham,
  rules: Object.fromEntries(
    RULES.map((rule) => [
      rule.meta.id,
      BUILTIN_PACKS.bottisham.rules[rule.meta.id] ?? {
        severity: rule.meta.defaultSeverity,
        clause: { ref: '§T', summary: `Test clause for ${rule.meta.id}.` },
      },
    ]),
  ),
};
