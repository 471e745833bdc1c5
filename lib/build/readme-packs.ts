// The README's table of the five council packs and the rules each switches on, generated from
// rules/packs/*.json so it cannot go stale. `npm run docs` rewrites it; tests/readme-packs.test.ts
// fails when the README's copy differs.
//   npx tsx lib/build/readme-packs.ts           print the block
//   npx tsx lib/build/readme-packs.ts --write   rewrite it in README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_TITLES } from '../../components/rule-titles.ts';
import { BUILTIN_PACK_IDS, BUILTIN_PACKS, RULES } from '../engine/index.ts';

export const README_PATH = join(import.meta.dirname, '..', '..', 'README.md');
const START = '<!-- packs:start -->';
const END = '<!-- packs:end -->';

const SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

/** The generated block, markers included. */
export function renderPackTable(): string {
  const packs = BUILTIN_PACK_IDS.map((id) => BUILTIN_PACKS[id]);
  const out = [START, '<!-- Generated from rules/packs/*.json by `npm run docs`; a test fails when it is out of date. -->', ''];
  out.push('| pack (`--pack`) | council | policy | rules on |', '| --- | --- | --- | --- |');
  for (const p of packs) out.push(`| \`${p.id}\` | ${p.council} | ${p.policy.title} (${p.policy.date}) | ${Object.keys(p.rules).length} |`);
  out.push('', `Each cell is the severity the pack gives the rule and the clause of its policy that the warning cites; a blank cell means the policy does not cover it, so the rule is off.`, '');
  out.push(`| rule | ${packs.map((p) => p.shortName).join(' | ')} |`, `| --- | ${packs.map(() => '---').join(' | ')} |`);
  for (const rule of RULES) {
    const id = rule.meta.id;
    const cells = packs.map((p) => {
      const entry = p.rules[id];
      return entry ? `${SEVERITY[entry.severity]} ${entry.clause.ref}` : '';
    });
    out.push(`| [${RULE_TITLES[id]}](rules/${id}/doc.md) (\`${id}\`) | ${cells.join(' | ')} |`);
  }
  out.push('', END);
  return out.join('\n');
}

/** README.md with its pack block replaced by `block`. */
export function withPackTable(readme: string, block = renderPackTable()): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--write')) {
    writeFileSync(README_PATH, withPackTable(readFileSync(README_PATH, 'utf8')));
    console.log(`wrote the pack table in ${README_PATH}`);
  } else console.log(renderPackTable());
}
