import { loadWordList } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { matchesOf, templateRegExp, textBefore } from '../shared/capacity-phrases.ts';
import cuesJson from '../wordlists/confidential-pending-cues.json';
import decisionNounsJson from '../wordlists/confidential-decision-nouns.json';
import contestsJson from '../wordlists/confidential-vote-contests.json';

// A settled stance (sentence level) on something the council has yet to decide (draft level).

const PENDING_CUES = templateRegExp(loadWordList('confidential-pending-cues', cuesJson));
const DECISION_NOUNS = templateRegExp(loadWordList('confidential-decision-nouns', decisionNounsJson));
const CONTESTS = templateRegExp(loadWordList('confidential-vote-contests', contestsJson));
// A planning reference such as 26/502117/FULL is a pending application too.
const PLANNING_REF = /\b\d{2}\/\d{4,7}\/[A-Z]{2,6}\b/iu;
// A date the item comes up on: "on the 14th", "on 3 March".
const DATE_AHEAD =
  /\b(?:on|by|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)?\b(?!\s*(?:%|pm|am|houses|homes|votes))/iu;
const ELECTION = /\b(?:elections?|polling\s+(?:day|station)|ballot|candidates?|referendum|general\s+election|by-election|hustings?)\b/iu;

const I_WILL = "I(?:\\s+will|['’]ll|\\s+am\\s+going\\s+to|['’]m\\s+going\\s+to|\\s+shall|\\s+intend\\s+to|\\s+plan\\s+to)";
const STRESS = '(?:\\s+(?:definitely|certainly|absolutely|100%|simply|just))?';
const FIRMLY = '(?:definite|firm|clear|straight|solid|big|resounding|flat|hard|certain|very\\s+firm)';
// What nothing will change: "my mind", "my view", "that", "my vote"; or who will not be moved: "sway me".
const UNMOVED = '(?:change|alter)\\s+(?:my\\s+(?:mind|views?|position|vote|stance|decision)|that|this|it)|sway\\s+me|persuade\\s+me|move\\s+me|convince\\s+me\\s+otherwise';

// Voting one way: "I will vote against", "I'll be voting it down", "that's how I'll be voting".
const VOTE = new RegExp(
  [
    `(?:${I_WILL}|we(?:\\s+will|['’]ll))${STRESS}\\s+(?:be\\s+)?vot(?:e|ing)\\s+(?:against|for|to|no|yes|in\\s+favour|(?:it|them|this|that)\\s+(?:down|through)|down|through)`,
    `I['’]m\\s+voting\\s+(?:against|for|no|yes|to)|I\\s+am\\s+voting\\s+(?:against|for|no|yes|to)`,
    `(?:that['’]s|that\\s+is|this\\s+is|which\\s+is)\\s+how\\s+I(?:['’]ll|\\s+will)\\s+(?:be\\s+)?vot(?:e|ing)`,
    `my\\s+vote\\s+(?:will\\s+be|is)\\s+(?:a\\s+)?(?:against|for|no|yes)`,
    `(?:it['’]s|it\\s+is|that['’]s|it\\s+will\\s+be|it['’]ll\\s+be)\\s+a\\s+(?:definite\\s+|firm\\s+|big\\s+|clear\\s+|straight\\s+)?(?:yes|no)\\s+from\\s+me`,
    `${I_WILL}${STRESS}\\s+(?:be\\s+)?say(?:ing)?\\s+(?:no|yes)(?!\\p{L})`,
    `(?<![\\p{L}'’])an?\\s+(?:${FIRMLY}\\s+)?(?:yes|no)\\s+from\\s+me`,
    `count\\s+on\\s+me\\s+to\\s+vote`,
    `${I_WILL}${STRESS}\\s+(?:be\\s+)?mov(?:e|ing)\\s+(?:that\\s+we|to)\\s+(?:refuse|reject|approve|object|support|oppose|accept|turn\\s+down|throw\\s+out)`,
    `I\\s+know\\s+(?:exactly\\s+)?how\\s+I(?:['’]m|\\s+am|['’]ll|\\s+will)\\s+(?:be\\s+)?vot(?:e|ing)`,
    // "it has my vote", "it won't be getting my vote".
    `(?:has|gets|will\\s+get|won['’]t\\s+get|won['’]t\\s+be\\s+getting|will\\s+not\\s+get|will\\s+not\\s+be\\s+getting|isn['’]t\\s+getting|is\\s+not\\s+getting|is\\s+getting|doesn['’]t\\s+have|does\\s+not\\s+have)\\s+my\\s+vote(?!\\p{L})`,
  ].join('|'),
  'giu',
);

