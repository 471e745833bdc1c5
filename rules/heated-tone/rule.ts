import type { Report } from '../../lib/engine/rule.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { dropNested, listMatcher, quote } from '../shared/conduct-text.ts';
import { loadWordList } from '../../lib/engine/phrases.ts';
import acronymList from '../wordlists/conduct-acronyms.json';
import argumentPhrases from '../wordlists/conduct-argument-phrases.json';

const ACRONYMS = new Set(loadWordList('conduct-acronyms', acronymList).map((a) => a.toUpperCase()));
const ARGUMENT = listMatcher('conduct-argument-phrases', argumentPhrases);

// Words that make a run of capitals a sentence rather than a name: "STOP LYING TO RESIDENTS" shouts,
// "the SUMMER FUN DAY" is a name set in capitals.
const FUNCTION_WORDS = new Set([
  'YOU', 'YOUR', "YOU'RE", 'I', "I'M", "I'VE", 'WE', 'THEY', 'IS', 'ARE', 'WAS', 'WERE', 'NOT', 'NO', 'THIS', 'THAT',
  'IT', "IT'S", 'DO', 'DOES', "DON'T", 'DID', "DIDN'T", 'WILL', "WON'T", "CAN'T", 'CANNOT', 'HAVE', 'HAS', 'BE', 'STOP',
  'NEVER', 'EVER', 'ALL', 'WHY', 'WHAT', 'HOW', 'WHO', 'SO', 'JUST', 'ME', 'MY', 'OUR', 'HE', 'SHE', 'THEM', 'THEIR',
  'AM', 'IF', 'BUT', 'TO', 'THE', 'OF', 'FOR', 'AND', 'AGAIN', 'ANY', 'MORE', 'NOW', 'ENOUGH', 'SHOULD', 'MUST',
  "ISN'T", "AREN'T", "WASN'T", "HASN'T", "HAVEN'T", 'GET', 'LISTEN', 'READ', 'UNACCEPTABLE', 'DISGRACE', 'DISGRACEFUL',
]);
// Words that never sit in a heading: "PARISH COUNCIL MEETING TONIGHT" is a heading, "I AM SICK OF THIS" is not.
const HEADING_BREAKERS = new Set([...FUNCTION_WORDS].filter((w) => !['THE', 'OF', 'FOR', 'AND', 'TO', 'ALL', 'NO', 'NOW', 'MORE', 'ANY', 'NEVER', 'READ', 'GET', 'LISTEN', 'STOP'].includes(w)));
const CAPS_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

interface CapsRun {
  start: number;
  end: number;
  words: number;
  shouted: number;
  function: boolean;
}

function isCaps(word: string): boolean {
  const letters = word.replace(/\P{L}/gu, '');
  return letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Runs of consecutive capitalised words (only spaces and light punctuation between). */
function capsRuns(text: string): { runs: CapsRun[]; words: number; capsWords: number } {
  const runs: CapsRun[] = [];
  let current: CapsRun | undefined;
  let prevEnd = 0;
  let words = 0;
  let capsWords = 0;
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(text); m; m = CAPS_WORD.exec(text)) {
    const word = m[0].replace(/’/g, "'");
    const hasLetters = /\p{L}/u.test(word);
    if (!hasLetters) continue;
    words++;
    const gap = text.slice(prevEnd, m.index);
    prevEnd = m.index + m[0].length;
    const caps = isCaps(word) && (word.length >= 2 || word === 'I' || word === 'A');
    if (!caps) {
      current = undefined;
      continue;
    }
    capsWords++;
    // A run continues over spaces, commas and dashes, not over a full stop or a line break.
    if (current && !/[.!?:;\n]/.test(gap)) {
      current.end = m.index + m[0].length;
      current.words++;
    } else {
      current = { start: m.index, end: m.index + m[0].length, words: 1, shouted: 0, function: false };
      runs.push(current);
    }
    const upper = word.toUpperCase();
    const acronym = ACRONYMS.has(upper) || /\d/.test(word) || (word.length <= 5 && /[&.]/.test(word));
    if (!acronym && word.length >= 2) current.shouted++;
    if (FUNCTION_WORDS.has(upper)) current.function = true;
  }
  return { runs, words, capsWords };
}

