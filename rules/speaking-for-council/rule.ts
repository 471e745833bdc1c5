import { loadWordList } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { councilSource, escapeRegExp, matchesOf, memo, negatedBefore, templateRegExp, textBefore } from '../shared/capacity-phrases.ts';
import phrasesJson from '../wordlists/capacity-speaking-for-council.json';
import framesJson from '../wordlists/capacity-official-statement-frames.json';

const PHRASES = loadWordList('capacity-speaking-for-council', phrasesJson);
const FRAMES = loadWordList('capacity-official-statement-frames', framesJson);

const STATEMENT_KIND = '(?:council\\s+|parish\\s+council\\s+)?(?:statement|response|announcement|notice|position)';

// Compiled per set of council names (a pack, or a council's own details).
const patternsFor = memo((names: string) => {
  const council = names;
  return {
    phrases: templateRegExp(PHRASES, { council }),
    framed: templateRegExp(
      FRAMES.map((frame) => `${frame} official {kind}`),
      { kind: STATEMENT_KIND },
    ),
  };
});

// "Official statement: …", "OFFICIAL STATEMENT from the council" at the head of a sentence.
const HEADLINE = /^[^\p{L}\p{N}]{0,4}(official\s+(?:council\s+|parish\s+council\s+)?(?:statement|announcement|response|notice))(?=\s*(?:[:\-–—]|from\b|on\s+behalf\b|$))/iu;

// A headline that labels the post as the council's: "Statement from Pitstone Parish Council:",
// "Parish Council statement on the footpath closure:", "Bottisham PC notice –".
const KIND = '(?:statement|announcement|notice|message|response|press\\s+release)';
const headlinesFor = memo((council: string) => {
  const headCouncil = `(?:${council}|(?:\\p{L}[\\p{L}'’-]{0,30}\\s+)?(?:parish|town)\\s+council)`;
  return new RegExp(
    `^[^\\p{L}\\p{N}]{0,4}((?:official\\s+)?(?:${KIND}\\s+(?:from|by|of)\\s+${headCouncil}|${headCouncil}(?:['’]s)?\\s+(?:official\\s+)?${KIND}))(?=\\s*(?:[:\\-–—]|(?:on|regarding|about|re)\\s[^:–—.!?]{1,100}(?:[:–—]|\\s-\\s)))`,
    'iu',
  );
});

// An email signed off as the council itself: "Kind regards,\nPitstone Parish Council" with no
// person's name between (a name then the council, "Cllr Tom Reeve\nBottisham Parish Council", is fine).
const signOffFor = memo((names: string) => {
  const council = names
    .split('\u0000')
    .map((n) => escapeRegExp(n.trim()).replace(/\s+/gu, '\\s+'))
    .concat(['the\\s+parish\\s+council', 'your\\s+parish\\s+council']);
  return new RegExp(
    `^[ \\t]*(?:(?:kind|best|warm|warmest)\\s+regards|regards|yours\\s+(?:faithfully|sincerely|truly)|(?:with\\s+)?best\\s+wishes|many\\s+thanks|thanks|thank\\s+you)[ \\t]*(?:,[ \\t]*)?\\r?\\n[ \\t]*((?:${council.join('|')}))[ \\t]*(?:\\.[ \\t]*)?\\r?$`,
    'gimu',
  );
});

function signOffs(pack: Pack, text: string): { start: number; end: number }[] {
  if (!/council|\bpc\b/iu.test(text) && !pack.official.names.some((n) => text.includes(n))) return [];
  const re = signOffFor(pack.official.names.join('\u0000'));
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\n/u));
    out.push({ start, end: start + m[1]!.length });
  }
  return out;
}

// Someone else is said to speak for the council: "only the clerk can speak on behalf of the council".
const OTHERS_SPEAK = /(?:\bonly\b|\bclerk\b|\bchair(?:man|woman|person)?\b|\bno\s+(?:one|individual|councillor)\b|\bnobody\b)[^.!?,;:]{0,40}$/iu;

export default defineRule({
  meta: {
    id: 'speaking-for-council',
    category: 'capacity',
    description: 'In a personal post, wording that speaks as or for the council.',
    defaultSeverity: 'warning',
    messages: {
      signOff:
        'this is signed off as “{{phrase}}”, as if the council sent it, but it is written in your own capacity. Sign it with your own name (for example “Cllr Jane Smith”), or ask the clerk to send it for the council.',
      speaksFor:
        '“{{phrase}}” reads as speaking for the council, but this is a personal post. Say it in your own name (“I think…”), or ask the clerk to make any statement for the council.',
    },
  },
  checkSentence({ env, sentence }) {
    if (env.capacity !== 'personal') return [];
    const text = sentence.text;
    // Cheap prefilter: every pattern names the council, councillors or an official statement.
    if (!/council|official|\bwe\b|\bpc\b/iu.test(text) && !env.pack.official.names.some((n) => text.toLowerCase().includes(n.toLowerCase()))) {
      return [];
    }
    const { phrases, framed } = patternsFor(councilSource(env.pack));
    const found: { start: number; end: number }[] = [...matchesOf(phrases, text), ...matchesOf(framed, text)];
    for (const re of [HEADLINE, headlinesFor(councilSource(env.pack))]) {
      const headline = re.exec(text);
      if (headline) found.push({ start: headline[0].length - headline[1]!.length, end: headline[0].length });
    }
    const reports: Report[] = [];
    let lastEnd = -1;
    for (const m of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (m.start < lastEnd) continue; // overlapping matches: keep the first, longest
      if (negatedBefore(text, m.start)) continue;
      if (OTHERS_SPEAK.test(textBefore(text, m.start, 50))) continue;
      lastEnd = m.end;
      reports.push({ messageId: 'speaksFor', start: m.start, end: m.end, data: { phrase: text.slice(m.start, m.end) } });
    }
    return reports;
  },
  checkDraft({ env, text, quoted }, fromSentences) {
    if (env.capacity !== 'personal') return fromSentences;
    const found = signOffs(env.pack, text).filter((s) => !quoted.some((q) => s.start >= q.start && s.start < q.end));
    if (!found.length) return fromSentences;
    const extra = found.map((s) => ({ messageId: 'signOff', start: s.start, end: s.end, data: { phrase: text.slice(s.start, s.end) } }));
    return [...fromSentences, ...extra].sort((a, b) => a.start - b.start);
  },
});
