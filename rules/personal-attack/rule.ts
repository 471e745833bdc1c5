import type { Report } from '../../lib/engine/rule.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import {
  copulaSubject,
  dropNested,
  isOther,
  listMatcher,
  listSet,
  locate,
  Names,
  quote,
  SELF_PRONOUNS,
  subjectBefore,
  tokenize,
  whoIs,
  type Tok,
  type TokMatch,
} from '../shared/conduct-text.ts';
import strongNouns from '../wordlists/conduct-insult-nouns.json';
import personalNouns from '../wordlists/conduct-insult-nouns-personal.json';
import situationalNouns from '../wordlists/conduct-insult-nouns-situational.json';
import personAdjectives from '../wordlists/conduct-insult-adjectives.json';
import ambiguousAdjectives from '../wordlists/conduct-insult-adjectives-ambiguous.json';
import insultPhrases from '../wordlists/conduct-insult-phrases.json';

const STRONG = listMatcher('conduct-insult-nouns', strongNouns);
const PERSONAL = listMatcher('conduct-insult-nouns-personal', personalNouns);
const SITUATIONAL = listSet('conduct-insult-nouns-situational', situationalNouns);
const PERSON_ADJ = listMatcher('conduct-insult-adjectives', personAdjectives);
const AMBIG_ADJ = listMatcher('conduct-insult-adjectives-ambiguous', ambiguousAdjectives);
const PHRASES = listMatcher('conduct-insult-phrases', insultPhrases);
const ADJECTIVE_WORDS = new Set(
  [...personAdjectives.entries, ...ambiguousAdjectives.entries].filter((e) => !e.includes(' ')).map((e) => e.toLowerCase()),
);

// Words that may stand between a copula and the insult: "is an absolute idiot", "is utterly clueless".
const INTENSIFIERS = [
  'so', 'utterly', 'completely', 'totally', 'absolutely', 'just', 'really', 'very', 'too', 'quite', 'simply', 'truly',
  'clearly', 'obviously', 'frankly', 'being', 'pretty', 'rather', 'incredibly', 'hopelessly', 'woefully', 'downright',
  'plain', 'entirely', 'thoroughly', 'bloody', 'all', 'both', 'also', 'still', 'always', 'now', 'seriously', 'bit',
  'becoming', 'getting', 'increasingly', 'utter', 'total', 'complete', 'absolute', 'such', 'right', 'proper', 'real',
  'a', 'an', 'the', 'biggest', 'greatest', 'worst', 'typical', 'old', 'silly', 'little', 'lying', 'arrogant', 'useless',
  'nothing', 'but', 'more', 'than', 'of', 'bunch', 'load', 'pack', 'shower', 'lot', 'set', 'gang', 'collection', 'band',
  'and', 'or', 'genuinely', 'fundamentally', 'wholly', 'beyond', 'monumentally', 'spectacularly', 'staggeringly', 'breathtakingly',
];
const FILLERS = new Set([...INTENSIFIERS, ...ADJECTIVE_WORDS]);
const GROUP_OF = new Set(['bunch', 'load', 'pack', 'shower', 'gang', 'band', 'set', 'collection', 'lot']);
const AFTER_CONTRACTED = new Set(['and', 'but', 'at', 'as', 'when', 'with', 'or', 'to', 'in', 'beyond', 'frankly', 'quite', 'really', 'if']);
const IMPERATIVE_BE = new Set(['stop', "don't", 'dont', 'quit', 'never']);

// Cheap prefilter: any listed word at all.
function anyListed(text: string): boolean {
  return STRONG.test(text) || PERSONAL.test(text) || PERSON_ADJ.test(text) || AMBIG_ADJ.test(text) || PHRASES.test(text);
}

interface Ctx {
  tokens: Tok[];
  names: Names;
  text: string;
}

/** "he is no fool", "she is not an idiot", "isn't incompetent". */
function deniedJustBefore(tokens: readonly Tok[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 3; j--) {
    const w = tokens[j]!.lower;
    if (w === 'no' || w === 'not' || tokens[j]!.clitic === "n't") return !(w === "don't" || w === 'dont');
    if (tokens[j + 1]!.boundary) break;
    if (!FILLERS.has(w)) break;
  }
  return false;
}