// Taking a side on an item: "I'll be objecting", "I'm backing the proposal", "there's no way I'm backing a rise".
const POSITION = new RegExp(
  [
    `${I_WILL}${STRESS}\\s+(?:be\\s+)?(?:object(?:ing)?|oppos(?:e|ing)|support(?:ing)?|back(?:ing)?|reject(?:ing)?|block(?:ing)?|fight(?:ing)?|approv(?:e|ing)|argu(?:e|ing)\\s+(?:for|against)|speak(?:ing)?\\s+(?:against|in\\s+favour\\s+of)|recommend(?:ing)?\\s+(?:refusal|approval|rejection)|propos(?:e|ing)\\s+(?:refusal|rejection|approval))`,
    `I(?:['’]m|\\s+am)\\s+(?:(?:totally|completely|firmly|absolutely|fully|100%|dead\\s+set|dead|strongly|very\\s+much|wholeheartedly|resolutely|squarely|four-square)\\s+)?(?:backing|supporting|opposing|objecting\\s+to|against|opposed\\s+to|in\\s+favour\\s+of|all\\s+for|behind)`,
    // "I'm a firm yes", "count me as a no", "put me down as a yes".
    `I(?:['’]m|\\s+am)\\s+a\\s+(?:${FIRMLY}\\s+)?(?:yes|no)(?!\\p{L})`,
    `(?:count|put|mark)\\s+me\\s+(?:down\\s+)?as\\s+a\\s+(?:${FIRMLY}\\s+)?(?:yes|no)(?!\\p{L})`,
    `I(?:['’]m|\\s+am)\\s+not\\s+going\\s+to\\s+(?:be\\s+)?(?:support(?:ing)?|back(?:ing)?|vot(?:e|ing)\\s+for|approv(?:e|ing)|agree(?:ing)?\\s+to|accept(?:ing)?)`,
    `I\\s+(?:can['’]t|cannot|could\\s+never|can\\s+never)\\s+(?:ever\\s+)?(?:support|back|vote\\s+for|approve|accept|agree\\s+to)`,
    `${I_WILL}\\s+do\\s+(?:everything|all|whatever)\\s+I\\s+can\\s+to\\s+(?:stop|block|defeat|kill|see\\s+off|get\\s+rid\\s+of)`,
    `I(?:\\s+won['’]t|\\s+will\\s+not|\\s+will\\s+never|\\s+would\\s+never|['’]ll\\s+never|['’]d\\s+never)\\s+(?:be\\s+)?(?:support(?:ing)?|back(?:ing)?|vot(?:e|ing)\\s+for|approv(?:e|ing)|agree(?:ing)?\\s+to|accept(?:ing)?)`,
    `(?:I['’]ve|I\\s+have)\\s+no\\s+intention\\s+of\\s+(?:support|back|vot|approv|agree|accept)\\p{L}*`,
    `(?:no|not\\s+a)\\s+(?:way|chance)\\s+(?:I['’]m|I\\s+am|I['’]ll|I\\s+will|I['’]d|I\\s+would|am\\s+I|will\\s+I|I\\s+could|I\\s+can)\\s+(?:ever\\s+)?(?:be\\s+)?(?:back(?:ing)?|support(?:ing)?|vot(?:e|ing)|approv(?:e|ing)|agree(?:ing)?|accept(?:ing)?|go(?:ing)?\\s+along)`,
  ].join('|'),
  'giu',
);

