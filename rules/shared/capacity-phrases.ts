import type { Pack } from '../../lib/engine/pack.ts';

// Helpers shared by the capacity and confidentiality rules: phrase templates with slots (such
// as {council}) compiled into one whole-word, case-insensitive regex, and small look-behind
// tests on the words before a match. Every pattern here is bounded or a plain alternation of
// literals, so matching stays linear.

const BEFORE = "(?<![\\p{L}\\p{N}_'’])";
const AFTER = "(?![\\p{L}\\p{N}_]|['’]\\p{L})";

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One literal word as regex source: straight and curly apostrophes are interchangeable. */
function literalSource(word: string): string {
  return escapeRegExp(word).replace(/['’]/g, "['’]");
}

/**
 * Compiles phrase templates into one regex. Words are separated by any whitespace; a `{name}`
 * inside a word is replaced by `slots[name]` (regex source). Longer templates are tried first.
 */
export function templateRegExp(templates: readonly string[], slots: Record<string, string> = {}, flags = 'giu'): RegExp {
  const sources = [...new Set(templates.map((t) => t.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((template) =>
      template
        .split(/\s+/)
        .map((word) =>
          word
            .split(/(\{\w+\})/)
            .filter((part) => part !== '')
            .map((part) => {
              const slot = /^\{(\w+)\}$/.exec(part);
              if (!slot) return literalSource(part);
              const source = slots[slot[1]!];
              if (source === undefined) throw new Error(`phrase template "${template}" uses unknown slot ${part}`);
              return `(?:${source})`;
            })
            .join(''),
        )
        .join('\\s+'),
    );
  if (sources.length === 0) throw new Error('templateRegExp needs at least one template');
  return new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, flags);
}

/** Regex source for one name as written: words separated by any whitespace. */
function nameSource(name: string): string {
  return name.trim().split(/\s+/).map(literalSource).join('\\s+');
}

// "the council", "our parish council", "this Town Council" — but not "council tax" or "council houses".
const NOT_COUNCIL_COMPOUND = '(?!\\s+(?:tax|taxes|taxpayers?|houses?|housing|estates?|flats?|homes?)\\b)';
const GENERIC_COUNCIL = '(?:the|our|this)\\s+(?:whole\\s+|entire\\s+)?(?:parish\\s+|town\\s+|village\\s+|community\\s+)?council';

const councilSourceCache = new Map<string, string>();

/**
 * Regex source naming the council: the pack's own names ("Bottisham Parish Council", "WPC") and
 * the generic ways of referring to a parish council. Never matches "council tax". Other councils'
 * names are left out on purpose: under a case-insensitive regex "X Parish Council" cannot tell a
 * name from the words before it ("thanked the Parish Council").
 */
export function councilSource(pack: Pack): string {
  const key = pack.official.names.join('\u0000');
  let source = councilSourceCache.get(key);
  if (!source) {
    const names = [...pack.official.names].sort((a, b) => b.length - a.length).map(nameSource);
    source = `(?:${[...names, GENERIC_COUNCIL].join('|')})${NOT_COUNCIL_COMPOUND}`;
    councilSourceCache.set(key, source);
  }
  return source;
}

/** Caches one compiled regex per key (a pack's names, a settings list). */
export function memo<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      if (cache.size > 50) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** All matches of a global regex, with offsets. */
export function matchesOf(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The words just before `index` (at most `window` characters, within the text). */
export function textBefore(text: string, index: number, window = 40): string {
  return text.slice(Math.max(0, index - window), index).replace(/’/g, "'");
}

// Words that turn what follows round: "I am not speaking on behalf of the council".
const NEGATION =
  /(?<![\p{L}'])(?:not|never|no|nor|cannot|can't|cant|don't|dont|doesn't|doesnt|isn't|isnt|won't|wont|wouldn't|shouldn't|mustn't|nobody|none|neither)(?!\p{L})/iu;

/** Whether a negation stands in the few words before `index`. */
export function negatedBefore(text: string, index: number, window = 30): boolean {
  return NEGATION.test(textBefore(text, index, window));
}
