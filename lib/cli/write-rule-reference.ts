// npm run docs: regenerates rules/README.md from the rule files.
import { writeFileSync } from 'node:fs';
import { REFERENCE_PATH, renderRuleReference } from './rule-reference.ts';

writeFileSync(REFERENCE_PATH, await renderRuleReference());
console.log(`wrote ${REFERENCE_PATH}`);
