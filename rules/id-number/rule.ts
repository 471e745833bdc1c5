import type { Pack } from '../../lib/engine/pack.ts';
import { loadWordList, phraseMatcher, type Match } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { dropOverlaps, redactReport, windowStart } from '../shared/privacy-common.ts';
import contextJson from '../wordlists/privacy-id-context.json';

// Identity and bank numbers, each checked as far as its format allows: National Insurance
// numbers against the letters never issued, NHS numbers by their mod-11 check digit, card
// numbers by Luhn, GB IBANs by mod-97. Bare numbers (sort codes, account numbers, a date) count
// only with their label nearby ("sort code", "account no.", "DOB", "born on").

type Kind = 'ni' | 'nhs' | 'sortcode' | 'account' | 'dob' | 'card';
const KINDS: readonly Kind[] = ['ni', 'nhs', 'sortcode', 'account', 'dob', 'card'];

const LABELS = new Map<Kind, ReturnType<typeof phraseMatcher>>();
{
  const byKind = new Map<Kind, string[]>();
  for (const entry of loadWordList('privacy-id-context', contextJson)) {
    const m = /^(\w+):\s*(\S.*)$/.exec(entry);
    const kind = m?.[1] as Kind | undefined;
    if (!m || !kind || !KINDS.includes(kind)) throw new Error(`privacy-id-context: bad entry "${entry}"`);
    byKind.set(kind, [...(byKind.get(kind) ?? []), m[2]!]);
  }
  for (const kind of KINDS) LABELS.set(kind, phraseMatcher(byKind.get(kind) ?? []));
}
function labels(kind: Kind, text: string): Match[] {
  return LABELS.get(kind)!.find(text);
}
/** A label of this kind ends within `size` characters before `at`. */
function labelledBefore(found: readonly Match[], at: number, size: number): boolean {
  return found.some((l) => l.end <= at && at - l.end <= size);
}

// National Insurance: two letters, six digits, A-D. Unlabelled, the letters must be ones HMRC
// issues: the first not D F I Q U V, the second not D F I O Q U V, and not BG GB KN NK NT TN ZZ.
// With a label ("National Insurance number is …") the shape is enough, so demo numbers such as
// the specimen QQ 12 34 56 C still count, as Ofcom's drama phone numbers do.
const NI = /(?<![\p{L}\p{N}])([a-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([a-d]))?(?![\p{L}\p{N}])/giu;
const NI_ISSUED_PREFIX = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/;
const NI_NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
// Ten digits, as 3-3-4 or run together.
const TEN_DIGITS = /(?<![\d£$€.,/-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d/-]|[.,]\d)/gu;
const SORT_CODE = /(?<![\d£$€.,/:-])(\d{2})([ -]?)(\d{2})\2(\d{2})(?![\d/:-]|[.,]\d)/gu;
const ACCOUNT = /(?<![\d£$€.,/-])(?:\d{8}|\d{4} \d{4})(?![\d/-]|[.,]\d)/gu;
const CARD = /(?<![\d£$€.,/-])[1-9](?:[ -]?\d){12,18}(?![\d/-]|[.,]\d)/gu;
const IBAN = /(?<![\p{L}\p{N}])GB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}(?![\p{L}\p{N}])/gu;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const DATE = new RegExp(
  `(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?![\\d/])`,
  'giu',
);
// Between a date-of-birth label and the date: "DOB: ", "date of birth is ", "born on the ".
const DOB_GAP = /^[\s:=,(–-]{0,4}(?:(?:is|was|on|the|of|being)\s+){0,3}$/iu;
// Another kind of number's label just before: "order ref WE 12 34 56 A", "meeting ID 845 123 4567".
const OTHER_LABEL =
  /(?<!\p{L})(?:ref|reference|order|invoice|code|serial|part|model|case|booking|ticket|membership|meeting|zoom|id|passcode|pin|conference|licence|permit|application|plan)\.?(?:\s+(?:no|number|id))?\.?[\s:#]*$/iu;
function otherLabelBefore(text: string, at: number): boolean {
  return OTHER_LABEL.test(text.slice(windowStart(at, 30), at));
}
// A bank detail of the council itself (for paying a hall hire) is published on purpose.
const PERSON = /(?<!\p{L})(?:Mrs?|Ms|Miss|Mx|Dr|his|her|their|resident|residents|neighbour|tenant|family|my)(?!\p{L})/u;

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function digitsOf(s: string): number[] {
  return [...s.replace(/\D/g, '')].map(Number);
}

export function nhsChecksumOk(ten: string): boolean {
  const d = digitsOf(ten);
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i]! * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === d[9];
}

export function luhnOk(number: string): boolean {
  const d = digitsOf(number);
  let sum = 0;
  for (let i = d.length - 1, double = false; i >= 0; i--, double = !double) {
    let v = d[i]!;
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return d.length >= 13 && d.length <= 19 && sum % 10 === 0;
}

function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of v) rem = (rem * 10 + Number(digit)) % 97;
  }
  return rem === 1;
}

