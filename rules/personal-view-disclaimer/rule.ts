import { loadWordList } from '../../lib/engine/phrases.ts';
import { isOfficialAddress } from '../../lib/engine/official.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { councilSource, matchesOf, memo, negatedBefore, templateRegExp } from '../shared/capacity-phrases.ts';
import markersJson from '../wordlists/capacity-opinion-markers.json';
import weakJson from '../wordlists/capacity-opinion-weak-markers.json';
import strongJson from '../wordlists/capacity-opinion-strong-judgements.json';
import mildJson from '../wordlists/capacity-opinion-mild-judgements.json';
import topicsJson from '../wordlists/capacity-council-topics.json';
import disclaimersJson from '../wordlists/capacity-disclaimers.json';
import predicatesJson from '../wordlists/capacity-opinion-predicates.json';
import outcomesJson from '../wordlists/capacity-opinion-outcomes.json';
import callsJson from '../wordlists/capacity-opinion-calls.json';
import speakingForJson from '../wordlists/capacity-speaking-for-council.json';

const MARKERS = templateRegExp(loadWordList('capacity-opinion-markers', markersJson));
const WEAK = templateRegExp(loadWordList('capacity-opinion-weak-markers', weakJson));
const STRONG = templateRegExp(loadWordList('capacity-opinion-strong-judgements', strongJson));
const MILD = templateRegExp(loadWordList('capacity-opinion-mild-judgements', mildJson));
const TOPICS = templateRegExp(loadWordList('capacity-council-topics', topicsJson));
const DISCLAIMER_TEMPLATES = loadWordList('capacity-disclaimers', disclaimersJson);

// Flat judgements with no "I think": a judging word after a linking verb ("the rise is unfair",
// "it's far too expensive", "the charges seem excessive"). "'s" only after a pronoun, so the
// possessive in "the council's right to object" is not a linking verb.
const LINK =
  "(?:(?<![\\p{L}'’])(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|seems?|seemed|looks?|looked|sounds?|feels?|remains?|would\\s+be|will\\s+be|has\\s+been|have\\s+been|is\\s+proving|proved)|(?<![\\p{L}'’])(?:it|that|this|what|which|he|she)['’]s|(?<![\\p{L}'’])(?:they|these|those|we|you)['’]re)";
const DEGREE =
  '(?:entirely|perfectly|totally|completely|absolutely|clearly|obviously|simply|just|really|very|so|quite|wholly|utterly|plainly|frankly|hugely|deeply|grossly|badly|fundamentally|not|hardly|still|both|all|also|now|definitely|certainly|surely|undoubtedly|probably|patently|blatantly|ridiculously|massively|a\\s+bit|rather|pretty|fairly|bit)';
const PREDICATE = new RegExp(
  `${LINK}\\s+(?:${DEGREE}\\s+){0,2}(?:${templateRegExp(loadWordList('capacity-opinion-predicates', predicatesJson)).source})`,
  'giu',
);
// "right" and "wrong" are judgements only at the end of the clause or before "to", "for", "about"…:
// not "the bench is right outside the shop" or "what is wrong with the light".
const RIGHT_WRONG_END =
  /^(?:\s*(?:$|[.,;:!?–—)…])|\s+(?:to|about|and|but|so|that|again|this\s+time|on\s+(?:this|that))(?!\p{L})|\s+for(?!\s+(?:a\s+(?:few|couple|while|day|week|month|bit)|\d|one|two|three|four|five|six|several|some|many|the\s+(?:past|last|first|next)|days|weeks|months|hours|ages|long|most)(?!\p{L})))/iu;

// What ought to happen to a scheme or decision: "the trial should be scrapped", "needs to be made permanent".
const OUTCOME = new RegExp(
  `(?<![\\p{L}'’])(?:should|must|ought\\s+to|needs?\\s+to|has\\s+to|have\\s+to)\\s+(?:(?:now|simply|just|surely|really|urgently|immediately|quietly|definitely|clearly|either)\\s+)?(?:be|have\\s+been)\\s+(?:${templateRegExp(loadWordList('capacity-opinion-outcomes', outcomesJson)).source})`,
  'giu',
);

