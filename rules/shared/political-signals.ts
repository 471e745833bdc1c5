// Party names and election campaigning, shared by party-political and pre-election-period.
// Everything works on one sentence with bounded regexes; no language parse is needed.
import { findAll, loadWordList, phraseMatcher, phraseRegExp, type Match } from '../../lib/engine/phrases.ts';
import campaignList from '../wordlists/political-campaign-phrases.json';
import electionList from '../wordlists/political-election-context.json';
import partyList from '../wordlists/political-parties.json';
import voteExclusionList from '../wordlists/political-vote-exclusions.json';

const parties = phraseMatcher(loadWordList('political-parties', partyList));
const campaign = phraseMatcher(loadWordList('political-campaign-phrases', campaignList));
const election = phraseMatcher(loadWordList('political-election-context', electionList));
const voteExclusions = phraseMatcher(loadWordList('political-vote-exclusions', voteExclusionList));

const B = "(?<![\\p{L}\\p{N}_'’])";
const A = "(?![\\p{L}\\p{N}_]|['’]\\p{L})";

// Party names that are also ordinary words. Case-sensitive: "labour costs" and "green space"
// never match, and a capitalised one still needs a party-like neighbour (below).
const AMBIGUOUS = new RegExp(`${B}(?:Labour|Conservatives?|Greens?|Liberals?|Reform|Independents?|LABOUR|CONSERVATIVES?)(?![\\p{L}\\p{N}_]|['’](?!s(?![\\p{L}\\p{N}_]))\\p{L})`, 'gu');
// A possessive before the party noun, with one describing word allowed: "Labour's parliamentary candidate".
const POSSESSIVE = /^['’]s?(?=\s)(?:\s+(?:parliamentary|prospective|local|new|own|(?:county|district|parish|town)(?:\s+council)?|general\s+election|by-election|election|official))?/u;

// A party noun right after the name: "Labour candidate", "Conservative-run", "Green Party".
const PARTY_NOUN_AFTER =
  /^[\s-]{1,3}(?:Party|party|candidates?|councillors?|Cllrs?|MPs?|MEPs?|government|Government|leader|leadership|supporters|voters|members|activists|group|administration|manifesto|campaign|campaigners|run|led|controlled|held|majority|seats?|gains?|landslide|victory|win|wins|vote|surge|leaflets?|posters?|association|associations|branch|constituency|federation|rally|canvassers|hopefuls?)(?![\p{L}\p{N}_])/u;
// An appeal or allegiance right before it: "vote Labour", "support the Greens", "join Reform".
const APPEAL_BEFORE =
  /(?<![\p{L}\p{N}_])(?:vote|votes|voting|voted|support|supporting|supporter of|join|joined|joining|backing|back|elect|member of|standing for|standing as|stand for|stand as|campaigning for|canvassing for|leafleting for)\s+(?:the\s+|an?\s+)?$/iu;
// A verb right after a sentence-opening plural party: "Labour have…", "Conservatives will…".
const VERB_AFTER =
  /^\s+(?:has|have|will|would|want|wants|wanted|say|says|said|promise|promised|promises|plan|plans|planned|must|should|won|lost|always|never|keep|kept|just|cut|cuts|failed|pledged|pledge|pledges|claim|claims|claimed|voted|blame|blamed)(?![\p{L}\p{N}_])/u;
// "the Conservative Club", "Labour Hall": venues, not parties.
const VENUE_AFTER = /^\s+(?:Club|club|Hall|hall|Rooms?)(?![\p{L}\p{N}_])/u;

// Plural or party-only forms that are party names mid-sentence when the sentence is political.
const MID_SENTENCE_WITH_CONTEXT = new Set(['Labour', 'LABOUR', 'Conservatives', 'CONSERVATIVES', 'Conservative', 'Liberals', 'Greens']);
const SENTENCE_START_WITH_VERB = new Set(['Labour', 'Conservatives', 'Liberals', 'LABOUR', 'CONSERVATIVES']);

// Words that make a sentence political enough for a bare capitalised "Labour" mid-sentence.
const POLITICAL = phraseRegExp([
  'government',
  'Westminster',
  'minister',
  'ministers',
  'MP',
  'MPs',
  'party',
  'parties',
  'vote',
  'votes',
  'voting',
  'voters',
  'voted',
  'seat',
  'seats',
  'majority',
  'cuts',
  'policies',
  'policy',
  'campaign',
  'campaigning',
  'canvassing',
  'leaflet',
  'leaflets',
  'win',
  'won',
  'lost',
  'support',
  'supporters',
  'Tories',
  'Tory',
]);

function isSentenceStart(text: string, index: number): boolean {
  return /^[\s"'“‘(]*$/u.test(text.slice(0, index));
}

/** Capitalised party words used as parties ("Labour candidate", "vote Green", "the Greens"). */
function ambiguousParties(text: string): Match[] {
  const out: Match[] = [];
  let political: boolean | undefined;
  for (const m of findAll(AMBIGUOUS, text)) {
    const possessive = POSSESSIVE.exec(text.slice(m.end, m.end + 40));
    const after = text.slice(m.end + (possessive ? possessive[0].length : 0), m.end + 50);
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (VENUE_AFTER.test(after)) continue;
    let party = PARTY_NOUN_AFTER.test(after) || APPEAL_BEFORE.test(before);
    // "the Greens have…" is the party; "on the Green" is the village green and never matches here.
    const theGreens = m.text === 'Greens' && /(?<![\p{L}\p{N}_])the\s+$/iu.test(before) && !/^\s+\p{Lu}/u.test(after);
    if (!party && (theGreens || (SENTENCE_START_WITH_VERB.has(m.text) && isSentenceStart(text, m.start))) && VERB_AFTER.test(after)) party = true;
    if (!party && MID_SENTENCE_WITH_CONTEXT.has(m.text) && !isSentenceStart(text, m.start)) {
      political ??= findAll(POLITICAL, text).some((p) => p.end <= m.start || p.start >= m.end) || election.test(text);
      party = political;
    }
    if (!party) continue;
    const partyWord = /^\s{1,3}Party(?![\p{L}\p{N}_])/u.exec(after);
    out.push(partyWord ? { start: m.start, end: m.end + partyWord[0].length, text: text.slice(m.start, m.end + partyWord[0].length) } : m);
  }
  return out;
}

/** Every named political party in the sentence, unambiguous names first and ambiguous ones in a party sense. */
export function partyMentions(text: string): Match[] {
  return mergeMatches(text, [...parties.find(text), ...ambiguousParties(text)]);
}

/** Whether the sentence speaks of elections (candidates, polling, ballots, manifestos…). */
export function mentionsElection(text: string): boolean {
  return election.test(text);
}

export function electionMentions(text: string): Match[] {
  return election.find(text);
}

// "vote for" and what follows. Not "voted for": a council's decision is not campaigning.
const VOTE_FOR = new RegExp(`${B}(?:vote|voting)\\s+for\\s+`, 'giu');
const ME_OR_US = /^(?:me|us)(?![\p{L}\p{N}_])/u;
const SLOGAN =
  /^(?:change|real change|a change|a fresh start|a new start|experience|a strong voice|a stronger voice|local people|your local candidate|the local candidate|your candidate|our candidate|candidates?)(?![\p{L}\p{N}_])/iu;
// A name: up to three capitalised words ("Jane Smith", "Cllr Amy Patel").
const NAME = /^(?:Cllr\.?\s+|Councillor\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?\p{Lu}[\p{L}'’-]{1,20}(?:\s+\p{Lu}[\p{L}'’-]{1,20}){0,2}/u;
const NOT_NAME = /^(?:The|This|That|These|Those|Our|My|Your|Their|His|Her|A|An|All|Any|Each|Every|It|Them|What|Which|Whichever|Whoever|Whatever|Him|Best|No|Yes|None|Option)(?![\p{L}\p{N}_])/u;

// "Re-elect Sarah Jones", "Elect Tom Reeve for Pitstone": an appeal to elect a named person.
const ELECT_NAME = new RegExp(`${B}(?:re-?elect|elect)\\s+`, 'giu');

function electName(text: string): Match[] {
  const out: Match[] = [];
  for (const m of findAll(ELECT_NAME, text)) {
    const rest = text.slice(m.end, m.end + 60);
    const name = NAME.exec(rest);
    if (!name || NOT_NAME.test(rest)) continue;
    // Council business: "the council will elect Cllr Smith as chair", "members voted to elect…".
    if (/(?<![\p{L}\p{N}_])(?:to|will|shall|would|unanimously)\s+$/iu.test(text.slice(Math.max(0, m.start - 14), m.start))) continue;
    if (/^,?\s+as\s+(?:the\s+|our\s+|its\s+)?(?:new\s+)?(?:vice-)?(?:chair|mayor|leader|treasurer|secretary|president)/iu.test(rest.slice(name[0].length))) continue;
    const end = m.end + name[0].length;
    out.push({ start: m.start, end, text: text.slice(m.start, end) });
  }
  return out;
}

// "support me on Thursday", "support me on 6 May": asking for support at the poll.
const SUPPORT_ME = new RegExp(
  `${B}support\\s+(?:me|us)\\s+(?:on|at|in)\\s+(?:polling\\s+day|the\\s+(?:election|poll|polls|ballot|ballot\\s+box)|Thursday(?:\\s+\\d{1,2}\\s+May)?|\\d{1,2}(?:st|nd|rd|th)?\\s+May|May\\s+\\d{1,2})${A}`,
  'giu',
);

/** "vote for me", "vote for Jane Smith", "vote for change", or "vote for" in an election sentence. */
function voteFor(text: string, partySpans: readonly Match[]): Match[] {
  const out: Match[] = [];
  for (const m of findAll(VOTE_FOR, text)) {
    const rest = text.slice(m.end, m.end + 60);
    const keyword = text.slice(m.start, m.end).trimEnd();
    const excluded = voteExclusions.test(text);
    const me = ME_OR_US.exec(rest);
    const slogan = SLOGAN.exec(rest);
    const name = NAME.exec(rest);
    const party = partySpans.find((p) => p.start >= m.end && p.start - m.end <= 12);
    let end = -1;
    if (party) end = party.end;
    else if (me && !excluded) end = m.end + me[0].length;
    else if (slogan) end = m.end + slogan[0].length;
    else if (name && !NOT_NAME.test(rest) && !excluded) end = m.end + name[0].length;
    else if (!excluded && mentionsElection(text)) end = m.start + keyword.length;
    if (end > 0) out.push({ start: m.start, end, text: text.slice(m.start, end) });
  }
  return out;
}

// Campaign work that is party-political only in an election setting ("canvassing views on the
// play area" is a consultation; "canvassing for re-election" is campaigning).
const CAMPAIGN_WORK = new RegExp(
  `${B}(?:canvass|canvassing|canvassed|canvasser|canvassers|leafleting|leafletting|leafleted|door-knocking|door knocking|knocking on doors|on the doorstep|campaigning|campaigned)${A}`,
  'giu',
);
const CONSULTATION_AFTER = /^\s+(?:(?:residents['’]?|people['’]s|local|your|the|their|public)\s+){0,2}(?:opinions?|views?|feedback|ideas|interest|thoughts|comments)(?![\p{L}\p{N}_])/iu;

function campaignWork(text: string): Match[] {
  const out: Match[] = [];
  for (const m of findAll(CAMPAIGN_WORK, text)) {
    if (CONSULTATION_AFTER.test(text.slice(m.end, m.end + 50))) continue;
    if (mentionsElection(text) || /^\s+for\s+(?:me|my|our)(?![\p{L}\p{N}_])/iu.test(text.slice(m.end, m.end + 12))) out.push(m);
  }
  return out;
}

/** Keeps the earliest of overlapping matches, widening it to cover the overlap. */
function mergeMatches(text: string, matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) {
        last.end = m.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    out.push({ ...m });
  }
  return out;
}

/** Every party-political signal in a sentence: parties, campaign phrases, "vote for …", canvassing. */
export function partyPoliticalSignals(text: string): Match[] {
  const partySpans = partyMentions(text);
  // "vote Labour", "voting Tory": the appeal and the party make one span.
  const appeals = partySpans.map((p) => {
    const verb = VOTE_BEFORE.exec(text.slice(Math.max(0, p.start - 12), p.start));
    if (!verb) return p;
    const start = p.start - verb[0].length;
    return { start, end: p.end, text: text.slice(start, p.end) };
  });
  return mergeMatches(text, [
    ...appeals,
    ...campaign.find(text),
    ...voteFor(text, partySpans),
    ...campaignWork(text),
    ...electName(text),
    ...findAll(SUPPORT_ME, text),
  ]);
}

const VOTE_BEFORE = /(?<![\p{L}\p{N}_])(?:vote|voting)\s+$/iu;

/** A cheap test that a sentence could hold any signal at all. */
export const POLITICAL_PREFILTER =
  /vot|elect|tor(?:y|ies)|labour|conserv|lib|green|reform|ukip|snp|plaid|independ|canvass|leaflet|campaign|manifesto|party|door|ballot|poll|candida|hustings|brexit|dup|sinn|alliance|support\s+(?:me|us)|your\s+support|cross/i;
