import { loadWordList } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { councilSource, memo, negatedBefore, templateRegExp, textBefore } from '../shared/capacity-phrases.ts';
import { participleBase, verbBase } from '../shared/capacity-verbs.ts';
import actionsJson from '../wordlists/capacity-commit-actions.json';
import notActionsJson from '../wordlists/capacity-commit-not-actions.json';
import framesJson from '../wordlists/capacity-commit-promise-frames.json';
import hedgesJson from '../wordlists/capacity-commit-hedges.json';

const ACTIONS = new Set(loadWordList('capacity-commit-actions', actionsJson).map((w) => w.toLowerCase()));
const NOT_ACTIONS = new Set(loadWordList('capacity-commit-not-actions', notActionsJson).map((w) => w.toLowerCase()));
const FRAMES = loadWordList('capacity-commit-promise-frames', framesJson);
const HEDGES = templateRegExp(loadWordList('capacity-commit-hedges', hedgesJson));

// Words that stress a promise: "the council will definitely replace the swings".
const STRESS = 'definitely|certainly|absolutely|100%|defo|definately|surely|now|soon|then|also|happily|gladly|promptly|quickly|urgently|immediately|shortly|personally|fully|be\\s+able\\s+to';
const STRESSED = /definitely|certainly|absolutely|100%|defo|definately|surely/iu;

// A council subject (or "we as a council") and a future: "the parish council will", "WPC is going to".
function subjectSource(council: string): string {
  return `(?:${council}|we(?:,)?\\s+as\\s+a\\s+(?:parish\\s+)?council(?:,)?)`;
}
const FUTURE = "(?:\\s+(?:will|shall|(?:is|are)\\s+going\\s+to|(?:won['’]t|will\\s+not|will\\s+never))|['’]ll|['’]s\\s+going\\s+to)";

const patternsFor = memo((council: string) => {
  const subject = subjectSource(council);
  const tail = `((?:\\s+(?:${STRESS})){0,2})\\s+(?:(be)\\s+)?(\\p{L}+)`;
  return {
    // Optional promise frame, then the council and a future verb.
    future: new RegExp(
      `(?<![\\p{L}'’])(?:(${templateRegExp(FRAMES).source})(?:\\s+that)?\\s+)?(${subject}${FUTURE})${tail}`,
      'giu',
    ),
    // "I'll make sure the council pays", "I will get the council to fix it", "I'll arrange for the
    // council to pay", "I'll have the council replace it", "I've got the council to agree to pay".
    ensure: new RegExp(
      `(?<![\\p{L}'’])(?:I(?:['’]ll|\\s+will|\\s+am\\s+going\\s+to|['’]m\\s+going\\s+to|(?:['’]ve|\\s+have)(?=\\s+(?:already\\s+)?(?:got|arranged)))|we(?:['’]ll|\\s+will))\\s+(?:personally\\s+|already\\s+)?(make\\s+sure|ensure|see\\s+to\\s+it|get|got|arrange\\s+for|arranged\\s+for|have)(?:\\s+that)?\\s+${subject}\\s+(?:(to)\\s+)?(?:agree\\s+to\\s+)?(\\p{L}+)`,
      'giu',
    ),
    // "I'm committing the council to…", "I've signed the council up to pay…".
    bind: new RegExp(
      `(?<![\\p{L}'’])I(?:['’]m|\\s+am|['’]ve|\\s+have|['’]ll|\\s+will|\\s+hereby)?\\s+(?:(?:already|just|personally|now)\\s+)?(?:commit(?:ting|ted|s)?|sign(?:ing|ed|s)?)\\s+${subject}\\s+(?:up\\s+)?(?:to|for)(?!\\p{L})`,
      'giu',
    ),
    // "I've pledged £500 of council money", "I've secured council funding for the minibus".
    money: new RegExp(
      `(?<![\\p{L}'’])I(?:['’]ve|\\s+have|['’]ll|\\s+will|['’]m|\\s+am|\\s+can)?\\s+(?:(?:already|just|personally)\\s+)?(?:pledg(?:e|ed|ing)|promis(?:e|ed|ing)|commit(?:ted|ting)?|earmark(?:ed|ing)?|secur(?:e|ed|ing)|guarantee(?:d|ing)?|allocat(?:e|ed|ing)|set\\s+aside|find|found)(?:\\s+[\\p{L}\\p{N}£,.'’-]{1,20}){0,4}?\\s+(?:(?:${subject})(?:['’]s)?|parish|council)\\s+(?:money|funds|funding|cash|budget|reserves|grant)(?!\\p{L})`,
      'giu',
    ),
  };
});

