import type { Pack } from '../../lib/engine/pack.ts';
import { loadWordList, phraseMatcher, type Match } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import {
  alternationSource,
  dropOverlaps,
  findVenueWords,
  introducedByVenue,
  mentionsPerson,
  personBefore,
  redactReport,
  windowStart,
} from '../shared/privacy-common.ts';
import streetTypesJson from '../wordlists/privacy-street-types.json';
import homeContextJson from '../wordlists/privacy-home-context.json';
import labelsBeforeJson from '../wordlists/privacy-address-labels-before.json';
import countNounsJson from '../wordlists/privacy-address-count-nouns.json';
import eventWordsJson from '../wordlists/privacy-address-event-words.json';
import { findPersonRefs } from '../shared/person-ref.ts';
import houseNameWordsJson from '../wordlists/privacy-house-name-words.json';

// A home address is found from its shape, with no gazetteer needed: a house number, one to
// three capitalised words and a street-type word ("14 Mill Road", "3 St Mary's Close"); the
// council's own street list (settings.localStreets) adds names with no street type ("14 The
// Maltings"). A postcode counts only beside a house number or a home ("lives at CB25 9DL").
// Addresses introduced by a venue ("the village hall, 3 High Street") are the venue's.

const STREET_TYPES = loadWordList('privacy-street-types', streetTypesJson);
const HOME_CONTEXT = loadWordList('privacy-home-context', homeContextJson);
const LABELS_BEFORE = new Set(loadWordList('privacy-address-labels-before', labelsBeforeJson).map((w) => w.toLowerCase()));
const COUNT_NOUNS = new Set(loadWordList('privacy-address-count-nouns', countNounsJson).map((w) => w.toLowerCase()));

// Street types in Title, UPPER and lower case (no `i` flag, so \p{Lu} keeps meaning a capital).
// "St" followed by a capitalised word is "Saint", not "Street": "3 St Mary's Close".
function typeSource(): string {
  const variants = STREET_TYPES.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()]);
  const saintLike = new Set(['St', 'ST', 'st']);
  const plain = alternationSource(variants.filter((v) => !saintLike.has(v)));
  return `(?:${plain}|(?:St|ST|st)(?!\\.?\\s+\\p{Lu}))`;
}
const TYPE = typeSource();
const END = '(?![\\p{L}\\p{N}_])';

/** A house number: 14, 14a, 14-16; never part of money, a road number (A14), a reference or a time (7.30). */
const NUM = '\\d{1,3}[A-Za-z]?(?:\\s?[-–]\\s?\\d{1,3}[A-Za-z]?)?';
const NUM_START = '(?<![\\p{L}\\p{N}£$€#/:.,–-])';
const NAME = "\\p{Lu}[\\p{L}'’.-]{0,24}";
const ANY_NAME = "\\p{L}[\\p{L}'’.-]{0,24}";

const TYPE_AFTER = new RegExp(`^\\s+(?:${TYPE})${END}`, 'u');
const STREET_RE = new RegExp(`${NUM_START}(${NUM}),?\\s+((?:${NAME}\\s+){1,3})(${TYPE})${END}`, 'gu');
// After a home phrase ("lives at"), any case will do, and a name with no street type too.
const HOME_TYPED_RE = new RegExp(`(?:(?:at|in|on|is)\\s+|[-:]\\s*)?(${NUM}),?\\s+((?:${ANY_NAME}\\s+){1,3})(${TYPE})${END}`, 'uy');
const HOME_NAMED_RE = new RegExp(`(?:(?:at|in|is)\\s+|[-:]\\s*)?(${NUM}),?\\s+${NAME}(?:\\s+${NAME}){0,2}${END}`, 'uy');

