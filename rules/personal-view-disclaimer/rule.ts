import { loadWordList } from '../../lib/engine/phrases.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { councilSource, memo, templateRegExp } from '../shared/capacity-phrases.ts';
import markersJson from '../wordlists/capacity-opinion-markers.json';
import weakJson from '../wordlists/capacity-opinion-weak-markers.json';
import strongJson from '../wordlists/capacity-opinion-strong-judgements.json';
import mildJson from '../wordlists/capacity-opinion-mild-judgements.json';
import topicsJson from '../wordlists/capacity-council-topics.json';
import disclaimersJson from '../wordlists/capacity-disclaimers.json';

const MARKERS = templateRegExp(loadWordList('capacity-opinion-markers', markersJson));
const WEAK = templateRegExp(loadWordList('capacity-opinion-weak-markers', weakJson));
const STRONG = templateRegExp(loadWordList('capacity-opinion-strong-judgements', strongJson));
const MILD = templateRegExp(loadWordList('capacity-opinion-mild-judgements', mildJson));
const TOPICS = templateRegExp(loadWordList('capacity-council-topics', topicsJson));
const DISCLAIMER_TEMPLATES = loadWordList('capacity-disclaimers', disclaimersJson);

// "Personally, …", "Honestly, …", "To be honest, …" opening a sentence.
const OPENER = /^[^\p{L}\p{N}]{0,3}((?:quite\s+)?(?:personally|honestly|frankly|truthfully)|to\s+be\s+(?:honest|frank))(?!\p{L})/iu;

const DISCLAIMER_TEXT = 'Views my own, not those of the council.';

const patternsFor = memo((council: string) => ({
  // What the council ought to do: "the council should…", "should be the council's top priority".
  normative: new RegExp(
    `(?<![\\p{L}'’])(?:(?:${council}|councillors|we)\\s+(?:really\\s+)?(?:should(?:n['’]t|\\s+not)?|ought\\s+to|needs?\\s+to|must|has\\s+to|had\\s+better|would\\s+do\\s+well\\s+to)(?!\\p{L})|should\\s+be\\s+(?:${council})['’]s\\s+(?:top\\s+|first\\s+|number\\s+one\\s+|main\\s+|biggest\\s+)?priority)`,
    'giu',
  ),
  disclaimer: templateRegExp(DISCLAIMER_TEMPLATES, { council }),
}));

function firstMatch(re: RegExp, text: string): { start: number; end: number } | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function hasTopic(text: string): boolean {
  TOPICS.lastIndex = 0;
  return TOPICS.test(text);
}

export default defineRule({
  meta: {
    id: 'personal-view-disclaimer',
    category: 'capacity',
    description: 'A personal post that gives an opinion on a council matter without saying the views are your own.',
    defaultSeverity: 'warning',
    messages: {
      noDisclaimer:
        'this gives your view on a council matter (“{{phrase}}”) but does not say it is a personal view. Add a line such as “Views my own, not those of the council.”',
    },
  },
  checkSentence({ env, sentence }) {
    if (env.capacity !== 'personal') return [];
    const text = sentence.text;
    if (/\?\s*$/u.test(text)) return []; // a question asks for views rather than giving one
    const topic = hasTopic(text);
    const { normative } = patternsFor(councilSource(env.pack));

    // Every sign of an opinion; the earliest gives the span (the words that make it an opinion).
    const candidates: ({ start: number; end: number } | undefined)[] = [firstMatch(MARKERS, text), firstMatch(normative, text), firstMatch(STRONG, text)];
    const opener = OPENER.exec(text);
    const openerSpan = opener ? { start: opener[0].length - opener[1]!.length, end: opener[0].length } : undefined;
    if (openerSpan && /personally/iu.test(opener![1]!)) candidates.push(openerSpan);
    // A hedge ("I think", "Honestly,") only makes an opinion beside a judgement ("…is wrong").
    const hedge = openerSpan && !/personally/iu.test(opener![1]!) ? openerSpan : firstMatch(WEAK, text);
    if (hedge) {
      MILD.lastIndex = hedge.end;
      STRONG.lastIndex = hedge.end;
      if (MILD.test(text) || STRONG.test(text)) candidates.push(hedge);
    }
    const span = candidates.filter((c) => c !== undefined).sort((a, b) => a.start - b.start)[0];
    if (!span) return [];
    // topic: whether the sentence itself names a council matter; checkDraft also looks one back.
    return [{ messageId: 'noDisclaimer', start: span.start, end: span.end, data: { phrase: text.slice(span.start, span.end), topic: topic ? '1' : '' } }];
  },
  checkDraft({ env, text, sentences, quoted }, fromSentences) {
    if (!fromSentences.length) return [];
    // The writer's own words: a disclaimer inside someone else's quoted message does not count.
    let own = '';
    let from = 0;
    for (const q of quoted) {
      own += `${text.slice(from, q.start)}\n`;
      from = q.end;
    }
    own += text.slice(from);
    const { disclaimer } = patternsFor(councilSource(env.pack));
    disclaimer.lastIndex = 0;
    if (disclaimer.test(own)) return [];
    // The first opinion on a council matter: named in its sentence or the one before it.
    const first = fromSentences.find((r) => {
      if (r.data?.topic) return true;
      const at = sentences.findIndex((s) => s.start <= r.start && r.start < s.end);
      const previous = at > 0 ? sentences[at - 1] : undefined;
      return previous !== undefined && !previous.quoted && hasTopic(previous.text);
    });
    if (!first) return [];
    // Append the disclaimer to the end of the draft, or just before a quoted trail that ends it.
    const last = quoted[quoted.length - 1];
    const end = last && text.slice(last.end).trim() === '' ? last.start : text.length;
    const body = text.slice(0, end);
    const trimmed = body.replace(/\s+$/u, '');
    const tail = body.slice(trimmed.length);
    let insert: string;
    if (tail.includes('\n')) insert = end < text.length ? `${DISCLAIMER_TEXT}\n\n` : DISCLAIMER_TEXT; // already on a fresh line
    else if (tail) insert = DISCLAIMER_TEXT;
    else if (body.includes('\n')) insert = `\n\n${DISCLAIMER_TEXT}`;
    else insert = `${/[\p{L}\p{N}]$/u.test(trimmed) ? '.' : ''} ${DISCLAIMER_TEXT}`;
    return [
      {
        messageId: first.messageId,
        start: first.start,
        end: first.end,
        data: { phrase: first.data?.phrase ?? '' },
        fix: { label: 'Add “Views my own, not those of the council.”', edits: [{ start: end, end, text: insert }] },
      },
    ];
  },
});