/** "I'm not calling anyone an idiot", "nobody is saying he's a fool". */
function deniedInClause(tokens: readonly Tok[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 7; j--) {
    const t = tokens[j]!;
    const neg = t.lower === 'not' || t.lower === 'never' || t.lower === 'nobody' || t.clitic === "n't";
    if (neg) {
      const next = tokens[j + 1];
      return !(next && (next.lower === 'be' || next.lower === 'being'));
    }
    if (t.boundary) break;
  }
  return false;
}

/** "Don't be such a muppet", "Stop being an idiot", "Be a clown then": an order to the reader. */
function imperativeBe(tokens: readonly Tok[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && first - j <= 5 && FILLERS.has(tokens[j]!.lower) && !tokens[j + 1]!.boundary) j--;
  const be = tokens[j];
  if (!be || tokens[j + 1]?.boundary || !(be.lower === 'be' || be.lower === 'being')) return false;
  const before = tokens[j - 1];
  return be.boundary || !before || IMPERATIVE_BE.has(before.lower);
}

/** The writer talking about themselves: "I felt a complete idiot", "made me look a fool". */
function aboutWriter(tokens: readonly Tok[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 6; j--) {
    const t = tokens[j]!;
    if (SELF_PRONOUNS.has(t.stem)) return true;
    if (isOther(whoIs(tokens, j, undefined))) return false;
    if (t.boundary) break;
  }
  return false;
}

/** "you clowns", "these muppets", "a bunch of amateurs", "what a fool", "the clowns who run it". */
function directedNoun(c: Ctx, m: TokMatch): boolean {
  const { tokens } = c;
  let j = m.first - 1;
  let steps = 0;
  while (j >= 0 && steps < 4 && !tokens[j + 1]!.boundary) {
    const w = tokens[j]!.lower;
    if (w === 'you' || w === 'these' || w === 'those') return true;
    if (w === 'of' && GROUP_OF.has(tokens[j - 1]?.lower ?? '')) return true;
    if (w === 'what' && /^an?$/.test(tokens[j + 1]!.lower)) return true;
    if (w === 'the') {
      const next = tokens[m.last + 1];
      if (next && !next.boundary && ['who', 'that', 'on', 'running', 'behind'].includes(next.lower) && /s$/.test(m.text)) return true;
    }
    if (!FILLERS.has(w)) return false;
    j--;
    steps++;
  }
  return false;
}

/** The insult is the predicate of a copula whose subject is someone. */
function predicateOfSomeone(c: Ctx, m: TokMatch, explicitOnly: boolean): boolean {
  const { tokens, names } = c;
  const s = copulaSubject(tokens, m.first, FILLERS, names);
  if (!s) return false;
  if (s.negated) return false;
  const who = s.who;
  // "Don't be such a muppet", "Stop being an idiot": an order to the reader.
  const subj = tokens[s.index]!;
  if (who === 'group' && explicitOnly) return false;
  if (!isOther(who)) return false;
  // "the clerk's useless printer": a possessive, not "the clerk is".
  if (s.contracted && !['he', 'she', 'you', 'they', 'who', 'that'].includes(subj.stem)) {
    const next = tokens[m.last + 1];
    if (next && !next.boundary && !AFTER_CONTRACTED.has(next.lower)) return false;
  }
  return true;
}

// Adjectives about someone's mind or character, which insult them even when said of what they did:
// "Cllr Pennington's contribution was clueless".
const MIND_ADJECTIVES = new Set([
  'clueless', 'brainless', 'witless', 'idiotic', 'moronic', 'imbecilic', 'gormless', 'spineless', 'gutless', 'cowardly',
  'arrogant', 'pompous', 'smug', 'vile', 'nasty', 'despicable', 'spiteful', 'vindictive', 'deluded', 'delusional',
  'two-faced', 'hypocritical', 'pig-headed', 'small-minded', 'narrow-minded', 'self-serving', 'brain-dead', 'dim-witted',
]);

