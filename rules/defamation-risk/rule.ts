import type { Report } from '../../lib/engine/rule.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import {
  copulaSubject,
  DETERMINERS,
  dropNested,
  isOther,
  listMatcher,
  locate,
  Names,
  NEGATORS,
  nounPhraseHead,
  quote,
  subjectIndexBefore,
  tokenize,
  whoIs,
  type Tok,
  type TokMatch,
  type WhoOptions,
} from '../shared/conduct-text.ts';
import dishonestyVerbs from '../wordlists/conduct-dishonesty-verbs.json';
import crimeVerbs from '../wordlists/conduct-crime-verbs.json';
import dishonestyNouns from '../wordlists/conduct-dishonesty-nouns.json';
import dishonestyAdjectives from '../wordlists/conduct-dishonesty-adjectives.json';
import hedges from '../wordlists/conduct-allegation-hedges.json';

const VERBS = listMatcher('conduct-dishonesty-verbs', dishonestyVerbs);
const CRIMES = listMatcher('conduct-crime-verbs', crimeVerbs);
const NOUNS = listMatcher('conduct-dishonesty-nouns', dishonestyNouns);
const ADJECTIVES = listMatcher('conduct-dishonesty-adjectives', dishonestyAdjectives);
const HEDGES = listMatcher('conduct-allegation-hedges', hedges);
const ORGS: WhoOptions = { organisations: true };

// Verb phrases that also have an innocent sense with "they": "they covered up the mural",
// "they lied low". These need a named subject, not "they".
const NEEDS_NAMED_SUBJECT = /^(?:covered up|covering up|covers up|laundering|ripped off|ripping off|rips off)$/i;
// "lying in hospital", "lying down", "lying about the place".
const LYING_LITERAL = /^\s+(?:in|on|down|around|low|idle|empty|dormant|awake|still|there|here|flat|back|about\s+the\s+(?:place|house|village|road|street|field|yard))\b/i;
// "stole the show", "stole our hearts".
const STOLE_FIGURATIVE = /^\s+(?:the\s+show|the\s+limelight|the\s+spotlight|(?:our|my|your|their|everyone['’]s)\s+hearts?)\b/i;
// A crime report names no suspect: "thieves stole", "police are appealing", "anyone with information".
const CRIME_REPORT = /\b(?:police|pcso|crime\s+number|cctv|appealing\s+for|police\s+appeal|appeal\s+for\s+(?:information|witnesses)|anyone\s+with\s+information|suspects?|thieves|burglars|offenders?|someone|somebody|youths|a\s+man|a\s+woman|unknown|reported|report\s+it|jailed|sentenced|arrested|charged|court|magistrates|pleaded|found\s+guilty|convicted)\b/i;

const NOUN_FILLERS = new Set([
  'a', 'an', 'the', 'such', 'absolute', 'complete', 'total', 'utter', 'right', 'proper', 'real', 'common', 'nothing',
  'but', 'more', 'than', 'just', 'known', 'convicted', 'lying', 'thieving', 'bunch', 'load', 'pack', 'gang', 'shower',
  'lot', 'of', 'bloody', 'little', 'barefaced', 'outright', 'blatant', 'downright', 'shameless', 'serial', 'all', 'both',
  'so', 'utterly', 'completely', 'totally', 'thoroughly', 'clearly', 'obviously', 'very', 'really', 'deeply', 'also',
  'still', 'always', 'now', 'simply', 'plain', 'and', 'or', 'corrupt', 'crooked', 'dishonest', 'bent', 'frankly',
  ...dishonestyNouns.entries.filter((e) => !e.includes(' ')).map((e) => e.toLowerCase()),
]);
const GROUP_OF = new Set(['bunch', 'load', 'pack', 'gang', 'shower', 'lot', 'band', 'den']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'your']);

interface Ctx {
  text: string;
  tokens: Tok[];
  names: Names;
}

/** Negated or hedged in the clause before the allegation: "I don't believe he lied", "alleged". */
function hedgedBefore(c: Ctx, first: number, hedgeStarts: readonly number[]): boolean {
  const { tokens } = c;
  const start = tokens[first]!.start;
  // Hedge words anywhere earlier in the sentence ("police are investigating whether the clerk…").
  if (hedgeStarts.some((h) => h < start)) return true;
  for (let j = first - 1; j >= 0 && first - j <= 8; j--) {
    const t = tokens[j]!;
    if (NEGATORS.has(t.lower) || t.clitic === "n't" || t.lower === 'nobody') return true;
    if (t.boundary) break;
  }
  return false;
}

/** "Did the clerk lie?", "Is the chair corrupt?": a question, not a statement. */
function yesNoQuestion(c: Ctx): boolean {
  return /\?\s*$/.test(c.text) && /^(?:did|does|do|has|have|had|is|are|was|were|could|can|would|should|will)\b/i.test(c.text.trim());
}

const INDEFINITE = new Set(['a', 'an', 'some', 'any', 'another', 'no']);
const UNIDENTIFIED = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'people', 'everyone', 'everybody', 'youths', 'kids', 'whoever', 'person',
  'man', 'woman', 'men', 'women', 'thieves', 'burglars', 'nobody',
]);
const STRONG_BOUNDARY = /[;:()[\]\u2014\u2013]|\s-\s/u;
const REPORTING = new Set(['says', 'said', 'say', 'thinks', 'think', 'thought', 'told', 'tells', 'claims', 'claimed', 'believes', 'believe', 'reckons', 'reported', 'reports', 'knows', 'feels', 'agrees', 'warns', 'warned', 'suggests', 'suggested', 'asked', 'asks', 'wonders', 'whether', 'that']);