// "Time to make it permanent.", "It's high time the council sorted the parking out.", at the head of a sentence.
const CALL = new RegExp(
  `^[^\\p{L}\\p{N}]{0,3}(?:(?:it['’]s|it\\s+is|surely\\s+it['’]s)\\s+)?(?:(?:high|about|past|now|well\\s+past)\\s+)?time\\s+(?:(?:we|they|the\\s+(?:parish\\s+)?council|councillors|the\\s+clerk)\\s+\\p{L}+|(?:for\\s+(?:the\\s+)?\\p{L}+\\s+)?to\\s+(?:${templateRegExp(loadWordList('capacity-opinion-calls', callsJson)).source}))`,
  'iu',
);

// A verdict on how a scheme has turned out: "has clearly worked", "has backfired", "has been a complete failure".
const VERDICT =
  /(?<![\p{L}'’])(?:has|have|had)\s+(?:(?:clearly|obviously|certainly|definitely|really|undoubtedly|plainly|completely|totally|absolutely|already|well\s+and\s+truly|simply|just)\s+)?(?:worked(?!\s+(?:hard|tirelessly|with|for|on|at|in|closely|alongside|together|here|there|long|since|as|through|out|until|from|to|under|over|very|so))|backfired|paid\s+off|failed\s+(?:miserably|completely|totally|utterly|badly|to\s+deliver)|been\s+(?:a\s+|an\s+)(?:(?:complete|total|utter|huge|big|real|spectacular|costly|expensive|absolute)\s+)?(?:failure|disaster|fiasco|flop|mess|shambles|waste))(?!\p{L})|(?<![\p{L}'’])got\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:(?:so|badly|completely|totally|absolutely|spot\s+on|exactly|just|dead|horribly|very|all)\s+)?(?:right|wrong)(?!\p{L})/giu;