/** "Cllr Pennington's contribution to the meeting was clueless": a person's doing, described by a mind word. */
function mindOfSomeone(c: Ctx, m: TokMatch): boolean {
  const { tokens, names } = c;
  if (!MIND_ADJECTIVES.has(m.text.toLowerCase())) return false;
  const s = copulaSubject(tokens, m.first, FILLERS, names);
  if (!s || s.negated || s.who !== 'unknown') return false;
  for (let i = s.index; i >= 0 && s.index - i <= 8; i--) {
    const t = tokens[i]!;
    if (t.clitic === "'s" && whoIs(tokens, i, names) === 'person' && !['he', 'she', 'it', 'that', 'there', 'what', 'who'].includes(t.stem)) return true;
    if (['his', 'her', 'their', 'your'].includes(t.lower)) return true;
    if (t.boundary) break;
  }
  return false;
}

/** "incompetent councillors", "a useless clerk", "you stupid little man". */
function describesPerson(c: Ctx, m: TokMatch): boolean {
  const { tokens } = c;
  for (let k = m.last + 1; k < tokens.length && k - m.last <= 3; k++) {
    if (tokens[k]!.boundary && !(k === m.last + 1 && /,\s*$/.test(c.text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) return false;
    const who = whoIs(tokens, k, undefined);
    if (who === 'person' && !['you', 'he', 'she', 'him', 'her'].includes(tokens[k]!.lower)) return true;
    if (!FILLERS.has(tokens[k]!.lower) && !['and', 'old', 'little'].includes(tokens[k]!.lower)) return false;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'personal-attack',
    category: 'conduct',
    description: 'Insults aimed at people or groups ("idiot", "incompetent", "clueless").',
    defaultSeverity: 'warning',
    messages: {
      insult: '“{{word}}” reads as a personal insult. Criticise the decision or the work, not the person.',
    },
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    if (!anyListed(text)) return [];
    const tokens = tokenize(text);
    const c: Ctx = { tokens, names: new Names(ctx.nlp), text };
    const hits: TokMatch[] = [];

    for (const m of locate(tokens, STRONG.find(text))) {
      if (/^-|^['’]s?\s+guide/i.test(text.slice(m.end, m.end + 8))) continue; // "idiot-proof", "idiot's guide"
      if (deniedJustBefore(tokens, m.first) || deniedInClause(tokens, m.first) || aboutWriter(tokens, m.first)) continue;
      const s = copulaSubject(tokens, m.first, FILLERS, c.names);
      if (s && (s.negated || s.who === 'self' || s.who === 'thing')) continue;
      hits.push(m);
    }
    for (const m of locate(tokens, PERSONAL.find(text))) {
      const situational = SITUATIONAL.has(m.text.toLowerCase().replace(/\s+/g, ' '));
      if (deniedJustBefore(tokens, m.first) || aboutWriter(tokens, m.first)) continue;
      if (imperativeBe(tokens, m.first) || predicateOfSomeone(c, m, situational) || (!situational && directedNoun(c, m))) hits.push(m);
    }
    for (const m of locate(tokens, PERSON_ADJ.find(text))) {
      if (/^\s+of\b/i.test(text.slice(m.end, m.end + 4))) continue; // "ignorant of the rule"
      if (predicateOfSomeone(c, m, false) || describesPerson(c, m) || mindOfSomeone(c, m)) hits.push(m);
    }
    for (const m of locate(tokens, AMBIG_ADJ.find(text))) {
      if (predicateOfSomeone(c, m, true) || describesPerson(c, m)) hits.push(m);
    }
    for (const m of locate(tokens, PHRASES.find(text))) {
      // Phrases with the pronoun built in ("ashamed of himself") are aimed already; the rest need a subject.
      if (/\b(?:himself|herself|themselves|yourself|yourselves|his|her|their|your)\b/i.test(m.text)) {
        hits.push(m);
        continue;
      }
      const who = subjectBefore(tokens, m.first, c.names);
      if (isOther(who)) hits.push(m);
    }

    return dropNested(hits).map(
      (m): Report => ({ messageId: 'insult', start: m.start, end: m.end, data: { word: quote(m.text) } }),
    );
  },
});