// "Thanks everyone!!!", "Happy Easter!!!": stacked marks in a cheerful sentence are not heat.
const CHEERFUL = /\b(?:thank(?:s|\s+you)|congratulations|congrats|well\s+done|happy|welcome|great|brilliant|fantastic|amazing|lovely|wonderful|delighted|superb|excellent|fab|yay|hooray|hurray|see\s+you\s+there|don['’]t\s+miss|can['’]t\s+wait|good\s+luck|best\s+wishes|merry|enjoy|fun|proud|winner|won)\b/i;
const HOSTILE = /\b(?:not|no|never|why|disgrace|disgraceful|ridiculous|joke|appalling|outrage|outrageous|unacceptable|shocking|pathetic|useless|again|angry|furious|sick|fed\s+up|how\s+dare|seriously|really)\b|n['’]t\b/i;
const STACKED = /[!?]{3,}/g;
// "you clearly don't understand", "you obviously haven't read".
const YOU_CLEARLY =
  /\byou\s+(?:clearly|obviously|evidently|plainly|simply|just|still)\s+(?:don['’]t|do\s+not|haven['’]t|have\s+not|can['’]t|cannot|didn['’]t|did\s+not|aren['’]t|are\s+not|have\s+no|fail\s+to|refuse\s+to|won['’]t)\s+(?:understand|get|read|know|grasp|listen|want|follow|see|care|bothered|have\s+a\s+clue|idea)\b/gi;
// Phrases that are neutral mid-sentence ("the market runs for the last time on Sunday") and heated only
// when they open a clause ("For the last time, the bins are not ours").
const CLAUSE_START_ONLY = /^for\s+the\s+(?:last|final)\s+time$/i;
// Opening a clause: after a mark, perhaps with a joining word ("Once again, and for the last time:").
// After a joining word it must also be set off by a mark ("and for the last time: …"), not run on into the
// sentence ("and for the last time this year the choir…").
const CLAUSE_OPENING = /(?:^|[,;:.!?(—–-])\s*$/u;
const JOINED_OPENING = /(?:^|[,;:.!?(—–-])\s*(?:and|but|so|now|once\s+again|once\s+more)\s+$/iu;
// Telling someone again and again, in any wording: "I have now told you FOUR TIMES", "I've explained this to
// you twice", "I told you this three times already".
const TOLD_YOU =
  /(?<![\p{L}'’])I(?:['’]ve|\s+have)?\s+(?:now\s+|already\s+|just\s+|literally\s+|honestly\s+)?(?:told|explained\s+(?:this|it|that)\s+to|said\s+(?:this|it|that)\s+to)\s+you\s+(?:(?:this|that|it)\s+)?(?:(?:\p{L}+|\d+)\s+times|twice|repeatedly|again\s+and\s+again|over\s+and\s+over)(?!\p{L})/giu;

// Single words in capitals are emphasis ("I am NOT happy"); several of them close together, most of
// them negations, read as shouting across sentences: "NO, the hall is NOT available. NO exceptions."
const HEAT_WORDS = new Set([
  'NO', 'NOT', 'NEVER', 'EVER', 'STOP', 'AGAIN', 'WRONG', 'NOBODY', 'NOTHING', 'NONE', "WON'T", "CAN'T", "DON'T",
  "ISN'T", "WASN'T", "AREN'T", 'ENOUGH', 'READ', 'LISTEN', 'LIE', 'LIES', 'FALSE', 'WHY', 'DISGRACE', 'RIDICULOUS',
]);
const CLUSTER_WINDOW = 250;

function isEmphatic(word: string): boolean {
  return word.length >= 2 && isCaps(word) && /^\p{L}/u.test(word) && !/\d/.test(word) && !ACRONYMS.has(word.toUpperCase());
}

/** Whether a sentence holds a word in capitals that is not an acronym: clusters can only start there. */
function hasEmphaticWord(text: string): boolean {
  if (!/\p{Lu}{2}/u.test(text)) return false;
  return [...text.matchAll(CAPS_WORD)].some((m) => isEmphatic(m[0].replace(/’/g, "'")));
}

function emphasisClusters(text: string, quoted: readonly { start: number; end: number }[], existing: readonly Report[]): Report[] {
  if (!/\p{Lu}{2}/u.test(text)) return [];
  const runs: { start: number; end: number; heat: boolean }[] = [];
  let last: { start: number; end: number; heat: boolean } | undefined;
  let prevEnd = 0;
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(text); m; m = CAPS_WORD.exec(text)) {
    const word = m[0].replace(/’/g, "'");
    const gap = text.slice(prevEnd, m.index);
    prevEnd = m.index + m[0].length;
    const upper = word.toUpperCase();
    const emphatic = isEmphatic(word);
    if (!emphatic || quoted.some((q) => q.start <= m!.index && m!.index < q.end)) {
      last = undefined;
      continue;
    }
    if (last && /^[\s,-]*$/.test(gap)) {
      last.end = prevEnd;
      last.heat ||= HEAT_WORDS.has(upper);
    } else {
      last = { start: m.index, end: prevEnd, heat: HEAT_WORDS.has(upper) };
      runs.push(last);
    }
  }
  const out: Report[] = [];
  for (let i = 0; i < runs.length; i++) {
    let j = i;
    while (j + 1 < runs.length && runs[j + 1]!.start - runs[i]!.start <= CLUSTER_WINDOW) j++;
    const cluster = runs.slice(i, j + 1);
    if (cluster.length >= 3 && cluster.filter((r) => r.heat).length >= 2) {
      for (const r of cluster) {
        if (existing.some((e) => e.start <= r.start && r.end <= e.end) || out.some((o) => o.start === r.start)) continue;
        out.push({ messageId: 'emphasis', start: r.start, end: r.end, data: { words: quote(text.slice(r.start, r.end), 50) } });
      }
    }
  }
  return out;
}

const EMPHASIS = 'marks-emphatic-words';

export default defineRule({
  meta: {
    id: 'heated-tone',
    category: 'conduct',
    description: 'Shouting in capitals, stacked !!! or ???, or the back-and-forth of an online argument.',
    defaultSeverity: 'warning',
    messages: {
      caps: 'Writing “{{words}}” in capitals reads as shouting. Use ordinary sentence case.',
      emphasis: 'So many words in capitals, like “{{words}}”, read as shouting. Use ordinary sentence case.',
      punctuation: '“{{words}}” reads as shouting. One mark is enough.',
      argument:
        '“{{words}}” sounds like an online argument. State the position once, calmly, then step back or take it offline.',
    },
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    const reports: Report[] = [];

    if (/\p{Lu}{2,}/u.test(text)) {
      const { runs, words, capsWords } = capsRuns(text);
      const wholeSentence = words >= 3 && capsWords === words && runs.some((r) => r.shouted >= 2);
      for (const r of runs) {
        const shouting = (r.shouted >= 3 && (r.function || r.shouted >= 5)) || (wholeSentence && r.shouted >= 2);
        if (shouting) reports.push({ messageId: 'caps', start: r.start, end: r.end, data: { words: quote(text.slice(r.start, r.end), 50) } });
      }
    }

    STACKED.lastIndex = 0;
    for (let m = STACKED.exec(text); m; m = STACKED.exec(text)) {
      const marks = m[0];
      if (!marks.includes('?') && CHEERFUL.test(text) && !HOSTILE.test(text)) continue;
      reports.push({ messageId: 'punctuation', start: m.index, end: m.index + marks.length, data: { words: marks } });
    }

    for (const m of ARGUMENT.find(text)) {
      if (CLAUSE_START_ONLY.test(m.text)) {
        const before = text.slice(Math.max(0, m.start - 20), m.start);
        const setOff = /^\s*[,:;—–-]/u.test(text.slice(m.end));
        if (!CLAUSE_OPENING.test(before) && !(setOff && JOINED_OPENING.test(before))) continue;
      }
      reports.push({ messageId: 'argument', start: m.start, end: m.end, data: { words: quote(m.text) } });
    }
    TOLD_YOU.lastIndex = 0;
    for (let m = TOLD_YOU.exec(text); m; m = TOLD_YOU.exec(text)) {
      reports.push({ messageId: 'argument', start: m.index, end: m.index + m[0].length, data: { words: quote(m[0]) } });
    }
    YOU_CLEARLY.lastIndex = 0;
    for (let m = YOU_CLEARLY.exec(text); m; m = YOU_CLEARLY.exec(text)) {
      reports.push({ messageId: 'argument', start: m.index, end: m.index + m[0].length, data: { words: quote(m[0]) } });
    }
    const out = dropNested(reports);
    // Marks a sentence that could take part in a cluster of emphatic words, so the draft pass
    // scans the whole text only when one exists.
    if (hasEmphaticWord(text)) out.push({ messageId: EMPHASIS, start: 0, end: 0 });
    return out;
  },
  checkDraft(ctx, withMarks) {
    const fromSentences = withMarks.filter((r) => r.messageId !== EMPHASIS);
    const emphatic = fromSentences.length !== withMarks.length;
    // A line set wholly in capitals with no closing mark is a heading ("PARISH COUNCIL MEETING",
    // "ROAD CLOSURE NOTICE"), not shouting.
    const text = ctx.text;
    const kept = fromSentences.filter((r) => {
      if (text.slice(r.start, r.end) === '' || !/\p{Lu}/u.test(text.slice(r.start, r.end)) || /^[!?]+$/.test(text.slice(r.start, r.end))) return true;
      const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
      let lineEnd = text.indexOf('\n', r.end);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd).trim();
      const letters = line.replace(/\P{L}/gu, '');
      const wholeLineCaps = letters !== '' && letters === letters.toUpperCase();
      const words = line.split(/\s+/).filter(Boolean).length;
      // "I AM SICK AND TIRED OF THIS" has no closing mark either, but pronouns and verbs give it away.
      const spoken = line.split(/[^\p{L}'’]+/u).some((w) => HEADING_BREAKERS.has(w.toUpperCase().replace(/’/g, "'")));
      const heading = wholeLineCaps && words <= 8 && !/[.!?]$/.test(line) && !spoken;
      return !heading;
    });
    return dropNested(emphatic ? [...kept, ...emphasisClusters(text, ctx.quoted, kept)] : kept);
  },
});