// A house name then its street: "Rose Cottage, Church Lane", "Ivy House, Bell Lane".
const HOUSE_WORDS = alternationSource(loadWordList('privacy-house-name-words', houseNameWordsJson));
const HOUSE_NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:The\\s+)?(?:${NAME}\\s+){1,2}(?:${HOUSE_WORDS}),\\s?((?:${NAME}\\s+){1,3})(${TYPE})${END}`, 'gu');
// "at number 23 on Station Road".
const NUMBER_ON_RE = new RegExp(`(?<![\\p{L}])(?:[Nn]umber|[Nn]o\\.?)\\s?(${NUM})\\s+(?:on|in)\\s+((?:${NAME}\\s+){1,3})(${TYPE})${END}`, 'gu');

// "Orchard Cottage, TN12 9RL", "Ivy House, Marden, TN12 9RL": a house name in front of a postcode.
const HOUSE_NAME_BEFORE_POSTCODE = new RegExp(`\\p{Lu}[\\p{L}'’-]{1,24}\\s+(?:${HOUSE_WORDS}),?\\s+(?:\\p{Lu}[\\p{L}'’-]{0,24},?\\s+){0,3}$`, 'u');

const POSTCODE_SOURCE =
  '(?<![\\p{L}\\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y]) ?\\d[ABD-HJLNP-UW-Z]{2})(?![\\p{L}\\p{N}])';
const POSTCODE_RE = new RegExp(POSTCODE_SOURCE, 'gu');

const HOME = phraseMatcher(HOME_CONTEXT);
const EVENT = phraseMatcher(loadWordList('privacy-address-event-words', eventWordsJson));
const FLAT_BEFORE = /(?:Flat|FLAT|flat|Apartment|apartment|Apt\.?)\s+\d{1,3}[A-Za-z]?,?\s+$/u;
const WORD_BEFORE = /(?<!\p{L})(\p{L}+)\.?\s*$/u;
const WORDS_AFTER = /^\s+([\p{L}']+)(?:\s+([\p{L}']+))?/u;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const BETWEEN_NUMBER_AND_POSTCODE = /(?:^|[\s,(])(?:No\.?\s*|number\s+)?\d{1,3}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]{0,24},?\s+){0,4}$/u;
// The council's postal address in a signature or notice: "Clerk to Bottisham Parish Council, 12 High
// Street" (often the clerk's office at home, given as the council's address on purpose).
const COUNCIL_ADDRESS_BEFORE =
  /(?:(?:Parish|Town|Community|District|County|Borough|City|Village) Council|Parish Clerk|Clerk to the Council|Clerk|Proper Officer|Parish Office|Council Office|Council Offices)[,:]?\s?(?:c\/o\s(?:[^,]{1,30},\s?)?)?$/u;
const ADDRESS_TO_POSTCODE = /^[\s,\p{L}'’-]{0,60}$/u;

interface Candidate {
  start: number;
  end: number;
  /** Where the house number starts (the flat prefix, if any, comes before it). */
  numberStart: number;
  kind: 'address' | 'postcode';
  home: boolean;
  /** A house name with no number ("Rose Cottage, Church Lane"): a home only with a person, a home word or a postcode. */
  houseName?: boolean;
}

const localStreetCache = new Map<string, RegExp | undefined>();

function localStreetRegExp(streets: readonly string[]): RegExp | undefined {
  const key = streets.join('\n');
  if (localStreetCache.has(key)) return localStreetCache.get(key);
  const names = streets.map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  const re = names.length
    ? new RegExp(`${NUM_START}(${NUM}),?\\s+(?:${alternationSource(names)})${END}`, 'giu')
    : undefined;
  if (localStreetCache.size > 20) localStreetCache.clear();
  localStreetCache.set(key, re);
  return re;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s,.]+/g, ' ').trim();
}

function isOfficialAddress(pack: Pack, found: string): boolean {
  const n = normalise(found);
  return n !== '' && pack.official.addresses.some((a) => normalise(a).includes(n));
}

function postcodesIn(text: string): Match[] {
  const out: Match[] = [];
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(text); m; m = POSTCODE_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  // Typed all in lower case: "cb25 9dl".
  if (/[a-z]\d/.test(text)) {
    const upper = text.toUpperCase();
    POSTCODE_RE.lastIndex = 0;
    for (let m = POSTCODE_RE.exec(upper); m; m = POSTCODE_RE.exec(upper)) {
      const original = text.slice(m.index, m.index + m[0].length);
      if (original === original.toLowerCase()) out.push({ start: m.index, end: m.index + m[0].length, text: original });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The number before a street is a label or a count: "item 7 Church Lane", "40 Mill Road residents". */
function isLabelOrCount(text: string, numberStart: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(windowStart(numberStart, 30), numberStart));
  if (before && LABELS_BEFORE.has(before[1]!.toLowerCase())) return true;
  const after = WORDS_AFTER.exec(text.slice(end, end + 40));
  if (after) {
    if (COUNT_NOUNS.has(after[1]!.toLowerCase())) return true;
    if (after[2] && COUNT_NOUNS.has(`${after[1]} ${after[2]}`.toLowerCase())) return true;
  }
  return false;
}

function withFlat(text: string, numberStart: number): number {
  const before = text.slice(windowStart(numberStart, 24), numberStart);
  const flat = FLAT_BEFORE.exec(before);
  return flat ? numberStart - (before.length - flat.index) : numberStart;
}

function streetCandidates(text: string, homes: readonly Match[], localStreets: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  STREET_RE.lastIndex = 0;
  for (let m = STREET_RE.exec(text); m; m = STREET_RE.exec(text)) {
    const firstName = /^\S+/.exec(m[2]!)![0];
    if (MONTH_OR_DAY.test(firstName.replace(/[.,]$/, ''))) continue;
    out.push({ start: withFlat(text, m.index), end: m.index + m[0].length, numberStart: m.index, kind: 'address', home: false });
  }
  for (const h of homes) {
    let from = h.end;
    while (from < text.length && from - h.end < 8 && /[\s,]/.test(text[from]!)) from++;
    for (const re of [HOME_TYPED_RE, HOME_NAMED_RE]) {
      if (re === HOME_NAMED_RE && !/(?:\sat|address|address is|moved to|moving to)$/i.test(h.text)) continue;
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) continue;
      const numberStart = m.index + m[0].indexOf(m[1]!);
      out.push({ start: withFlat(text, numberStart), end: m.index + m[0].length, numberStart, kind: 'address', home: true });
      break;
    }
  }
  for (const re of [HOUSE_NAME_RE, NUMBER_ON_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A venue's name ("Meeting House", "Community Farm") is not a home.
      if (re === HOUSE_NAME_RE && findVenueWords(m[0].slice(0, m[0].indexOf(','))).length) continue;
      out.push({ start: m.index, end: m.index + m[0].length, numberStart: m.index, kind: 'address', home: false, houseName: re === HOUSE_NAME_RE });
    }
  }
  const local = localStreetRegExp(localStreets);
  if (local) {
    local.lastIndex = 0;
    for (let m = local.exec(text); m; m = local.exec(text)) {
      out.push({ start: withFlat(text, m.index), end: m.index + m[0].length, numberStart: m.index, kind: 'address', home: false });
    }
  }
  return out;
}

/** A person is named around a house name ("the Hendersons at Rose Cottage, Church Lane"). */
function houseNameIsHome(text: string, a: Candidate): boolean {
  const outside = `${text.slice(0, a.start)} ${text.slice(a.end)}`;
  return mentionsPerson(outside) || personBefore(text, a.start, 60) || findPersonRefs(text.slice(0, a.start)).length > 0;
}

function checkText(text: string, pack: Pack, localStreets: readonly string[]): Report[] {
  if (!/\d/.test(text) && !/,\s?\p{Lu}/u.test(text)) return [];
  const homes = HOME.find(text);
  const postcodes = postcodesIn(text);
  const addresses = dropOverlaps(streetCandidates(text, homes, localStreets));
  // Venue words that are really part of a street name ("5 Church Lane") or inside an address do not count.
  const venues = [...findVenueWords(text), ...EVENT.find(text)].sort((a, b) => a.start - b.start).filter(
    (v) => !TYPE_AFTER.test(text.slice(v.end, v.end + 30)) && !addresses.some((a) => v.start < a.end && a.start < v.end),
  );

  // An event announced after the address, with no person in the sentence: "The Bull, 5 High Street,
  // is hosting the quiz".
  const events = EVENT.find(text);
  const eventAfter = (at: number) => events.some((e) => e.start >= at) && !mentionsPerson(text);
  const kept: Candidate[] = [];
  const usedPostcodes = new Set<number>();
  for (const a of addresses) {
    // A postcode that follows belongs to the address: "14 Mill Road, Bottisham, CB25 9DL".
    const pc = postcodes.find((p) => p.start >= a.end && ADDRESS_TO_POSTCODE.test(text.slice(a.end, p.start)));
    if (pc) usedPostcodes.add(pc.start);
    if (!a.home) {
      if (isLabelOrCount(text, a.numberStart, a.end)) continue;
      if (introducedByVenue(text, a.start, venues) || eventAfter(a.end)) continue;
      if (COUNCIL_ADDRESS_BEFORE.test(text.slice(windowStart(a.start, 60), a.start))) continue;
    }
    if (a.houseName && !pc && !homes.length && !houseNameIsHome(text, a)) continue;
    if (isOfficialAddress(pack, text.slice(a.start, pc ? pc.end : a.end))) continue;
    kept.push(pc ? { ...a, end: pc.end } : a);
  }
  for (const p of postcodes) {
    if (usedPostcodes.has(p.start) || kept.some((k) => p.start < k.end && k.start < p.end)) continue;
    const home = homes.length > 0;
    const numbered = BETWEEN_NUMBER_AND_POSTCODE.test(text.slice(windowStart(p.start, 50), p.start));
    const from = windowStart(p.start, 60);
    const house = HOUSE_NAME_BEFORE_POSTCODE.exec(text.slice(from, p.start));
    if (!home && !numbered && !house) continue;
    // A house name sets the postcode apart from a venue named before it ("the garage extension at Orchard
    // Cottage, TN12 9RL"); only a venue word after the house name's start still counts.
    const houseStart = house ? from + house.index : -1;
    if (introducedByVenue(text, p.start, house ? venues.filter((v) => v.start >= houseStart && !house[0].includes(text.slice(v.start, v.end))) : venues)) continue;
    if (isOfficialAddress(pack, p.text)) continue;
    kept.push({ start: p.start, end: p.end, numberStart: p.start, kind: 'postcode', home });
  }
  return dropOverlaps(kept).map((c) => redactReport(c.kind === 'postcode' ? 'homePostcode' : 'homeAddress', text, c.start, c.end));
}

export default defineRule({
  meta: {
    id: 'resident-address',
    category: 'privacy',
    description: "A private person's house number and street, or a postcode tied to their home.",
    defaultSeverity: 'warning',
    messages: {
      homeAddress:
        '“{{found}}” looks like someone\'s home address. Residents\' personal details must not be shared: remove it, or share it only with their written permission.',
      homePostcode:
        '“{{found}}” is a postcode tied to someone\'s home. Residents\' personal details must not be shared: remove it, or share it only with their written permission.',
    },
    readsQuoted: true,
    dismissReason: 'I have their written permission to share this address',
  },
  checkSentence({ sentence, env }) {
    return checkText(sentence.text, env.pack, env.settings.localStreets);
  },
  // An address block over several lines ("14 Mill Road⏎Bottisham⏎CB25 9DL"): a postcode a few
  // lines below a flagged address belongs to it.
  checkDraft({ text }, fromSentences) {
    if (fromSentences.length === 0) return fromSentences;
    const extra: Report[] = [];
    const reports = [...fromSentences].sort((a, b) => a.end - b.end);
    let i = 0;
    // Reports and postcodes both in text order: walk them together.
    for (const p of postcodesIn(text)) {
      while (i + 1 < reports.length && reports[i + 1]!.end <= p.start) i++;
      const before = reports[i]!;
      const next = reports[i + 1];
      if (next && next.start < p.end && p.start < next.end) continue;
      if (before.start < p.end && p.start < before.end) continue;
      if (before.end > p.start || p.start - before.end > 80) continue;
      if (/^[\s,\p{L}'’-]*$/u.test(text.slice(before.end, p.start))) extra.push(redactReport('homePostcode', text, p.start, p.end));
    }
    return extra.length ? [...fromSentences, ...extra].sort((a, b) => a.start - b.start) : fromSentences;
  },
});
