import type { Report } from '../../lib/engine/rule.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { loadWordList } from '../../lib/engine/phrases.ts';
import { listMatcher, locate, NEGATORS, quote, tokenize, type Tok } from '../shared/conduct-text.ts';
import actors from '../wordlists/conduct-council-actors.json';
import feelings from '../wordlists/conduct-grievance-feelings.json';
import mistreatment from '../wordlists/conduct-grievance-mistreatment.json';
import judgements from '../wordlists/conduct-grievance-judgements.json';
import statements from '../wordlists/conduct-grievance-statements.json';
import cues from '../wordlists/conduct-grievance-cues.json';
import otherBodies from '../wordlists/conduct-other-bodies.json';

// One-word forms of the council and colleagues, matched on a word's stem so possessives count
// ("the chair's behaviour").
const ACTOR_WORDS = new Set(loadWordList('conduct-council-actors', actors).map((a) => a.toLowerCase().split(/\s+/).pop()!));
const FEELINGS = listMatcher('conduct-grievance-feelings', feelings);
const MISTREATMENT = listMatcher('conduct-grievance-mistreatment', mistreatment);
const JUDGEMENTS = listMatcher('conduct-grievance-judgements', judgements);
const STATEMENTS = listMatcher('conduct-grievance-statements', statements);
const CUES = listMatcher('conduct-grievance-cues', cues);
const OTHER_BODIES = listMatcher('conduct-other-bodies', otherBodies);
// Feelings whose subject may be the council itself ("the council was disappointed to learn…"), which
// is not a grievance against it.
const FEELING_CUES = /^(?:frustrat|gutted|unhappy|annoyed|exasperated|disappoint|let down|fed up|had enough|sick of)/i;
// Praise nearby means a feeling is sorrow, not a grievance: "disappointed the clerk is leaving; she has been wonderful".
const PRAISE = /\b(?:thank(?:s|\s+you)|wonderful|brilliant|fantastic|great\s+job|will\s+be\s+(?:sadly\s+)?missed|sad\s+to\s+see|grateful|tireless|superb|excellent)\b/i;


// Another authority is not the writer's own council or colleagues.
const OTHER_AUTHORITY = new Set(['district', 'county', 'borough', 'city', 'unitary', 'highways', 'town']);
const COUNCIL_AS_WE = /\bas\s+(?:a|the|your)\s+(?:parish\s+|town\s+|village\s+)?council\b|\bwe\s+(?:at|on)\s+(?:the\s+)?(?:parish\s+|town\s+)?council\b|\bwe\s+as\s+(?:a|the)\s+(?:parish\s+)?council\b/iu;
const WE_FEEL =
  /\bwe(?:['’]re|\s+are|\s+were|\s+feel|\s+felt|\s+remain|\s+have\s+been|['’]ve\s+been)?\s+(?:(?:very|extremely|deeply|so|really|most|bitterly|hugely|thoroughly|all|naturally|understandably|frankly|equally)\s+){0,2}$/iu;

// Words allowed between a feeling and the council it is aimed at: "fed up with how the clerk…".
const FEELING_BRIDGE = new Set(['the', 'how', 'way', 'my', 'our', 'fellow', 'other', 'some', 'certain', 'being', 'treated', 'by', 'of', 'this', 'these', 'those', 'all', 'what', 'parish', 'so-called', 'new', 'current', 'whole', 'rest', 'at', 'being', 'constantly']);
const COPULA_BRIDGE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'become', 'becoming', 'been', 'getting', 'absolutely', 'a', 'an', 'utterly', 'completely', 'totally', 'such', 'just', 'now', 'frankly', 'so', 'really', 'simply', 'still', 'an', 'absolute', 'complete', 'total']);
// "the chair's behaviour was a disgrace"
const CONDUCT_NOUNS = new Set(['behaviour', 'conduct', 'attitude', 'treatment', 'handling', 'manner', 'tone', 'management', 'running', 'leadership', 'response', 'responses', 'silence']);
// "The clerk treated me to lunch", "treats me fairly": not a grievance.
const KIND_AFTER = /^\s+(?:to|kindly|well|fairly|with\s+respect|brilliantly|really\s+well|so\s+well|like\s+family)\b/i;
// Context that makes a first-person grievance about the council.
// "Nobody on the council listens", "none of my colleagues backed me".
const NOBODY =
  /\b(?:nobody|no\s+one|none\s+of)\b[^.;:!?]{1,40}?\b(?:listens?|cares?|bothers?|replie[sd]|answer(?:s|ed)|respond(?:s|ed)|backed\s+me|backs\s+me|supports?\s+me|supported\s+me|stood\s+up\s+for\s+me)\b/gi;
