import { loadWordList, phraseMatcher } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { matchesOf, negatedBefore } from '../shared/capacity-phrases.ts';
import signalsJson from '../wordlists/confidential-signals.json';
import notSecretJson from '../wordlists/confidential-not-secret.json';

const SIGNALS = phraseMatcher(loadWordList('confidential-signals', signalsJson));
const NOT_SECRET = new Set(loadWordList('confidential-not-secret', notSecretJson).map((w) => w.toLowerCase()));

// Cheap prefilter: every signal contains one of these stems.
const PREFILTER =
  /confiden|session|camera|closed|exempt|privately|private|part\s+(?:2|ii|two)|publication|public|announce|official|circulation|sharing|embargo|between|yoursel|quiet|hush|record|wraps|tell|share|spread|pass\s+this|heard|hear\s+it|supposed|meant|shouldn|leaked|bird|grapevine|excluded|under\s+your\s+hat|quote\s+me|mum['’]s|\bqt\b|entre|inside|allowed\s+to/iu;

// "Part 2 item", "the Part II papers", "discussed in Part 2", "Part 2 of the agenda".
const PART_TWO =
  /(?<![\p{L}\p{N}])part\s+(?:2|ii|two)(?:\s+(?:item|items|papers?|reports?|business|session|discussion|minutes|matters?|agenda|meeting)|\s+of\s+(?:the|tonight['’]s|last\s+night['’]s|our)\s+(?:agenda|meeting))(?![\p{L}\p{N}])/giu;
const IN_PART_TWO = /(?<![\p{L}\p{N}])(?:in|under|during|into)\s+part\s+(?:2|ii|two)(?![\p{L}\p{N}]|\s+of\b)/giu;

// "the closed part of Tuesday's meeting", "the private section of the agenda".
const CLOSED_PART =
  /(?<![\p{L}\p{N}])(?:closed|private|confidential|exempt|secret)\s+(?:part|section|portion|bit|half|end|session)\s+of\s+(?:(?:the|our|this|that|tonight['’]s|last\s+night['’]s|yesterday['’]s|\p{L}{3,12}['’]s)\s+)?(?:(?:council|parish\s+council|committee|planning|full\s+council)\s+)?(?:meeting|agenda|session)(?![\p{L}\p{N}])/giu;

// "the press and public were excluded", "after the public had left".
const EXCLUDED =
  /(?<![\p{L}\p{N}])(?:(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\s+(?:were|was|had\s+been|having\s+been)\s+excluded|excluded\s+the\s+(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public)|(?:with|having)\s+(?:the\s+)?(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public)\s+(?:being\s+|now\s+)?excluded|(?:after|once)\s+the\s+(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public)\s+(?:had\s+)?(?:left|gone))(?![\p{L}\p{N}])/giu;

// "the closed-session item", "an in-camera discussion": the meeting words joined by a hyphen.
const HYPHENATED = /(?<![\p{L}\p{N}])(?:closed|private|confidential|exempt)-(?:session|door|doors|meeting|item|items|part|business)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])in-camera(?![\p{L}\p{N}])/giu;
// "keep them to yourself", "keep these figures to yourselves", "keep what I've said under your hat".
const KEEP_TO_YOURSELF =
  /(?<![\p{L}\p{N}])keep\s+(?:it|this|that|them|these|those|(?:the|these|those|my|this|that)\s+(?:[\p{L}-]+\s+)?(?:figures|numbers|details|names?|news|information|info|papers|reports?|minutes|plans?|tenders?|bids?|quotes?|results?|costs|prices|draft|email|letter|emails|letters|advice|update)|what\s+I(?:['’]ve|\s+have)?\s+(?:said|told\s+you|shared))\s+(?:strictly\s+)?(?:to\s+yoursel(?:f|ves)|under\s+your\s+hats?|between\s+(?:us|ourselves|you\s+and\s+me))(?![\p{L}\p{N}])/giu;

// The adjective and the adverb: "confidential for now", "I was told confidentially".
const CONFIDENTIAL = /(?<![\p{L}\p{N}-])confidential(?![\p{L}\p{N}])/giu;

// An agenda notice that a closed item is coming: publishing it is routine, not a leak.
const AGENDA_NOTICE =
  /\b(?:will|to|may)\s+be\s+(?:taken|held|considered|discussed|dealt\s+with|excluded)\b|\bresol(?:ve|ution)\s+to\s+exclude\b|\bpublic\s+bodies\s+\(admission\s+to\s+meetings\)/iu;

// Standard email confidentiality footers and handling promises ("your details will be kept confidential").
const BOILERPLATE =
  /intended\s+(?:solely|only)\s+for|received\s+this\s+(?:e-?mail|message)\s+in\s+error|privileged|the\s+(?:intended\s+)?(?:addressee|recipient)|(?:kept|treated|handled|held)\s+(?:as\s+|strictly\s+)?(?:confidential|in\s+confidence)|(?:your|all|any)\s+(?:details|responses|replies|answers|information|comments)\s+(?:are|is|will\s+be|remain)\s+(?:strictly\s+)?confidential|confidential\s+and\s+anonymous|anonymous\s+and\s+confidential|(?:survey|questionnaire|consultation|responses?|replies|form|feedback)\s+(?:is|are|will\s+be|remains?)\s+(?:completely\s+|entirely\s+|strictly\s+|fully\s+)?(?:confidential|anonymous)/iu;

// An offer to listen in confidence: "you can speak to the clerk in confidence".
const OFFER =
  /\byou\s+(?:can|may|could|are\s+welcome\s+to)\b|\bfeel\s+free\s+to\b|\bplease\s+(?:contact|speak|talk|call|email|write|ring)\b|^\W*(?:do\s+)?(?:speak|talk|contact|call|email|write|ring|message|get\s+in\s+touch)\b/iu;

const SERVICE_PHRASE = /^(?:in\s+confidence|in\s+strict(?:est)?\s+confidence|in\s+the\s+strictest\s+confidence)$/iu;

export default defineRule({
  meta: {
    id: 'confidential-matter',
    category: 'confidentiality',
    description: 'Information from a closed session, an exempt item, or otherwise confidential or not yet public.',
    defaultSeverity: 'error',
    messages: {
      confidential:
        '“{{phrase}}” suggests this is confidential or not yet public. Share only what was dealt with in open session or has already been published; check with the clerk first.',
    },
  },
  checkSentence({ sentence }) {
    const text = sentence.text;
    if (!PREFILTER.test(text)) return [];
    if (BOILERPLATE.test(text)) return [];
    const agendaNotice = AGENDA_NOTICE.test(text);
    const offer = OFFER.test(text);
    const found: { start: number; end: number; meeting: boolean }[] = [];

    for (const m of SIGNALS.find(text)) {
      if (SERVICE_PHRASE.test(m.text) && offer) continue;
      const meeting = /session|camera|closed|exempt/iu.test(m.text);
      found.push({ start: m.start, end: m.end, meeting });
    }
    for (const re of [PART_TWO, IN_PART_TWO]) for (const m of matchesOf(re, text)) found.push({ ...m, meeting: true });
    for (const m of matchesOf(EXCLUDED, text)) found.push({ ...m, meeting: /^(?:with|having)\b/iu.test(m.text) });
    for (const m of matchesOf(CLOSED_PART, text)) found.push({ ...m, meeting: true });
    for (const m of matchesOf(HYPHENATED, text)) found.push({ ...m, meeting: true });
    for (const m of matchesOf(KEEP_TO_YOURSELF, text)) found.push({ ...m, meeting: false });
    for (const m of matchesOf(CONFIDENTIAL, text)) {
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end))?.[1]?.toLowerCase();
      if (next && NOT_SECRET.has(next)) continue;
      if (/(?:\bnon-?|\bno\s+longer\s+|\bnothing\s+)$/iu.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
      if (negatedBefore(text, m.start, 20)) continue;
      found.push({ start: m.start, end: m.end, meeting: false });
    }

    const reports: Report[] = [];
    let lastEnd = -1;
    for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (f.start < lastEnd) continue;
      if (f.meeting && agendaNotice) continue;
      lastEnd = f.end;
      reports.push({ messageId: 'confidential', start: f.start, end: f.end, data: { phrase: text.slice(f.start, f.end) } });
    }
    return reports;
  },
});