const SUPPORT_GIVEN =
  /(?<![\p{L}'’])(?:has|have|gets|will\s+get|will\s+have)\s+my\s+(?:full\s+|total\s+|complete\s+|unreserved\s+|wholehearted\s+|whole-hearted\s+|100%\s+)?(?:support|backing)(?!\p{L})/giu;

const EVENT = /(?<![\p{L}'’])(?:switch-on|f[eê]te|fair|show|festival|party|fun\s+day|event|concert|litter\s+pick|quiz|match|race|walk|run|campaign|volunteers?|team|club|charity|fundraiser|fundraising)(?!\p{L})/iu;

// A closed mind: "I've already made up my mind", "nothing anyone says will change my mind".
const CLOSED_MIND = new RegExp(
  [
    `(?:I['’]ve|I\\s+have)\\s+(?:already\\s+)?made\\s+(?:up\\s+my\\s+mind|my\\s+mind\\s+up)`,
    `my\\s+decision(?:['’]s|\\s+is)\\s+(?:already\\s+)?made`,
    `(?:I['’]ve|I\\s+have)\\s+heard\\s+(?:all\\s+I\\s+need\\s+to|enough)`,
    `(?:don['’]t|do\\s+not|no)\\s+need\\s+to\\s+hear\\s+(?:any\\s+more|anything\\s+(?:else|more)|the\\s+(?:arguments|applicants?|rest|case|debate))`,
    `no\\s+point\\s+(?:anyone\\s+|anybody\\s+|you\\s+|in\\s+)?(?:lobbying|emailing|messaging|writing\\s+to|trying\\s+to\\s+(?:persuade|convince|change))\\s+me`,
    `(?:don['’]t|do\\s+not)\\s+(?:bother|waste\\s+your\\s+(?:time|breath))\\s+(?:lobbying|emailing|messaging|writing\\s+to|trying\\s+to\\s+(?:persuade|convince))\\s+me`,
    `save\\s+your\\s+breath`,
    `my\\s+mind(?:['’]s|\\s+is)\\s+(?:already\\s+)?made\\s+up`,
    `(?:I['’]ve|I\\s+have)\\s+already\\s+(?:decided|made\\s+my\\s+decision)`,
    `(?:I['’]ve|I\\s+have)\\s+decided\\s+to\\s+(?:vote|support|oppose|object|back|reject|recommend|block|approve)`,
    `(?:nothing|no\\s+one|nobody|no\\s+argument|no\\s+amount\\s+of)(?:\\s+\\p{L}+){0,6}\\s+(?:will|would|is\\s+going\\s+to|could|can)\\s+(?:${UNMOVED})`,
    `(?:won['’]t|will\\s+not|isn['’]t\\s+going\\s+to|is\\s+not\\s+going\\s+to)\\s+change\\s+my\\s+(?:mind|view|position|vote)`,
    `I(?:\\s+won['’]t|\\s+will\\s+not|['’]m\\s+not\\s+going\\s+to)\\s+be\\s+(?:persuaded|swayed|moved|changing\\s+my\\s+mind)`,
    `whatever\\s+(?:is\\s+said|anyone\\s+says|they\\s+say|the\\s+applicants?\\s+says?|the(?:\\s+\\p{L}+){1,4}\\s+(?:says?|recommends?|argues?|concludes?|advises?))`,
    `regardless\\s+of\\s+what\\s+(?:is\\s+said|anyone|they|the)`,
    `before\\s+we['’]ve\\s+even\\s+started`,
  ].join('|'),
  'giu',
);

// A condition anywhere before the stance: "if it is amended, I will support it".
const CONDITION = /\b(?:if|unless|provided|providing|as\s+long\s+as|subject\s+to)\b/iu;
// Words in the clause before a stance that keep it open: "I'm minded to…", "I will probably…".
const OPEN =
  /\b(?:minded\s+to|inclined|leaning|probably|might|may|maybe|perhaps|undecided|open\s+mind|not\s+sure|unsure|don['’]t\s+know|do\s+not\s+know|haven['’]t\s+decided|have\s+not\s+decided|not\s+(?:yet\s+)?decided|yet\s+to\s+decide|wonder(?:ing)?)\b/iu;

// Words of the object, amounts included: "the 10% rise", "the £5,000 grant".
const OBJECT_AFTER = /^(?:\s+[\p{L}\p{N}'’/%£-]+(?:[.,]\d+)*){0,8}/u;

function hasDecisionObject(after: string): boolean {
  // No object at all ("I'll be objecting at Monday's meeting"): the item is understood.
  if (/^\s*(?:[.,;:!?–—)]|$|(?:at|on|when|in|next|tonight|tomorrow|this|then|and|but|so)\b)/iu.test(after)) return true;
  const words = OBJECT_AFTER.exec(after)![0];
  if (/^\s+(?:(?:for|on|to|with|about|over)\s+)?(?:it|this|that|them|these|those)\b/iu.test(words)) return true;
  DECISION_NOUNS.lastIndex = 0;
  return DECISION_NOUNS.test(words) || PLANNING_REF.test(words);
}

export default defineRule({
  meta: {
    id: 'pending-decision',
    category: 'confidentiality',
    description: 'A settled view on something the council has yet to decide: a risk of predetermination.',
    defaultSeverity: 'warning',
    messages: {
      settled:
        '“{{phrase}}” reads as a mind made up on something the council has yet to decide, which could stop you taking part in the decision. Say you will listen to the arguments at the meeting before deciding.',
    },
  },
  checkSentence({ env, sentence }) {
    if (env.role !== 'councillor' && env.role !== 'chair') return [];
    const text = sentence.text;
    if (!/\bI\b|\bI['’]|\bwe\b|\bmy\s+(?:mind|vote|decision|support|backing)|\bmy\s+\S+\s+(?:support|backing)|from\s+me|\bme\b|whatever|regardless|nothing|no\s+one|nobody|no\s+amount|even\s+started|your\s+breath/iu.test(text)) return [];
    const reports: Report[] = [];
    const add = (start: number, end: number, kind: string) => {
      if (reports.some((r) => start < r.end && end > r.start)) return;
      const before = textBefore(text, start, 100);
      const clause = before.split(/[,;:.!?–—]/u).pop() ?? '';
      if (OPEN.test(clause) || CONDITION.test(before)) return;
      reports.push({ messageId: 'settled', start, end, data: { phrase: text.slice(start, end), kind } });
    };
    for (const m of matchesOf(CLOSED_MIND, text)) add(m.start, m.end, 'closed');
    for (const m of matchesOf(VOTE, text)) {
      // "I'll be voting for the Smiths' scarecrow": a show or competition, not a council decision.
      CONTESTS.lastIndex = 0;
      if (CONTESTS.test(OBJECT_AFTER.exec(text.slice(m.end))![0])) continue;
      add(m.start, m.end, 'vote');
    }
    for (const m of matchesOf(POSITION, text)) {
      if (hasDecisionObject(text.slice(m.end))) add(m.start, m.end, 'position');
    }
    // "It's a good scheme and it has my full support": backing given to an item named just before.
    // The item may be named in the sentence before: the draft pass looks there.
    for (const m of matchesOf(SUPPORT_GIVEN, text)) {
      const before = textBefore(text, m.start, 80);
      const nouns = matchesOf(DECISION_NOUNS, before);
      // "the Christmas lights switch-on has my support": an event, not the item, is backed.
      const after = nouns.length ? before.slice(nouns[nouns.length - 1]!.end) : before;
      if (EVENT.test(after)) continue;
      add(m.start, m.end, nouns.length ? 'position' : 'support');
    }
    return reports.sort((a, b) => a.start - b.start);
  },
  checkDraft({ text, quoted }, fromSentences) {
    if (!fromSentences.length) return [];
    // The decision must still be to come: a meeting, an application, "next week", "the council decides"…
    const own = quoted.length ? text.slice(0, quoted[0]!.start) : text;
    PENDING_CUES.lastIndex = 0;
    if (!PENDING_CUES.test(own) && !PLANNING_REF.test(own) && !DATE_AHEAD.test(own)) return [];
    const election = ELECTION.test(own);
    const itemBefore = (at: number) => {
      DECISION_NOUNS.lastIndex = 0;
      return DECISION_NOUNS.test(text.slice(Math.max(0, at - 150), at));
    };
    return fromSentences
      .filter((r) => !(election && r.data?.kind === 'vote'))
      .filter((r) => r.data?.kind !== 'support' || itemBefore(r.start))
      .map(({ data, ...r }) => ({ ...r, data: { phrase: data?.phrase ?? '' } }));
  },
});