const CONTRAST = new Set(['but', 'although', 'though', 'however', 'yet', 'whereas', 'while']);
const COUNCIL_CONTEXT = /\b(?:meetings?|motions?|agenda|minutes)\b/i;

/** Overlapping pieces of one grievance become one span. */
function merge(hits: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ ...h });
  }
  return out;
}

function isActor(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i];
  if (!t || !ACTOR_WORDS.has(t.stem)) return false;
  const prev = tokens[i - 1];
  if (prev && !t.boundary && OTHER_AUTHORITY.has(prev.lower)) return false;
  // "members of the public", "chair of the residents' association"
  if ((t.stem === 'members' || t.stem === 'member') && tokens[i + 1]?.lower === 'of') return false;
  if (['chair', 'chairman', 'committee'].includes(t.stem) && tokens[i + 1]?.lower === 'of' && !/council/i.test(tokens[i + 3]?.lower ?? '') && !/council/i.test(tokens[i + 2]?.lower ?? '')) return false;
  return true;
}

function negatedJustBefore(tokens: readonly Tok[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 2; j--) {
    const t = tokens[j]!;
    if (NEGATORS.has(t.lower) || t.clitic === "n't") return true;
    if (tokens[j + 1]!.boundary) break;
  }
  return false;
}

/** A full stop, semicolon or colon between two tokens (commas allowed). */
function strongBreak(text: string, tokens: readonly Tok[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    if (/[.;:!?]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return true;
  }
  return false;
}

interface Hit {
  start: number;
  end: number;
}

const RAISED = /\b(?:I['’]ve|I\s+have|I|we['’]ve|we\s+have)\s+(?:raised|complained|chased|reported)\b/iu;
const IGNORED = /\b(?:nothing\s+(?:changes|has\s+changed|ever\s+changes|happens|has\s+happened|ever\s+happens|gets\s+done|has\s+been\s+done)|heard\s+nothing(?:\s+back)?)\b/iu;
const REPEATEDLY = /\b(?:more\s+than\s+once|again\s+and\s+again|repeatedly|several\s+times|many\s+times|(?:two|three|four|five|six|\d+)\s+(?:times|meetings)|for\s+(?:months|years|weeks))\b/iu;

// The writer shut out or silenced: "I was shut out of the meeting", "I've been kept in the dark by the chair".
const SHUT_OUT =
  /\b(?:I|we)(?:\s+was|\s+were|\s+have\s+been|['’]ve\s+been|\s+keep\s+getting|\s+get|\s+got)\s+(?:\w+\s+)?(?:shut\s+out|frozen\s+out|locked\s+out|excluded|left\s+out|kept\s+in\s+the\s+dark|shouted\s+down|talked\s+over|silenced|gagged|blocked|snubbed|stonewalled|bypassed|cut\s+off|barred|told\s+to\s+(?:shut\s+up|sit\s+down|be\s+quiet))\b/iu;
// A colleague or the council mistreating others: "the chairman ignores any councillor who disagrees".
const MISTREATS =
  /^\s+(?:\w+\s+)?(?:ignores|ignored|ignore|sidelines|sidelined|undermines|undermined|belittles|belittled|silences|silenced|snubs|snubbed|stonewalls|stonewalled|bullies|bullied|talks\s+over|talked\s+over|shouts\s+down|shouted\s+down|freezes\s+out|froze\s+out)\s+(?:any|every|other|all|fellow|new|us|me|anyone|anybody|everyone|residents|councillors|members|colleagues|the\s+(?:other\s+)?(?:councillors|members|residents|public|clerk|rest\s+of\s+us))\b/iu;

export default defineRule({
  meta: {
    id: 'grievance-in-public',
    category: 'conduct',
    description: 'A complaint or grievance about the council, the clerk or colleagues aired on social media.',
    defaultSeverity: 'warning',
    messages: {
      pending: 'A complaint cue waiting to be paired with the council named in the sentence before (never shown).',
      grievance:
        '“{{words}}” airs a grievance about the council or colleagues in public. Raise it through the council’s complaints or grievance procedure, or with the clerk or chair, instead of on social media.',
    },
    channels: ['facebook', 'x'],
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    // "I've raised it with the Chairman more than once and nothing changes", "I've complained and heard nothing back".
    const raised = RAISED.exec(text);
    const ignored = raised ? IGNORED.exec(text) : null;
    if (raised && ignored && ignored.index > raised.index && (REPEATEDLY.test(text) || /heard\s+nothing/i.test(ignored[0]))) {
      return [{ messageId: 'grievance', start: raised.index, end: ignored.index + ignored[0].length, data: { words: quote(text.slice(raised.index, ignored.index + ignored[0].length)) } }];
    }
    const f = FEELINGS.find(text);
    const m = MISTREATMENT.find(text);
    const j = JUDGEMENTS.find(text);
    const s = STATEMENTS.find(text);
    NOBODY.lastIndex = 0;
    const nobody = NOBODY.exec(text);
    const shut = SHUT_OUT.exec(text);
    const maybeMistreats = /\b(?:ignor|sideline|undermin|belittl|silenc|snub|stonewall|bull|talk|shout|freez|froze)/i.test(text);
    if (!f.length && !m.length && !j.length && !s.length && !nobody && !shut && !maybeMistreats && !CUES.test(text)) return [];
    const tokens = tokenize(text);
    const actorIdx = tokens.map((_, i) => i).filter((i) => isActor(tokens, i));
    const hits: Hit[] = [];
    const othersHere = OTHER_BODIES.test(text);
    if (shut && !othersHere && (actorIdx.length > 0 || COUNCIL_CONTEXT.test(text))) hits.push({ start: shut.index, end: shut.index + shut[0].length });
    if (maybeMistreats && !othersHere) {
      for (const a of actorIdx) {
        const mm = MISTREATS.exec(text.slice(tokens[a]!.end));
        if (mm && !negatedJustBefore(tokens, a + 1)) hits.push({ start: tokens[a]!.start, end: tokens[a]!.end + mm[0].length });
      }
    }

    // "Nobody on the council listens to me"
    if (nobody && actorIdx.some((a) => tokens[a]!.start > nobody.index && tokens[a]!.start < nobody.index + nobody[0].length)) {
      hits.push({ start: nobody.index, end: nobody.index + nobody[0].length });
    }
    // "fed up with how the clerk treats me", "let down by my fellow councillors"
    for (const x of locate(tokens, f)) {
      if (negatedJustBefore(tokens, x.first)) continue;
      for (let k = x.last + 1; k < tokens.length && k - x.last <= 6; k++) {
        if (tokens[k]!.boundary) break;
        if (isActor(tokens, k)) {
          hits.push({ start: x.start, end: tokens[k]!.end });
          break;
        }
        if (!FEELING_BRIDGE.has(tokens[k]!.lower)) break;
      }
    }
    // "my fellow councillors ignored my motion", "the chairman refused to let me speak"
    for (const x of locate(tokens, m)) {
      if (negatedJustBefore(tokens, x.first)) continue;
      if (/treat(?:s|ed)?\s+me$/i.test(x.text) && KIND_AFTER.test(text.slice(x.end))) continue;
      const a = [...actorIdx].reverse().find((i) => i < x.first && x.first - i <= 8 && !strongBreak(text, tokens, i, x.first));
      if (a === undefined) continue;
      if (tokens.slice(a + 1, x.first).some((t) => t.lower === 'which')) continue;
      hits.push({ start: tokens[a]!.start, end: x.end });
    }
    // "the council is a shambles", "the chair's behaviour was a disgrace"
    for (const x of locate(tokens, j)) {
      let k = x.first - 1;
      let steps = 0;
      while (k >= 0 && steps < 5 && COPULA_BRIDGE.has(tokens[k]!.lower) && !tokens[k + 1]!.boundary) {
        k--;
        steps++;
      }
      if (steps === 0 || k < 0 || tokens[k + 1]!.boundary) continue;
      if (!tokens.slice(k + 1, x.first).some((t) => ['is', 'are', 'was', 'were', 'become', 'becoming', 'been'].includes(t.lower))) continue;
      let subject = k;
      // "the chair's behaviour (at Tuesday's meeting) was a disgrace"
      for (let i = k; i >= 0 && k - i <= 6; i--) {
        if (tokens[i]!.clitic === "'s" && isActor(tokens, i) && CONDUCT_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
          subject = i;
          break;
        }
        if (tokens[i]!.boundary) break;
      }
      // "the way the chair runs meetings is a disgrace"
      if (!isActor(tokens, subject)) {
        const way = tokens.findIndex((t, i) => i < k && t.lower === 'way' && tokens[i - 1]?.lower === 'the');
        const actorInWay = way >= 0 ? actorIdx.find((i) => i > way && i < k) : undefined;
        if (actorInWay === undefined) continue;
        subject = way - 1;
      }
      hits.push({ start: tokens[subject]!.start, end: x.end });
    }
    // "I've had enough", "I feel sidelined", "the way I have been treated", in a sentence about the council
    if (s.length && (actorIdx.length > 0 || COUNCIL_CONTEXT.test(text))) {
      for (const x of s) {
        // "I'm fed up with the bus company": the feeling's object decides, above.
        if (/^\s+(?:with|of|by)\b/i.test(text.slice(x.end))) continue;
        hits.push({ start: x.start, end: x.end });
      }
    }

    // Loose complaint cues: with the council named in the same sentence and no other body in view.
    // Without the council named, a cue is held as "pending" for the draft check to pair with the
    // sentence before ("I asked the clerk in March. Still waiting.").
    const pending: Hit[] = [];
    const strong = hits.length > 0;
    const others = OTHER_BODIES.find(text);
    if (!strong && !PRAISE.test(text)) {
      for (const x of locate(tokens, CUES.find(text))) {
        if (text[x.start - 1] === '-') continue; // "anti-bullying"
        if (negatedJustBefore(tokens, x.first)) continue;
        // "the council was disappointed to learn…": the council feels it, it is not the target.
        if (FEELING_CUES.test(x.text) && actorIdx.some((a) => a < x.first && x.first - a <= 3)) continue;
        // "As a parish council we are extremely disappointed that…": the council, speaking as "we", feels it.
        if (FEELING_CUES.test(x.text) && COUNCIL_AS_WE.test(text) && WE_FEEL.test(text.slice(Math.max(0, x.start - 50), x.start))) continue;
        // The complaint is aimed at whichever is nearer: the council or another body.
        const distance = (a: { start: number; end: number }) => (a.end <= x.start ? x.start - a.end : Math.max(0, a.start - x.end));
        // "disappointed the application was refused, but the committee gave clear reasons": a contrast
        // between the feeling and the council sets them apart.
        const linked = actorIdx.filter((a) => {
          const [lo, hi] = a < x.first ? [a, x.first] : [x.last, a];
          return !tokens.slice(lo + 1, hi).some((t) => CONTRAST.has(t.lower));
        });
        const nearestActor = Math.min(...linked.map((a) => distance(tokens[a]!)));
        const nearestOther = Math.min(...others.map(distance));
        if (linked.length && nearestActor < nearestOther) hits.push({ start: x.start, end: x.end });
        else if (!actorIdx.length && !others.length) pending.push({ start: x.start, end: x.end });
        break;
      }
    }

    return [
      ...merge(hits).map((h): Report => ({ messageId: 'grievance', start: h.start, end: h.end, data: { words: quote(text.slice(h.start, h.end)) } })),
      ...pending.map((h): Report => ({ messageId: 'pending', start: h.start, end: h.end, data: { words: quote(text.slice(h.start, h.end)) } })),
    ];
  },
  checkDraft(ctx, fromSentences) {
    const out: Report[] = [];
    for (const r of fromSentences) {
      if (r.messageId !== 'pending') {
        out.push(r);
        continue;
      }
      // Pair a loose cue with the sentence before it, in the same paragraph.
      const i = ctx.sentences.findIndex((s) => s.start <= r.start && r.start < s.end);
      const prev = i > 0 ? ctx.sentences[i - 1] : undefined;
      if (!prev || prev.quoted || /\n\s*\n/.test(ctx.text.slice(prev.end, ctx.sentences[i]!.start))) continue;
      const tokens = tokenize(prev.text);
      if (tokens.some((_, k) => isActor(tokens, k)) && !OTHER_BODIES.test(prev.text)) out.push({ ...r, messageId: 'grievance' });
    }
    return out;
  },
});
