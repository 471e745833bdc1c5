import { parse } from '../../lib/engine/nlp.ts';
import { loadWordList, phraseMatcher, type Match } from '../../lib/engine/phrases.ts';
import type { Report } from '../../lib/engine/rule.ts';
import venueWords from '../wordlists/privacy-venue-words.json';

// Helpers shared by the personal-data rules (resident-address, phone-number, email-address,
// id-number): the "[removed]" fix, quoting, and the venue test ("the surgery on …").

export const REDACTED = '[removed]';

/** A report for a piece of personal data, with the fix that blanks it out. */
export function redactReport(messageId: string, text: string, start: number, end: number, data: Record<string, string> = {}): Report {
  return {
    messageId,
    start,
    end,
    data: { found: text.slice(start, end), ...data },
    fix: { label: `Replace with ${REDACTED}`, edits: [{ start, end, text: REDACTED }] },
  };
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for literal phrases: spaces match any run of whitespace, longest first. */
export function alternationSource(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return sorted.map((p) => p.split(/\s+/).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join('\\s+')).join('|');
}

/** Start of the window of at most `size` characters before `at`. */
export function windowStart(at: number, size: number): number {
  return Math.max(0, at - size);
}

const VENUE = phraseMatcher(loadWordList('privacy-venue-words', venueWords));

/** Venue and organisation words ("village hall", "surgery", "shop") found in the text. */
export function findVenueWords(text: string): Match[] {
  return VENUE.find(text);
}

// A person named between the venue word and the data means the data is theirs, not the venue's:
// "the church is lovely, but Mrs Jones at 5 Church Lane …".
// Case matters: "The Green Man" or "The Lady Chapel" name a venue, "a man" is a person.
const PERSON_MARKER =
  /(?<![\p{L}\p{N}])(?:Mrs?|Ms|Miss|Mx|Dr|Sir|[Rr]esident|[Rr]esidents|[Nn]eighbour|[Nn]eighbours|[Nn]eighbor|[Ll]ives|[Ll]iving|[Ll]ived|[Ll]ive|[Hh]ome|[Hh]ouse|[Ff]amily|[Cc]ouple|[Ww]idow|[Ww]idower|[Tt]enant|[Hh]ouseholder|[Oo]ccupier|[Oo]wners?|[Kk]eyholders?|[Vv]olunteers?|[Tt]enants|[Ff]amilies|[Oo]rganisers?|[Oo]rganizers?|[Cc]o-?ordinators?|[Ff]inders?|[Rr]eps?|[Ll]eaders?|[Dd]rivers?|[Hh]elpers?|[Ww]ardens?|[Ss]tewards?|[Cc]aptains?|[Ss]ecretary|[Tt]reasurer|[Pp]arishioner|[Pp]ensioner|man|woman|gentleman|lady|[Ss]on|[Dd]aughter|[Hh]usband|[Ww]ife|[Pp]artner|[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[Ff]riend|[Ss]omeone|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Mm]e|[Mm]yself|[Ss]he|[Hh]e|[Tt]hey)(?![\p{L}\p{N}])/u;

// A first name between venue and data ("for hall bookings ring Tina on …"): compromise knows
// first names; it is asked only when a capitalised word sits in that short stretch.
// A name in apposition is the role-holder, whose line it is: "the Clerk, Margaret, on …".
const APPOSITION = /^,\s?\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?,?(?: (?:on|at|is))?:? ?$/u;

function namesSomeone(between: string): boolean {
  if (APPOSITION.test(between)) return false;
  if (!/(?<!^)\b\p{Lu}\p{Ll}/u.test(between.trim())) return false;
  const doc = parse(between);
  return doc.has('#FirstName') || doc.has('#Honorific');
}

/** Whether the text speaks of a person (a title, a resident, a relative, a pronoun). */
export function mentionsPerson(text: string): boolean {
  return PERSON_MARKER.test(text);
}

/**
 * Whether the data at `start` is introduced as a venue's or organisation's: one of the given
 * venue matches ends within `size` characters before it, and no person comes in between.
 */
export function introducedByVenue(text: string, start: number, venues: readonly Match[], size = 45): boolean {
  const from = windowStart(start, size);
  for (let i = venues.length - 1; i >= 0; i--) {
    const v = venues[i]!;
    if (v.end > start || v.end < from) continue;
    const between = text.slice(v.end, start);
    if (!PERSON_MARKER.test(between) && !namesSomeone(between)) return true;
  }
  return false;
}

const PAREN_AFTER = /^\s?\(([^()]{1,40})\)/;

/** A venue named in brackets straight after the data: "01223 811811 (box office)". */
export function venueInBracketsAfter(text: string, end: number): boolean {
  const m = PAREN_AFTER.exec(text.slice(end, end + 45));
  return !!m && VENUE.test(m[1]!);
}

const OWN = /(?<!\p{L})(?:me|my|myself)(?!\p{L})([^.!?]{0,25})$/iu;

/**
 * Whether the stretch just before `start` speaks of a person whose details follow: a title, a
 * pronoun, a relative or role-holder ("her email is", "contact the organiser on"), or a first name.
 */
export function personBefore(text: string, start: number, size = 45): boolean {
  const before = text.slice(windowStart(start, size), start);
  return PERSON_MARKER.test(before) || namesSomeone(before);
}

/**
 * The writer's own details, given as theirs just before: "ring me on …", "my mobile is …",
 * "email me at …" (but not "my neighbour on …").
 */
export function introducedAsOwn(text: string, start: number): boolean {
  const m = OWN.exec(text.slice(windowStart(start, 35), start));
  return !!m && !PERSON_MARKER.test(m[1]!) && !namesSomeone(m[1]!);
}

/** Keeps the longest of overlapping spans (ties: the earliest), in text order. */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
