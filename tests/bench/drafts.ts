// Deterministic, realistic drafts of a given length for benchmarks: every sentence differs, as
// in a real draft, so a full check cannot lean on repeated sentences.

const OPENERS = [
  'At last night’s meeting', 'Following residents’ concerns', 'As many of you will know', 'Just a quick update:',
  'Thanks to everyone who came along', 'After a long discussion', 'This morning', 'Over the winter',
  'Since the last newsletter', 'With the spring weather arriving', 'On the advice of the district council', 'Once again',
];
const SUBJECTS = [
  'the allotment committee', 'the clerk', 'the playground inspector', 'our litter-pick volunteers', 'the highways team',
  'the village hall trustees', 'the footpaths officer', 'the tree warden', 'the speedwatch group', 'the bus company',
  'the drainage contractor', 'the church wardens', 'the school governors', 'the cricket club', 'the library volunteers',
];
const VERBS = [
  'looked again at', 'reported on', 'agreed a budget for', 'asked for quotes on', 'walked the route of', 'raised questions about',
  'put forward plans for', 'checked the state of', 'wrote to the county about', 'collected views on', 'finished work on',
];
const OBJECTS = [
  'the flooding on Church Lane', 'the broken swings on the green', 'the Christmas lights', 'grass cutting along the verges',
  'the new bus shelter', 'dog fouling near the school', 'the defibrillator by the shop', 'parking on the High Street',
  'the war memorial railings', 'broadband in the outlying farms', 'the pothole outside the pub', 'the precept for next year',
  'a planning application for four houses', 'the hedge by the footpath', 'the speed signs on the main road',
];
const CLOSERS = [
  'and will report back next month.', 'so please keep an eye on the noticeboard.', 'which should be finished by June.',
  'and thanked everyone involved.', 'with more details on the website soon.', 'after hearing from several residents.',
  'though the cost is still being worked out.', 'and the minutes will follow.',
];
// A few sentences a real post might carry that rules do react to, spread through the draft.
const FLAGGED = [
  'You can ring Jane on 07700 900123 if you have questions.',
  'Honestly, the contractor is clueless and the work is a disgrace!!!',
  'Mr Peter Hollis at 14 Mill Road has complained again.',
  'I think the precept rise is the wrong decision.',
];

/** A seeded pseudo-random generator (mulberry32), so every run benches the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;

/** About `words` words of parish-council prose in paragraphs, every sentence unique. */
export function benchDraft(words: number, seed = 1): string {
  const r = random(seed);
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    n++;
    let sentence = n % 40 === 0 ? pick(FLAGGED, r) : `${pick(OPENERS, r)} ${pick(SUBJECTS, r)} ${pick(VERBS, r)} ${pick(OBJECTS, r)} ${pick(CLOSERS, r)}`;
    if (seen.has(sentence)) sentence = sentence.replace(/\.$/, ` (item ${n}).`);
    seen.add(sentence);
    paragraph.push(sentence);
    count += sentence.split(/\s+/).length;
    if (paragraph.length >= 5) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

/** The same draft with one word changed near the middle (alternating between two spellings). */
export function editOneWord(text: string, variant: number): string {
  const at = text.indexOf(' the ', Math.floor(text.length / 2));
  return `${text.slice(0, at)} ${variant % 2 ? 'our' : 'the'} ${text.slice(at + 5)}`;
}
