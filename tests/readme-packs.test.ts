import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { README_PATH, renderPackTable, withPackTable } from '../lib/build/readme-packs.ts';

it("the README's table of packs and the rules they switch on is up to date (run `npm run docs`)", () => {
  const readme = readFileSync(README_PATH, 'utf8');
  expect(withPackTable(readme)).toBe(readme);
  expect(renderPackTable()).toContain('| `bottisham` |');
});