// "make sure", "do it", "have it filled", "get them cut back" after the council: commitments
// although the verb itself is light.
function lightVerbCommits(base: string, after: string): boolean {
  if (base === 'make') return /^\s+(?:sure|good)\b/iu.test(after);
  // "look after the pond" takes it on; "look at", "look into" only consider it.
  if (base === 'look') return /^\s+after\b/iu.test(after);
  // "pick up the bill", "find the money": paying, unlike "find out".
  if (base === 'pick') return /^\s+up\s+(?:the\s+)?(?:bill|tab|cost|costs|invoice)\b/iu.test(after);
  if (base === 'find') return /^\s+(?:the\s+|some\s+)?(?:money|funds|funding|cash|£)/iu.test(after);
  if (base === 'do') return /^\s+(?:it|this|that|the\s+(?:work|repairs?|job)|everything|something|all\s+it\s+can)\b/iu.test(after);
  if (base === 'have' || base === 'get') {
    // "have/get <object of up to ten words> <participle of an action>", within the clause.
    const clause = /^[^.,;:!?–—]{0,100}/u.exec(after)![0];
    const words = clause.trim().split(/\s+/u).slice(0, 11);
    if (words[0] === undefined || /^(?:to|look|been|had|got)$/iu.test(words[0])) return false;
    return words.slice(1).some((word) => participleBase(word.replace(/\P{L}/gu, ''), ACTIONS) !== undefined);
  }
  return false;
}

function decidedOrHedged(text: string, start: number): boolean {
  const window = textBefore(text, start, 100);
  // Reporting a decision already taken: "as agreed at the meeting, the council will…".
  if (/\b(?:agreed|resolved|approved|decided|voted|minuted|budgeted)\b|\bfollowing\s+(?:the|last|its|this)\b/iu.test(window)) return true;
  // Only the clause the promise stands in: "I hope you enjoyed it, and the council will…" is not hedged.
  const clause = window.split(/[,;:.!?–—()]/u).pop() ?? '';
  HEDGES.lastIndex = 0;
  if (HEDGES.test(clause)) return true;
  return negatedBefore(clause, clause.length);
}

export default defineRule({
  meta: {
    id: 'committing-council',
    category: 'capacity',
    description: 'A councillor promises or commits the council to action, spending or a decision.',
    defaultSeverity: 'warning',
    messages: {
      commits:
        '“{{phrase}}” promises something only the council can decide. Say what you will do yourself, for example “I will raise this with the clerk and ask for it to go on the agenda”.',
    },
  },
  checkSentence({ env, sentence }) {
    if (env.role !== 'councillor' && env.role !== 'chair') return [];
    const text = sentence.text;
    const lower = text.toLowerCase();
    if (
      !lower.includes('council') &&
      !/\b(?:pc|wpc)\b|parish\s+(?:money|funds|funding|cash|budget)/.test(lower) &&
      !env.pack.official.names.some((n) => lower.includes(n.toLowerCase()))
    ) {
      return [];
    }
    const question = /\?\s*$/u.test(text);
    const { future, ensure, bind, money } = patternsFor(councilSource(env.pack));
    const reports: Report[] = [];
    const push = (start: number, end: number) => {
      if (reports.some((r) => start < r.end && end > r.start)) return;
      reports.push({ messageId: 'commits', start, end, data: { phrase: text.slice(start, end) } });
    };

    future.lastIndex = 0;
    for (let m = future.exec(text); m; m = future.exec(text)) {
      const [whole, frame, subjectAndFuture, stress = '', be, verb] = m;
      const framed = frame !== undefined;
      const negative = /won['’]t|will\s+not|will\s+never/iu.test(subjectAndFuture!);
      const base = verbBase(verb!, ACTIONS, NOT_ACTIONS);
      const after = text.slice(m.index + whole.length);
      let commits = false;
      if (be && !/ing$/iu.test(verb!)) commits = false;
      else if (NOT_ACTIONS.has(base)) commits = lightVerbCommits(base, after);
      else if (ACTIONS.has(base)) commits = !negative || framed;
      else commits = (framed || STRESSED.test(stress)) && !negative;
      if (negative && !framed) commits = false;
      if (!commits) continue;
      if (decidedOrHedged(text, m.index)) continue;
      if (question && !framed) continue;
      push(m.index, m.index + whole.length);
    }

    ensure.lastIndex = 0;
    for (let m = ensure.exec(text); m; m = ensure.exec(text)) {
      const [whole, how, to, verb] = m;
      const base = verbBase(verb!, ACTIONS, NOT_ACTIONS);
      const after = text.slice(m.index + whole.length);
      // "get", "arrange for" take "to" and an action ("get the council to fix it"); "have" a bare action
      // ("have the council replace it"); "make sure" and "ensure" any verb but a light one.
      const needsTo = /^(?:get|got|arranged?\s+for)$/iu.test(how!);
      if (needsTo && !to) continue;
      if (/^have$/iu.test(how!) && to) continue;
      const strict = needsTo || /^have$/iu.test(how!);
      const commits = strict ? ACTIONS.has(base) || (NOT_ACTIONS.has(base) && lightVerbCommits(base, after)) : NOT_ACTIONS.has(base) ? lightVerbCommits(base, after) : true;
      if (!commits || /^(?:will|would|can|could|is|are|was|has|have|knows?|hears?)$/iu.test(verb!)) continue;
      if (negatedBefore(text, m.index)) continue;
      push(m.index, m.index + whole.length);
    }

    for (const re of [bind, money]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (negatedBefore(text, m.index) || decidedOrHedged(text, m.index)) continue;
        push(m.index, m.index + m[0].length);
      }
    }
    return reports.sort((a, b) => a.start - b.start);
  },
});

