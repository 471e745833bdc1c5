import { loadWordList, type Match } from '../../lib/engine/phrases.ts';
import { TITLES } from './conduct-text.ts';

// Finding words written with letters starred or spaced out ("f***", "sh!t", "b*llocks",
// "f u c k") against a list of words. Used by offensive-language and, for slurs,
// discriminatory-language.

// '*', '#' and '%' stand for any letter; '!', '@', '$' and the digits 0, 1, 3, 4, 5 stand for the letter they look like.
const LOOKALIKE: Record<string, string> = { '!': 'i', '@': 'a', $: 's', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's' };
const ANY_MASK = new Set(['*', '#', '%']);

function isMask(ch: string): boolean {
  return ANY_MASK.has(ch) || ch in LOOKALIKE;
}

function maskFits(masked: string, word: string): boolean {
  if (masked.length !== word.length) return false;
  for (let i = 0; i < masked.length; i++) {
    const m = masked[i]!;
    const w = word[i]!;
    if (ANY_MASK.has(m)) continue;
    if (m in LOOKALIKE) {
      if (LOOKALIKE[m] !== w) return false;
      continue;
    }
    if (m !== w) return false;
  }
  return true;
}

// A run of masks of any length between known letters: "f**ing", "f******g", "a**".
const VARIABLE = /^(\p{L}+)[*#%]{2,}(\p{L}*)$/u;

export interface MaskedList {
  /** Masked spellings of a listed word in the text. */
  find(text: string): Match[];
}

// A word that may hold mask characters; it must start with a letter, so markdown "**bold**"
// and star ratings ("*****") are left alone.
const CANDIDATE = /(?<![\p{L}\p{N}_*#@$%!])\p{L}[\p{L}*#@$%!01345]*/gu;
// Single letters joined by one separator each: "f u c k", "s.h.i.t", "F-U-C-K".
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*]\p{L}){2,9}(?![\p{L}\p{N}])/gu;

export function maskedMatcher(words: readonly string[]): MaskedList {
  const set = new Set(words.map((w) => w.toLowerCase()).filter((w) => /^\p{L}+$/u.test(w)));
  const byLength = new Map<number, string[]>();
  for (const w of set) {
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const sorted = [...set];

  function fits(token: string): boolean {
    const lower = token.toLowerCase();
    for (const w of byLength.get(lower.length) ?? []) if (maskFits(lower, w)) return true;
    const v = VARIABLE.exec(lower);
    if (v) {
      const [, head, tail] = v as unknown as [string, string, string];
      for (const w of sorted) {
        if (w.length > head.length + tail.length && w.startsWith(head) && w.endsWith(tail)) return true;
      }
    }
    return false;
  }

  return {
    find(text: string): Match[] {
      const out: Match[] = [];
      CANDIDATE.lastIndex = 0;
      for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
        let token = m[0];
        while (token.endsWith('!')) token = token.slice(0, -1); // "sh*t!!" ends with punctuation
        if (![...token].some(isMask)) continue;
        // "Mrs S****": a name blanked out after a title, not a swear word.
        const before = /(?<!\p{L})(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
        if (before && TITLES.has(before[1]!.toLowerCase())) continue;
        if (fits(token)) out.push({ start: m.index, end: m.index + token.length, text: token });
      }
      SPACED.lastIndex = 0;
      for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
        const joined = m[0].replace(/[ .\-_*]/g, '').toLowerCase();
        if (set.has(joined)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      return out;
    },
  };
}

export function maskedFromList(name: string, data: unknown): MaskedList {
  return maskedMatcher(loadWordList(name, data));
}