function councilOwnBankDetails(text: string, pack: Pack): boolean {
  const lower = text.toLowerCase();
  const namesCouncil = pack.official.names.some((n) => lower.includes(n.toLowerCase())) || /(?<!\p{L})council(?:'s)?(?!\p{L})/iu.test(text);
  return namesCouncil && !PERSON.test(text);
}

const FOUR_BY_FOUR = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/;
const FOUR_BY_FOUR_IN_TEXT = /(?<![\d£$€.,/-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d/-]|[.,]\d)/gu;

/** A card word ends at most `before` characters before the number or starts just after it. */
function cardWordNear(found: readonly Match[], start: number, end: number, before = 60): boolean {
  return found.some((l) => (l.end <= start && start - l.end <= before) || (l.start >= end && l.start - end <= 30));
}

interface Found {
  start: number;
  end: number;
  kind: 'ni' | 'nhs' | 'sortCode' | 'account' | 'card' | 'dob';
}

function checkText(text: string, pack: Pack, now: Date | undefined): Report[] {
  if (!/\d/.test(text)) return [];
  const found: Found[] = [];
  const add = (m: RegExpExecArray, kind: Found['kind']) => found.push({ start: m.index, end: m.index + m[0].length, kind });

  if (/[a-z] ?\d\d/i.test(text)) {
    const niLabels = labels('ni', text);
    for (const m of allMatches(NI, text)) {
      const prefix = m[1]!.toUpperCase();
      const issued = NI_ISSUED_PREFIX.test(prefix) && !NI_NEVER_ISSUED.has(prefix);
      const upper = m[0] === m[0].toUpperCase();
      if (labelledBefore(niLabels, m.index, 30) || (issued && upper && m[5] && !otherLabelBefore(text, m.index))) add(m, 'ni');
    }
  }

  const nhsLabels = labels('nhs', text);
  for (const m of allMatches(TEN_DIGITS, text)) {
    if (m[0].startsWith('0') || !nhsChecksumOk(m[0])) continue;
    if (labelledBefore(nhsLabels, m.index, 30) || (m[2] !== '' && !otherLabelBefore(text, m.index))) add(m, 'nhs');
  }

  const cardLabels = /\d{4}[ -]\d{4}/.test(text) ? labels('card', text) : [];
  for (const m of allMatches(CARD, text)) {
    const digits = m[0].replace(/\D/g, '');
    // Grouped in fours (or run together), as cards are printed.
    const grouped = /^\d+$/.test(m[0]) || /^\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?$/.test(m[0]) || /^\d{4}[ -]\d{6}[ -]\d{5}$/.test(m[0]);
    if (!grouped || digits.length < 13) continue;
    // People quote mistyped or made-up numbers: sixteen digits in fours beside a card word
    // ("bank card", "long number") are a card number even when Luhn fails.
    if (luhnOk(digits) || (FOUR_BY_FOUR.test(m[0]) && cardWordNear(cardLabels, m.index, m.index + m[0].length))) add(m, 'card');
  }

  const ownCouncil = councilOwnBankDetails(text, pack);
  if (!ownCouncil) {
    const sortLabels = labels('sortcode', text);
    const accountLabels = labels('account', text);
    const accounts = allMatches(ACCOUNT, text).filter((m) => labelledBefore(accountLabels, m.index, 30));
    for (const m of accounts) add(m, 'account');
    for (const m of allMatches(SORT_CODE, text)) {
      const labelled = labelledBefore(sortLabels, m.index, 25);
      const besideAccount = m[2] !== '' && accounts.some((a) => Math.abs(a.index - m.index) <= 60);
      if (labelled || besideAccount) add(m, 'sortCode');
    }
    for (const m of allMatches(IBAN, text)) if (ibanOk(m[0])) add(m, 'account');
  }

  for (const d of datesOfBirth(text, yearOf(now))) found.push({ ...d, kind: 'dob' });

  return dropOverlaps(found).map((f) => redactReport(f.kind, text, f.start, f.end));
}

function yearOf(now: Date | undefined): number {
  return (now ?? new Date()).getUTCFullYear();
}

// A date whose four-digit year is a plausible birth year: at least five years back.
function birthYear(date: string, thisYear: number): boolean {
  const y = /(\d{4})$/.exec(date.trim());
  return !!y && Number(y[1]) >= 1900 && Number(y[1]) <= thisYear - 5;
}
// Between a label and a date given a little later: no digits (another date or number would be
// what the label is about) and at most one sentence end ("needs your date of birth. Our
// records show 03/11/1958", "date of birth – can you confirm it is 3 May 1958").
const LOOSE_GAP = /^\D{0,100}$/u;
const LOOSE_SIZE = 100;
// Only a label that names the date itself reaches that far ("date of birth", "DOB", not
// "birthday" or "born"), and not past another event the date could belong to.
const STRONG_DOB = /date\s+of\s+birth|birth\s?date|d\.?o\.?b/iu;
const OTHER_EVENT =
  /(?<!\p{L})(?:joined|married|wedding|moved|elected|co-?opted|since|started|retired|died|passed|funeral|founded|opened|built|meeting|appointment|expir\w*|renew\w*|issued|deadline|due)(?!\p{L})/iu;
function looseGap(label: string, gap: string): boolean {
  return STRONG_DOB.test(label) && LOOSE_GAP.test(gap) && !OTHER_EVENT.test(gap) && (gap.match(/[.!?](?:\s|$)|\n/g)?.length ?? 0) <= 1;
}

/**
 * Dates given as a date of birth: right after the label ("DOB 12/03/1956", "born on 12th March
 * 1956"), or a little later (even in the next sentence) when the year is a plausible birth year.
 */
function datesOfBirth(text: string, thisYear: number): { start: number; end: number }[] {
  const dobLabels = labels('dob', text);
  if (dobLabels.length === 0) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of allMatches(DATE, text)) {
    const from = windowStart(m.index, 40);
    const loose = windowStart(m.index, LOOSE_SIZE);
    const plausible = birthYear(m[0], thisYear);
    const ok = dobLabels.some(
      (l) =>
        l.end <= m.index &&
        ((l.start >= from && DOB_GAP.test(text.slice(l.end, m.index))) || (plausible && l.end >= loose && looseGap(text.slice(l.start, l.end), text.slice(l.end, m.index)))),
    );
    if (ok) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'id-number',
    category: 'privacy',
    description: 'A National Insurance number, NHS number, bank sort code or account, card number, or date of birth.',
    defaultSeverity: 'warning',
    messages: {
      ni: '“{{found}}” looks like a National Insurance number. Identity numbers must never be published or passed on: remove it.',
      nhs: '“{{found}}” looks like an NHS number. Health identifiers must never be published or passed on: remove it.',
      sortCode: '“{{found}}” looks like a bank sort code. Someone\'s bank details must never be published or passed on: remove it.',
      account: '“{{found}}” looks like a bank account number. Someone\'s bank details must never be published or passed on: remove it.',
      card: '“{{found}}” looks like a payment card number. Card details must never be published or passed on: remove it.',
      dob: '“{{found}}” is given as someone\'s date of birth. Personal details like this must not be shared: remove it.',
    },
    readsQuoted: true,
  },
  checkSentence({ sentence, env }) {
    return checkText(sentence.text, env.pack, env.now);
  },
  // A label in one sentence and the number in the next: "D.O.B. 12/03/1956" (the label's full
  // stop ends a sentence), "the bank needs your date of birth. Our records show 03/11/1958",
  // "Someone's dropped their bank card. Long number is 4659 …". Only drafts holding such a label
  // and a date or a 4-4-4-4 number are scanned again, whole.
  checkDraft({ text, env }, fromSentences) {
    const extra: Report[] = [];
    const fresh = (start: number, end: number) => !fromSentences.some((r) => start < r.end && r.start < end);
    if (/d\.o\.b|birth|born|\bdob\b/i.test(text) && /\d/.test(text)) {
      for (const d of datesOfBirth(text, yearOf(env.now))) if (fresh(d.start, d.end)) extra.push(redactReport('dob', text, d.start, d.end));
    }
    if (/card|visa|mastercard|amex|long number/i.test(text) && /\d{4}[ -]\d{4}[ -]\d{4}/.test(text)) {
      const cardLabels = labels('card', text);
      for (const m of allMatches(FOUR_BY_FOUR_IN_TEXT, text)) {
        const end = m.index + m[0].length;
        if (fresh(m.index, end) && cardWordNear(cardLabels, m.index, end, 150)) extra.push(redactReport('card', text, m.index, end));
      }
    }
    return extra.length ? [...fromSentences, ...extra].sort((a, b) => a.start - b.start) : fromSentences;
  },
});
