import { escapeRegExp, memo } from './capacity-phrases.ts';

// Turns the council's list of especially sensitive matters into one whole-word regex that allows
// small variations: plurals and possessives ("allotment" ~ "allotments" ~ "allotment's"), "y"/"ies",
// hyphens or spaces between words, and a leading "the" left out. Compiled once per list.

function wordSource(word: string): string {
  let w = word.toLowerCase();
  if (/^\p{L}+$/u.test(w) && w.length > 3) {
    if (w.endsWith('ies')) return `${escapeRegExp(w.slice(0, -3))}(?:y|ies)(?:['’]s?)?`;
    if (w.endsWith('y') && !/[aeiou]y$/u.test(w)) return `${escapeRegExp(w.slice(0, -1))}(?:y|ies)(?:['’]s?)?`;
    if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    return `${escapeRegExp(w)}(?:s|es)?(?:['’]s?)?`;
  }
  return `${escapeRegExp(w).replace(/['’]/gu, "['’]")}(?:['’]s)?`;
}

function matterSource(matter: string): string | undefined {
  const words = matter
    .trim()
    .replace(/^the\s+/iu, '')
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (!words.length) return undefined;
  return words.map(wordSource).join('(?:\\s+|\\s*-\\s*)');
}

export interface MatterMatch {
  start: number;
  end: number;
  matter: string;
}

const compile = memo((key: string) => {
  const matters = key.split('\u0000').filter((m) => m.trim() !== '');
  const sources = matters.map(matterSource);
  const alternatives = sources
    .map((source, i) => (source ? `(?<m${i}>${source})` : undefined))
    .filter((s): s is string => s !== undefined);
  if (!alternatives.length) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}_'’])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_]|['’]\\p{L})`, 'giu');
  return { re, matters };
});

/** Every mention of a listed matter in the text, longest listed matter first where they overlap. */
export function findMatters(matters: readonly string[], text: string): MatterMatch[] {
  if (!matters.length) return [];
  // Longer matters first, so "Mill Lane land sale" wins over "Mill Lane".
  const sorted = [...matters].sort((a, b) => b.length - a.length);
  const compiled = compile(sorted.join('\u0000'));
  if (!compiled) return [];
  const out: MatterMatch[] = [];
  compiled.re.lastIndex = 0;
  for (let m = compiled.re.exec(text); m; m = compiled.re.exec(text)) {
    if (m[0] === '') {
      compiled.re.lastIndex++;
      continue;
    }
    const index = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    const matter = index ? compiled.matters[Number(index.slice(1))]! : m[0];
    out.push({ start: m.index, end: m.index + m[0].length, matter });
  }
  return out;
}