/** "The operator of the café by the green": the head before the prepositions. */
function npHead(c: Ctx, idx: number): number {
  return nounPhraseHead(c.tokens, idx, c.names, ORGS);
}

/** Whether the token names an identifiable person or organisation (not "someone", not "a man"). */
function identifiable(c: Ctx, idx: number, allowThey: boolean): boolean {
  const { tokens } = c;
  const who = whoIs(tokens, idx, c.names, ORGS);
  if (who === 'group') return allowThey;
  if (who !== 'person') return false;
  // "the man who runs the car boot" is someone readers can pick out; "a man", "someone" are not.
  const definiteHuman = ['man', 'woman', 'men', 'women', 'person'].includes(tokens[idx]!.stem) && ['the', 'that', 'this'].includes(tokens[idx - 1]?.lower ?? '');
  if (UNIDENTIFIED.has(tokens[idx]!.stem) && !definiteHuman) return false;
  const before = tokens[idx - 1];
  if (before && !tokens[idx]!.boundary && INDEFINITE.has(before.lower)) return false;
  return true;
}

/**
 * When the subject is set off by commas ("The firm that resurfaced the car park, Fenway Ltd, is a
 * fraud"), the first definite person or organisation in the clause is the one it is said of.
 */
function definiteInClause(c: Ctx, first: number): boolean {
  const { tokens, text } = c;
  let from = first - 1;
  while (from > 0 && !STRONG_BOUNDARY.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  from = Math.max(0, from);
  // The clause must open with the person or organisation ("The firm that…", "the roofer knocking…").
  for (let i = from; i < first && i - from < 4; i++) {
    const t = tokens[i]!;
    if (!identifiable(c, i, false) || !(t.cap || definiteOrPronoun(tokens, i))) continue;
    // "The clerk says that the scheme is a fraud": the allegation is about something else.
    for (let k = i + 1; k < first; k++) if (REPORTING.has(tokens[k]!.lower) && tokens[k]!.lower !== 'that') return false;
    return true;
  }
  return false;
}

function definiteOrPronoun(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!;
  if (['he', 'she', 'you'].includes(t.stem)) return true;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (DETERMINERS.has(tokens[j]!.lower)) return true;
    if (tokens[j + 1]!.boundary) break;
  }
  return false;
}

/** The subject of a verb phrase is identifiable: a name, a role, a business, or a pronoun. */
function identifiableSubject(c: Ctx, m: TokMatch, allowThey: boolean): boolean {
  const idx = subjectIndexBefore(c.tokens, m.first, c.names, ORGS);
  if (idx === undefined) return definiteInClause(c, m.first);
  const head = npHead(c, idx);
  if (identifiable(c, head, allowThey)) return true;
  // "The tree surgeon the committee used last winter is a thief": the subject noun phrase is long.
  return whoIs(c.tokens, head, c.names, ORGS) === 'unknown' && definiteInClause(c, m.first);
}

