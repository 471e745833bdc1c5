import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { isOfficialPhone, phoneDigits } from '../../lib/engine/official.ts';
import { loadWordList, phraseMatcher } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import {
  dropOverlaps,
  findVenueWords,
  introducedAsOwn,
  introducedByVenue,
  redactReport,
  venueInBracketsAfter,
  windowStart,
} from '../shared/privacy-common.ts';
import organisationJson from '../wordlists/privacy-phone-organisation-words.json';

// Phone numbers are found by libphonenumber-js at its "possible" level (right length for the
// numbering plan, digits not checked), so Ofcom's drama ranges (07700 900123, 01632 960123)
// count. The "min" metadata is enough for that and is the smallest build. What it finds is then
// narrowed to numbers a person could hold: written as a phone number (leading 0, +44 or another
// +country code), a geographic, mobile or personal-VoIP range (01, 02, 05, 07), not the council's
// published number and not a line given as a venue's or organisation's ("the surgery on …").

const ORGANISATION = phraseMatcher(loadWordList('privacy-phone-organisation-words', organisationJson));

function organisationInBracketsAfter(text: string, end: number): boolean {
  const m = /^\s?\(([^()]{1,40})\)/.exec(text.slice(end, end + 45));
  return !!m && ORGANISATION.test(m[1]!);
}

// A sentence with no "0" or "+" next to a digit has no phone number worth parsing; where there
// is one, only a short window from there is handed to the library.
const PREFILTER = /\+\s?\d|(?<!\d)\(?0\s?\d/g;
const WINDOW = 32;

function searchWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  PREFILTER.lastIndex = 0;
  for (let m = PREFILTER.exec(text); m; m = PREFILTER.exec(text)) {
    const start = Math.max(0, m.index - 2);
    const end = Math.min(text.length, m.index + WINDOW);
    // Too few digits to be a phone number ("£1,250,000", "12/03/1956").
    if ((text.slice(m.index, end).match(/\d/g)?.length ?? 0) < 9) continue;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

interface Found {
  startsAt: number;
  endsAt: number;
  number: { country?: string };
}

function search(text: string): Found[] {
  // A comma or semicolon ends a number: without this the library reads "01632 960123, 0113 …" as one.
  const searched = text.replace(/[,;]/g, '\n');
  const out: Found[] = [];
  for (const [start, end] of searchWindows(searched)) {
    const piece = searched.slice(start, end);
    const found = findPhoneNumbersInText(piece, { defaultCountry: 'GB', leniency: 'POSSIBLE', v2: true } as never) as unknown as Found[];
    for (const f of found) out.push({ startsAt: f.startsAt + start, endsAt: f.endsAt + start, number: f.number });
  }
  return out;
}
// Written as a phone number: 01223 …, (01223) …, +44 …, 0044 …, +33 ….
const PHONE_START = /^(?:\(?0|\+)/;
// 03 (public bodies, charities), 08 (freephone, business rate) and 09 (premium) are service lines.
const PERSONAL_RANGE = /^0[1257]/;
// Labels that make a number a reference, not a phone: "case ref 0123 456 7890".
const LABEL_BEFORE =
  /(?<!\p{L})(?:ref|reference|invoice|order|case|account|acc|a\/c|policy|NHS|NI|licence|license|permit|serial|tracking|membership|customer|sort code|application|planning)\.?(?:\s+(?:no|number|num)\.?)?[\s:#]*$/iu;

// The venue sat in an aside about a person: "Mrs Smith, who lives next to the hall, is on 07700 …".
const CLAUSE_CLOSED = /(?:who|whose|which)\s[^,]{0,60},[\s:]*(?:(?:is|was|can|be|will|reached|on|at)[\s:]+){0,4}$/iu;

function isPhoneShaped(candidate: string, country: string | undefined): boolean {
  if (!PHONE_START.test(candidate)) return false;
  const international = /^(?:\+|00)/.test(candidate) && !/^(?:\+|00)\s?44/.test(candidate);
  if (international) return country !== 'GB';
  // "0044 7700 900123": 00 is the UK's international prefix, so 0044 is +44.
  const digits = phoneDigits(candidate).replace(/^0044/, '0');
  return PERSONAL_RANGE.test(digits) && digits.length >= 10 && digits.length <= 11;
}

function checkText(text: string, pack: Parameters<typeof isOfficialPhone>[0]): Report[] {
  const found = search(text);
  if (found.length === 0) return [];
  const venues = [...findVenueWords(text), ...ORGANISATION.find(text)].sort((a, b) => a.start - b.start);
  const reports: Report[] = [];
  for (const f of found) {
    // "(07700 900456)": the library keeps the opening bracket but not the closing one.
    if (text[f.startsAt] === '(' && !text.slice(f.startsAt, f.endsAt).includes(')')) f.startsAt++;
    const candidate = text.slice(f.startsAt, f.endsAt);
    if (!isPhoneShaped(candidate, f.number.country)) continue;
    // Glued to a reference: 24/01234567/FUL, AB01223811111.
    const prev = text[f.startsAt - 1] === '(' ? ' ' : (text[f.startsAt - 1] ?? ' ');
    const next = text[f.endsAt] ?? ' ';
    if (/[\p{L}\p{N}/]/u.test(prev) || /[\p{L}\p{N}/]/u.test(next)) continue;
    if (isOfficialPhone(pack, candidate)) continue;
    if (LABEL_BEFORE.test(text.slice(windowStart(f.startsAt, 30), f.startsAt))) continue;
    if (introducedByVenue(text, f.startsAt, venues) && !CLAUSE_CLOSED.test(text.slice(windowStart(f.startsAt, 70), f.startsAt))) continue;
    if (venueInBracketsAfter(text, f.endsAt) || organisationInBracketsAfter(text, f.endsAt)) continue;
    reports.push(redactReport(introducedAsOwn(text, f.startsAt) ? 'ownPhone' : 'phone', text, f.startsAt, f.endsAt));
  }
  return dropOverlaps(reports);
}

export default defineRule({
  meta: {
    id: 'phone-number',
    category: 'privacy',
    description: "A person's phone number (not the council's published number or a venue's line).",
    defaultSeverity: 'warning',
    messages: {
      ownPhone:
        '“{{found}}” looks like your own phone number. Once posted it is public for good, and people will ring it about council business: leave it out and point people to the council\'s published contact details, or post it only if you are content for anyone to have it.',
      phone:
        '“{{found}}” looks like someone\'s phone number. Residents\' personal details must not be shared: remove it, or share it only with their written permission.',
    },
    readsQuoted: true,
    dismissReason: 'It is my own number and I am happy to share it, or I have the owner\'s written permission',
  },
  checkSentence({ sentence, env }) {
    return checkText(sentence.text, env.pack);
  },
});
