import type { Report } from '../../lib/engine/rule.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { maskedMatcher } from '../shared/conduct-profanity.ts';
import { loadWordList } from '../../lib/engine/phrases.ts';
import { dropNested, listMatcher, quote, tokenize, tokenAt, type Tok } from '../shared/conduct-text.ts';
import profanity from '../wordlists/conduct-profanity.json';
import contextual from '../wordlists/conduct-profanity-contextual.json';
import phrases from '../wordlists/conduct-profanity-phrases.json';
import maskedExtra from '../wordlists/conduct-profanity-masked-extra.json';

// Whole words from the lists only (never substrings), so Scunthorpe, Penistone, Cockermouth,
// Essex, "assessment", "cocktail" and Shitterton stay clean.
const PROFANE = listMatcher('conduct-profanity', profanity);
const PHRASES = listMatcher('conduct-profanity-phrases', phrases);
const CONTEXTUAL = listMatcher('conduct-profanity-contextual', contextual);
// Starring out letters shows the vulgar sense is meant, so the insult-only words and a few more count too.
const MASKED = maskedMatcher([
  ...loadWordList('conduct-profanity', profanity),
  ...loadWordList('conduct-profanity-contextual', contextual),
  ...loadWordList('conduct-profanity-masked-extra', maskedExtra),
]);

// Cheap test before any work: a listed word, a masked word or spaced-out letters.
const PREFILTER_MASK = /\p{L}[*#@$%!01345]+\p{L}|\p{L}[*#%]{2}|(?<![\p{L}\p{N}])\p{L}[ .\-_*]\p{L}[ .\-_*]\p{L}(?![\p{L}\p{N}])/u;

// "bloody" in its literal sense: a bloody nose, a bloody battle.
const LITERAL_BLOODY = new Set([
  'nose', 'noses', 'lip', 'mary', 'marys', 'sunday', 'battle', 'battles', 'war', 'wars', 'conflict', 'history',
  'footprints', 'footprint', 'injury', 'injuries', 'wound', 'wounds', 'bandage', 'bandages', 'revolution', 'siege',
  'cranesbill', 'massacre', 'civil', 'feud', 'conflicts', 'fighting',
]);

// Words that make a contextual word an insult when they come just before it:
// "you prick", "what a knob", "a complete tit", "silly old sod", "bunch of tossers".
const INSULT_LEAD = new Set([
  'you', 'complete', 'total', 'absolute', 'right', 'proper', 'utter', 'such', 'silly', 'stupid', 'miserable', 'lazy',
  'arrogant', 'pompous', 'smug', 'smarmy', 'useless', 'pathetic', 'old', 'jumped-up', 'self-important', 'bloody',
  'thick', 'ignorant', 'nasty', 'horrible',
]);
const LEAD_FILLERS = new Set(['a', 'an', 'what', 'such', 'old', 'little', 'silly', 'bloody']);

function contextualInsult(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!;
  // Capitalised "Dick" is a name, "Cock Bridge" a place.
  if (t.cap && t.text !== t.text.toUpperCase()) return false;
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 3 && !tokens[j + 1]!.boundary) {
    const w = tokens[j]!.lower;
    if (INSULT_LEAD.has(w)) return true;
    if (w === 'what' && tokens[j + 1]?.lower.match(/^an?$/)) return true;
    if ((w === 'of') && ['bunch', 'load', 'pack', 'shower', 'pair', 'set'].includes(tokens[j - 1]?.lower ?? '')) return true;
    if (!LEAD_FILLERS.has(w)) return false;
    j--;
    steps++;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'offensive-language',
    category: 'conduct',
    description: 'Profanity, obscenity or vulgarity, including starred-out forms (Scunthorpe-safe).',
    defaultSeverity: 'warning',
    messages: {
      profane: '“{{word}}” is likely to offend readers. Please take the swearing out before you post.',
      masked: '“{{word}}” still reads as swearing with letters hidden. Please reword it without the swear word.',
    },
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    const plain = [...PROFANE.find(text), ...PHRASES.find(text)];
    const maskedFound = PREFILTER_MASK.test(text) ? MASKED.find(text) : [];
    const context = CONTEXTUAL.test(text) ? CONTEXTUAL.find(text) : [];
    if (!plain.length && !maskedFound.length && !context.length) return [];

    const tokens = tokenize(text);
    const reports: (Report & { start: number; end: number })[] = [];
    for (const m of plain) {
      if (/^bloody$/i.test(m.text)) {
        const i = tokenAt(tokens, m.start);
        const next = tokens[i + 1];
        if (next && !next.boundary && LITERAL_BLOODY.has(next.lower)) continue;
      }
      reports.push({ messageId: 'profane', start: m.start, end: m.end, data: { word: quote(m.text) } });
    }
    for (const m of context) {
      const i = tokenAt(tokens, m.start);
      if (i >= 0 && contextualInsult(tokens, i)) reports.push({ messageId: 'profane', start: m.start, end: m.end, data: { word: quote(m.text) } });
    }
    for (const m of maskedFound) reports.push({ messageId: 'masked', start: m.start, end: m.end, data: { word: quote(m.text) } });
    return dropNested(reports);
  },
});