/** "the contractor is a fraud", "you liar", "these crooks", "a bunch of cowboys". */
function nounOfSomeone(c: Ctx, m: TokMatch): boolean {
  const { tokens } = c;
  const s = copulaSubject(tokens, m.first, NOUN_FILLERS, c.names, ORGS);
  if (s) {
    if (s.negated) return false;
    const head = npHead(c, s.index);
    if (!identifiable(c, head, true) && !(whoIs(tokens, head, c.names, ORGS) === 'unknown' && definiteInClause(c, m.first))) return false;
    // "the clerk's fraud investigation": a possessive, not "the clerk is".
    if (s.contracted && !['he', 'she', 'you', 'they', 'who', 'that'].includes(tokens[s.index]!.stem)) {
      const next = tokens[m.last + 1];
      if (next && !next.boundary) return false;
    }
    return true;
  }
  let j = m.first - 1;
  for (let steps = 0; j >= 0 && steps < 4 && !tokens[j + 1]!.boundary; steps++, j--) {
    const w = tokens[j]!.lower;
    if (w === 'you' || w === 'these' || w === 'those') return true;
    if (w === 'of' && GROUP_OF.has(tokens[j - 1]?.lower ?? '')) return true;
    if (!NOUN_FILLERS.has(w)) break;
  }
  return copulaAfterBoundary(c, m.first) && definiteInClause(c, m.first);
}

/** "…, Fenway Ltd, is a fraud": a copula straight after a comma, over fillers. */
function copulaAfterBoundary(c: Ctx, first: number): boolean {
  const { tokens } = c;
  let j = first - 1;
  while (j >= 0 && first - j <= 6 && NOUN_FILLERS.has(tokens[j]!.lower) && !tokens[j + 1]!.boundary) j--;
  const cop = tokens[j];
  return !!cop && cop.boundary && ['is', 'are', 'was', 'were'].includes(cop.lower);
}

/** "corrupt councillors", "a crooked builder", "cowboy builders". */
function describesSomeone(c: Ctx, m: TokMatch): boolean {
  const { tokens } = c;
  for (let k = m.last + 1; k < tokens.length && k - m.last <= 2; k++) {
    if (tokens[k]!.boundary) return false;
    const who = whoIs(tokens, k, undefined);
    if (who === 'person' && !['you', 'he', 'she', 'him', 'her', 'them', 'they'].includes(tokens[k]!.lower)) return true;
    if (!NOUN_FILLERS.has(tokens[k]!.lower) && !['old', 'little', 'local'].includes(tokens[k]!.lower)) return false;
  }
  return false;
}