// "a waste of the budget", "a complete waste of everyone's time".
const WASTE = /(?<![\p{L}'’])an?\s+(?:(?:real|complete|total|huge|shocking|criminal|absolute|utter|massive|scandalous)\s+)?waste\s+of(?!\p{L})/giu;

// What a place or scheme is said to need: "the rec badly needs a proper skate park", "is crying out for".
const NEED =
  /(?<![\p{L}'’])(?:badly|desperately|sorely|really|seriously|clearly|obviously|definitely)\s+needs?\s+(?:a|an|some|more|proper|new|better|its\s+own)(?!\p{L})|(?<![\p{L}'’])(?:is|are|['’]s)\s+(?:just\s+|really\s+)?crying\s+out\s+for(?!\p{L})/giu;
// Where money ought to go: "the CIL money should go straight into it", "the reserves must be spent on…".
const SPEND =
  /(?<![\p{L}'’])(?:should|must|ought\s+to|needs?\s+to)\s+(?:all\s+)?(?:go|be\s+spent|be\s+put|be\s+used|be\s+invested|be\s+ring-?fenced)\s+(?:straight\s+|directly\s+|instead\s+)?(?:into|on|towards)(?!\p{L})/giu;
const MONEY = /(?<![\p{L}'’])(?:money|funds|funding|cash|budget|reserves|CIL|S106|grant|grants|precept|surplus|underspend)(?!\p{L})|£/iu;

// "Personally, …", "Honestly, …", "To be honest, …" opening a sentence.
const OPENER = /^[^\p{L}\p{N}]{0,3}((?:quite\s+)?(?:personally|honestly|frankly|truthfully)|to\s+be\s+(?:honest|frank))(?!\p{L})/iu;

// The optional adverb in a disclaimer, with its space: "speaking purely for myself", "writing only personally".
const ADVERB = '(?:(?:purely|only|solely|just|strictly|entirely|very\\s+much|wholly)\\s+)?';

const DISCLAIMER_TEXT = 'Views my own, not those of the council.';
const SPEAKING_FOR = loadWordList('capacity-speaking-for-council', speakingForJson);

const patternsFor = memo((council: string) => ({
  // What the council ought to do: "the council should…", "should be the council's top priority".
  normative: new RegExp(
    `(?<![\\p{L}'’])(?:(?:${council}|councillors|we)\\s+(?:really\\s+)?(?:should(?:n['’]t|\\s+not)?|ought\\s+to|needs?\\s+to|must|has\\s+to|had\\s+better|would\\s+do\\s+well\\s+to)(?!\\p{L})|should\\s+be\\s+(?:${council})['’]s\\s+(?:top\\s+|first\\s+|number\\s+one\\s+|main\\s+|biggest\\s+)?priority)`,
    'giu',
  ),
  disclaimer: templateRegExp(DISCLAIMER_TEMPLATES, { council, adv: ADVERB }),
  // Wording that speaks for the council ("speaking for the parish council", "our position is"): then the
  // view is put as the council's, which speaking-for-council flags; a "views my own" line would not fit.
  speaksFor: templateRegExp(SPEAKING_FOR, { council }),
}));

function firstMatch(re: RegExp, text: string): { start: number; end: number } | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The first judging word after a linking verb, skipping "right"/"wrong" used of places and faults. */
function flatJudgement(text: string): { start: number; end: number } | undefined {
  PREDICATE.lastIndex = 0;
  for (let m = PREDICATE.exec(text); m; m = PREDICATE.exec(text)) {
    const end = m.index + m[0].length;
    if (/(?:right|wrong)$/iu.test(m[0])) {
      // "feels right", "looks wrong": a feeling, not a verdict; and "right outside the shop" is a place.
      if (/^(?:seem|look|sound|feel)/iu.test(m[0]) || !RIGHT_WRONG_END.test(text.slice(end))) continue;
    }
    return { start: m.index, end };
  }
  return undefined;
}

function hasTopic(text: string): boolean {
  TOPICS.lastIndex = 0;
  return TOPICS.test(text);
}

const DISCLAIMED = 'marks-a-disclaimer';
const SPEAKS_FOR = 'marks-speaking-for-council';

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
    const { normative, disclaimer, speaksFor } = patternsFor(councilSource(env.pack));
    // A disclaimer, or words speaking for the council (speaking-for-council's business), anywhere
    // in the writer's own text settles the draft: marked here, per sentence, so the draft pass
    // does not search the whole text on every check.
    disclaimer.lastIndex = 0;
    if (disclaimer.test(text)) return [{ messageId: DISCLAIMED, start: 0, end: 0 }];
    if (matchesOf(speaksFor, text).some((m) => !negatedBefore(text, m.start))) return [{ messageId: SPEAKS_FOR, start: 0, end: 0 }];
    if (/\?\s*$/u.test(text)) return []; // a question asks for views rather than giving one
    const topic = hasTopic(text);

    // Every sign of an opinion; the earliest gives the span (the words that make it an opinion).
    const candidates: ({ start: number; end: number } | undefined)[] = [
      firstMatch(MARKERS, text),
      firstMatch(normative, text),
      firstMatch(STRONG, text),
      firstMatch(OUTCOME, text),
      firstMatch(VERDICT, text),
      firstMatch(WASTE, text),
      flatJudgement(text),
      firstMatch(NEED, text),
      MONEY.test(text) ? firstMatch(SPEND, text) : undefined,
    ];
    const call = CALL.exec(text);
    if (call) candidates.push({ start: /^[^\p{L}\p{N}]*/u.exec(call[0])![0].length, end: call[0].length });
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
    const span = candidates.filter((c) => c !== undefined).sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (!span) return [];
    // topic: whether the sentence itself names a council matter; checkDraft also looks one back.
    return [{ messageId: 'noDisclaimer', start: span.start, end: span.end, data: { phrase: text.slice(span.start, span.end), topic: topic ? '1' : '' } }];
  },
  checkDraft({ env, text, sentences, quoted, email }, fromSentences) {
    if (!fromSentences.length) return [];
    // An email only to the council's own addresses (the clerk, fellow councillors) is internal
    // business: no outside reader can take the view for the council's.
    if (email) {
      const recipients = [...email.to, ...email.cc, ...email.bcc];
      if (recipients.length && recipients.every((r) => isOfficialAddress(env.pack, r))) return [];
    }
    // Only the writer's own sentences are marked: a disclaimer inside someone else's quoted
    // message does not count.
    if (fromSentences.some((r) => r.messageId === DISCLAIMED || r.messageId === SPEAKS_FOR)) return [];
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
    const trimmed = body.trimEnd();
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