/** "his lies", "the clerk's lies", "lies from the chair". */
function liesOfSomeone(c: Ctx): TokMatch[] {
  const out: TokMatch[] = [];
  const { tokens } = c;
  tokens.forEach((t, i) => {
    if (t.lower !== 'lies' && t.lower !== 'lie') return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const possessive =
      prev && !t.boundary && (POSSESSIVES.has(prev.lower) || (prev.clitic === "'s" && isOther(whoIs(tokens, i - 1, c.names, ORGS)) && !['he', 'she', 'it', 'that', 'there', 'what'].includes(prev.stem)));
    const from = next && !next.boundary && (next.lower === 'from' || next.lower === 'by' || next.lower === 'told') && tokens[i + 2] && isOther(whoIs(tokens, i + 2, c.names, ORGS));
    const fromThe = next && next.lower === 'from' && tokens[i + 2]?.lower === 'the' && tokens[i + 3] && isOther(whoIs(tokens, i + 3, c.names, ORGS));
    if (possessive || from || fromThe) out.push({ start: t.start, end: t.end, text: t.text, first: i, last: i });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wrongdoing by structure: a verb of taking, hiding, faking or bribing, with the kind of object
// that makes it wrongdoing (money, records, an official), said of an identifiable subject. The
// verb lists are grammar-sized; the object decides the sense ("siphoned off the appeal money", not
// "took the money to the bank").

// Money, up to three words after a determiner: "the roof appeal money", "our fete takings".
const MONEY_NOUN = '(?:money|account|bank\\s+account|cash|funds?|takings|proceeds|donations?|deposits?|fees|rent|rents|grants?|float|kitty|petty\\s+cash|collection|profits?|subs|subscriptions|wages|savings|precept|budget|pot|reserves|till)';
const DET_WORDS = "(?:half\\s+of\\s+(?:every|each|the)|a\\s+cut\\s+of\\s+(?:every|each|the)|every|each|the|our|their|his|her|its|my|your|all\\s+the|half\\s+the|some\\s+of\\s+the|most\\s+of\\s+the|thousands\\s+from\\s+the|residents['’]?|people['’]s|the\\s+village['’]s|the\\s+club['’]s|the\\s+council['’]s)";
const MONEY_OBJECT = `${DET_WORDS}\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${MONEY_NOUN}`;
// Verbs that are theft whatever follows, once the object is money.
const TAKE_MONEY = new RegExp(
  `\\b(?:stole|steals|stealing|fiddled|fiddling|fiddles|nicked|nicking|pinched|pinching|swiped|swiping|pocketed|pocketing|pockets|siphoned\\s+off|siphoning\\s+off|siphons\\s+off|siphoned|siphoning|skimmed(?:\\s+off)?|skimming(?:\\s+off)?|creamed\\s+off|creaming\\s+off|embezzled|embezzling|misappropriated|misappropriating|raided|raiding|emptied|emptying|drained|draining|cleaned\\s+out|cleaning\\s+out|made\\s+off\\s+with|ran\\s+off\\s+with|run\\s+off\\s+with|walked\\s+off\\s+with|did\\s+a\\s+runner\\s+with|helped\\s+(?:himself|herself|themselves)\\s+to|helping\\s+(?:himself|herself|themselves)\\s+to|has\\s+had\\s+(?:his|her|their)\\s+hands?\\s+in)\\s+${MONEY_OBJECT}\\b`,
  'giu',
);
// Verbs that are innocent alone ("kept the takings safe"), wrongdoing with "for himself" and the like.
const KEEP_MONEY = new RegExp(
  `\\b(?:kept|keeps|keeping|took|takes|taking|spent|spends|spending|moved|moving|transferred|transferring|put|putting|paid|paying)\\s+${MONEY_OBJECT}\\s+(?:from\\s+(?:the\\s+|our\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}\\s+)?(?:for\\s+(?:himself|herself|themselves|his\\s+own|her\\s+own|their\\s+own)|on\\s+(?:himself|herself|themselves)|into\\s+(?:his|her|their)\\s+own)`,
  'giu',
);
// Faking, hiding or fixing records: "rigged the allotment committee election", "hiding the overspend".
const RECORD_NOUN = '(?:accounts|books|figures|numbers|minutes|invoices|receipts|records|expenses|claims?|timesheets|mileage|results?|count|votes?|election|ballot|tender|survey|petition|signatures?|consultation|evidence|reports?|overspend|losses|deficit|shortfall|debts?|truth|complaints?|paperwork|audit|names?|planning\\s+objection)';
const RECORD_OBJECT = `(?:the|his|her|their|its|our|a|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${RECORD_NOUN}`;
const FAKE_RECORDS = new RegExp(
  `\\b(?:stitched\\s+up|stitching\\s+up|stitches\\s+up|rigged|rigging|rigs|fixed|fixing|cooked|cooking|fiddled|fiddling|falsified|falsifying|doctored|doctoring|fabricated|fabricating|forged|forging|massaged|massaging|tampered\\s+with|tampering\\s+with|covered\\s+up|covering\\s+up|hushed\\s+up|hushing\\s+up|whitewashed|whitewashing|buried|burying|hid|hiding|hides|hidden|concealed|concealing|conceals|disguised|disguising|shredded|shredding)\\s+${RECORD_OBJECT}\\b`,
  'giu',
);
// "fixed the results" is wrongdoing; "fixed the count" after a recount is not a thing anyone writes,
// but "fixed the report" (repaired a typo) is: these objects need a stronger verb than "fixed".
const FIX_OK = /^(?:fix|fixed|fixing)\s+(?:the|a|this|that|his|her|their|our|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:results?|votes?|election|ballot|tender|count)$/iu;
// Bribery: "slipped the chairman a few hundred quid", "paid off someone at the district",
// "got the contract because he bunged him".
const BRIBE = /\b(?:slipped|slipping|slips|bunged|bunging|bungs|paid\s+off|paying\s+off|pays\s+off|bought\s+off|buying\s+off|greased\s+the\s+palms?\s+of|greasing\s+the\s+palms?\s+of)\s+(?:him|her|them|someone|somebody|the\s+[\p{L}-]+|a\s+[\p{L}-]+|an\s+[\p{L}-]+|councillors|officers|officials|the\s+right\s+people|\p{Lu}[\p{L}-]+)(?:\s+(?:a|an|some|the|few|hundred|thousand|grand|quid|cash|money|couple|of|£[\d,]+k?)){0,4}/giu;
const BRIBE_CASH = /^(?:slipped|slipping|slips)\s+\S+(?:\s+\S+)?\s+(?:an?|some|the|£)/iu;
const BRIBE_NOUNS = /\b(?:got|gets|getting|received|receiving|receives|paid|pays|paying|gave|gives|giving|handed|handing|given|offered|offering|for|in\s+return\s+for|in\s+exchange\s+for)\s+(?:him|her|them|the\s+[\p{L}-]+\s+)?(?:a\s+|an\s+|some\s+|few\s+|regular\s+|cash\s+)*(?:backhanders?|kickbacks?|bungs?|bribes?|brown\s+envelopes?|sweeteners?|payoffs?|pay-offs?)\b/giu;
// Charging for what was never done: "charges the parish for mileage to meetings he never went to".
const BILLED_NOT_DONE =
  /\b(?:charg|bill|invoic|claim)(?:es|ed|ing|s|e)?\s+(?:the\s+[\p{L}-]+\s+|us\s+|residents\s+|taxpayers\s+)?for\s+[^.;:!?]{1,60}?\b(?:(?:he|she|they|it|that|which|who)\s+(?:never|didn['’]t|did\s+not|hadn['’]t|had\s+not)\s+(?:\w+\s+)?(?:went|go|gone|attended|attend|did|do|done|made|make|delivered|deliver|finished|finish|carried|carry|happened|turned|came|visited)|(?:was|were)\s+never\s+(?:done|carried\s+out|delivered|finished|made|held|attended)|never\s+(?:done|delivered|carried\s+out|happened))\b/giu;
// Running something illegal: "running an illegal puppy farm out the back".
const ILLEGAL_TRADE = /\b(?:running|runs|ran|operating|operates|operated|selling|sells|sold|doing|does)\s+(?:an?\s+|the\s+)?(?:illegal|unlicensed|black-market|bogus)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?/giu;
// Dodging tax: "has been dodging tax for years", "evades VAT".
const TAX_DODGE = /\b(?:dodging|dodged|dodges|dodge|evading|evaded|evades|evade|fiddling|fiddled|fiddles|cheating|cheated|cheats|diddling|diddled)\s+(?:the\s+)?(?:tax|taxes|VAT|the\s+taxman|HMRC|business\s+rates|council\s+tax|national\s+insurance|the\s+benefits\s+system|benefits)\b/giu;
// Deceiving people: "deceived the meeting", "hoodwinked residents", "duped the council".
const DECEIVE = /\b(?:deceived|deceiving|deceives|misled|misleading|misleads|duped|duping|dupes|hoodwinked|hoodwinking|hoodwinks|conned|conning|cons|swindled|swindling|swindles|diddled|diddling|diddles|scammed|scamming|scams)\s+(?:us|me|everyone|everybody|residents|people|pensioners|councillors|members|taxpayers|customers|(?:the|our|this|their|local|elderly|vulnerable|two|several)\s+[\p{L}-]+)\b/giu;
// Trading in stolen goods: "sells stolen bikes", "flogging knocked-off tools".
const STOLEN_GOODS = /\b(?:sell|sells|selling|sold|flog|flogs|flogging|flogged|deal|deals|dealing|dealt|handle|handles|handling|handled|fence|fences|fencing|fenced|receive|receives|receiving|received|shift|shifts|shifting|shifted|buys?|buying|bought)\s+(?:in\s+)?(?:stolen|nicked|knocked-off|knock-off|hooky|pinched|clocked|counterfeit|fake|forged|smuggled)\b/giu;
// Council money steered to family: "paying invoices to her husband's firm".
const FAMILY_FIRM =
  /\b(?:paying|paid|pays|giving|gave|gives|handing|handed|steering|steered|steers|awarding|awarded|awards|putting|put|passing|passed)\s+(?:the\s+|all\s+the\s+|council\s+|parish\s+)?(?:invoices|contracts?|work|jobs|money|business|orders)\s+(?:to|through|via)\s+(?:his|her|their)\s+(?:own\s+)?(?:husband|wife|partner|son|daughter|brother|sister|mate|mates|friend|friends|family|cousin|nephew|niece|brother-in-law|son-in-law|father|mother|dad|mum)['’]?s?\s+(?:firm|company|business|outfit|yard)\b/giu;
// Cheap pre-filter for all of the above.
const WRONGDOING_PREFILTER =
  /\b(?:stole|steal|nick|pinch|swip|pocket|siphon|skim|cream|embezzl|misappropriat|raid|off\s+with|runner|helped|helping|hands?\s+in|kept|keep|took|tak|spen|mov|transferr|put|paid|pay|rig|fix|cook|fiddl|falsif|doctor|fabricat|forg|massag|tamper|cover|hush|whitewash|buri|bury|hid|conceal|disguis|shred|slip|bung|bought|buying|greas|backhand|kickback|bribe|envelope|sweetener|charg|bill|invoic|claim|illegal|unlicensed|black-market|bogus|giv|gave|hand|steer|award|pass|sell|sold|flog|deal|fenc|receiv|shift|buy|deceiv|misl|dup|hoodwink|con|swindl|diddl|scam|dodg|evad|empt|drain|clean|stitch)/i;

/** Wrongdoing told by a verb and its object, with an identifiable subject (see the frames above). */
function wrongdoingHits(c: Ctx, hedgeStarts: readonly number[]): TokMatch[] {
  const { text, tokens } = c;
  const out: TokMatch[] = [];
  const consider = (start: number, end: number, allowThey: boolean) => {
    const first = tokens.findIndex((t) => t.start >= start);
    if (first === -1 || hedgedBefore(c, first, hedgeStarts)) return;
    const last = Math.max(first, tokens.findIndex((t) => t.end >= end));
    const m: TokMatch = { start, end, text: text.slice(start, end), first, last };
    if (identifiableSubject(c, m, allowThey)) out.push(m);
  };
  for (const re of [TAKE_MONEY, KEEP_MONEY]) for (const m of text.matchAll(re)) consider(m.index, m.index + m[0].length, false);
  for (const m of text.matchAll(FAKE_RECORDS)) {
    if (/^(?:fix|fixed|fixing)\b/i.test(m[0]) && !FIX_OK.test(m[0])) continue;
    // "hid the figures" needs figures that tell against someone, not "hid the Easter eggs".
    consider(m.index, m.index + m[0].length, !/^(?:buri|bury|hid|cover)/i.test(m[0]));
  }
  for (const m of text.matchAll(BRIBE)) {
    // "slipped the clerk a note" is not a bribe; "slipped the chairman a few hundred quid" is.
    if (/^slip/i.test(m[0]) && (!BRIBE_CASH.test(m[0]) || !/quid|grand|cash|money|£|hundred|thousand|envelope/i.test(m[0]))) continue;
    consider(m.index, m.index + m[0].length, true);
  }
  for (const re of [BRIBE_NOUNS, BILLED_NOT_DONE, ILLEGAL_TRADE, FAMILY_FIRM, STOLEN_GOODS, DECEIVE, TAX_DODGE]) {
    for (const m of text.matchAll(re)) consider(m.index, m.index + m[0].length, re !== ILLEGAL_TRADE);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'defamation-risk',
    category: 'conduct',
    description: 'An allegation of crime or dishonesty about an identifiable person or organisation, stated as fact.',
    defaultSeverity: 'warning',
    messages: {
      allegation:
        '“{{words}}” states an allegation of wrongdoing as fact about someone who can be identified. Unless it is proven and public, take it out; report concerns to the clerk, the monitoring officer or the police instead.',
    },
  },
  checkSentence(ctx) {
    const text = ctx.sentence.text;
    const verbs = VERBS.find(text);
    const crimes = CRIMES.find(text);
    const nouns = NOUNS.find(text);
    const adjectives = ADJECTIVES.find(text);
    const hasLies = /\blies?\b/i.test(text);
    const passive = /\b(?:stolen|embezzled|fiddled|falsified|doctored|rigged|pocketed|misappropriated)\s+by\s+(?:the\s+)?/gi;
    const hasExtra = passive.test(text) || /\b(?:took|taken|pocketed|banked)\s+(?:the|our|their|my)\s+(?:money|cash|deposit|fees?)\b/i.test(text);
    const wrongdoing = WRONGDOING_PREFILTER.test(text);
    if (!verbs.length && !crimes.length && !nouns.length && !adjectives.length && !hasLies && !hasExtra && !wrongdoing) return [];
    const tokens = tokenize(text);
    const c: Ctx = { text, tokens, names: new Names(ctx.nlp) };
    if (yesNoQuestion(c)) return [];
    const hedgeStarts = HEDGES.find(text).map((h) => h.start);
    const hits: TokMatch[] = [];

    for (const m of locate(tokens, verbs)) {
      if (hedgedBefore(c, m.first, hedgeStarts)) continue;
      if (/lying$/i.test(m.text) && LYING_LITERAL.test(text.slice(m.end))) continue;
      if (identifiableSubject(c, m, !NEEDS_NAMED_SUBJECT.test(m.text))) hits.push(m);
    }
    const report = CRIME_REPORT.test(text);
    for (const m of locate(tokens, crimes)) {
      if (report || hedgedBefore(c, m.first, hedgeStarts)) continue;
      if (/^stole$/i.test(m.text) && STOLE_FIGURATIVE.test(text.slice(m.end))) continue;
      if (identifiableSubject(c, m, false)) hits.push(m);
    }
    for (const m of locate(tokens, nouns)) {
      if (hedgedBefore(c, m.first, hedgeStarts)) continue;
      if (nounOfSomeone(c, m)) hits.push(m);
    }
    for (const m of locate(tokens, adjectives)) {
      if (hedgedBefore(c, m.first, hedgeStarts)) continue;
      if (/^lying$/i.test(m.text) && LYING_LITERAL.test(text.slice(m.end))) continue;
      const s = copulaSubject(tokens, m.first, NOUN_FILLERS, c.names, ORGS);
      const head = s ? npHead(c, s.index) : -1;
      const predicate = s
        ? !s.negated && (identifiable(c, head, true) || (whoIs(tokens, head, c.names, ORGS) === 'unknown' && definiteInClause(c, m.first)))
        : copulaAfterBoundary(c, m.first) && definiteInClause(c, m.first);
      if (predicate || describesSomeone(c, m)) hits.push(m);
    }
    if (hasLies) {
      for (const m of liesOfSomeone(c)) if (!hedgedBefore(c, m.first, hedgeStarts)) hits.push(m);
    }
    // "took the money for the scheme and never laid a metre of fibre": paid and did not deliver.
    const tookMoney = /\b(?:took|taken|pocketed|banked)\s+(?:the|our|their|my|residents['’]?|people['’]s)\s+(?:money|cash|deposit|deposits|fees?|payments?)\b[^.;:!?]{1,80}?\band\s+(?:then\s+)?(?:never|didn['’]t|did\s+not)\s+(?:laid|lay|delivered|deliver|did|do|finished|finish|completed|complete|turned\s+up|turn\s+up|came\s+back|come\s+back|started|start|built|build|installed|install|provided|provide)\b/gi;
    for (const tm of text.matchAll(tookMoney)) {
      const first = tokens.findIndex((t) => t.start === tm.index);
      if (first === -1 || hedgedBefore(c, first, hedgeStarts)) continue;
      const m: TokMatch = { start: tm.index, end: tm.index + tm[0].length, text: tm[0], first, last: first };
      if (identifiableSubject(c, m, true)) hits.push(m);
    }
    // Passive: "the money was stolen by the treasurer".
    passive.lastIndex = 0;
    for (let pm = passive.exec(text); pm; pm = passive.exec(text)) {
      const after = tokens.findIndex((t) => t.start >= pm!.index + pm![0].length);
      if (after === -1 || !isOther(whoIs(tokens, after, c.names, ORGS))) continue;
      const first = tokens.findIndex((t) => t.start === pm!.index);
      if (first === -1 || hedgedBefore(c, first, hedgeStarts)) continue;
      const word = tokens[first]!;
      hits.push({ start: word.start, end: word.end, text: word.text, first, last: first });
    }

    if (wrongdoing) hits.push(...wrongdoingHits(c, hedgeStarts));

    return dropNested(hits).map(
      (m): Report => ({ messageId: 'allegation', start: m.start, end: m.end, data: { words: quote(m.text) } }),
    );
  },
});
