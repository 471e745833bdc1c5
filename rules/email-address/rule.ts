import { addressOf, domainOf, isOfficialAddress } from '../../lib/engine/official.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { loadWordList } from '../../lib/engine/phrases.ts';
import { parse } from '../../lib/engine/nlp.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { introducedAsOwn, personBefore, redactReport } from '../shared/privacy-common.ts';
import roleJson from '../wordlists/privacy-email-role-localparts.json';
import webmailJson from '../wordlists/privacy-webmail-domains.json';

// A person's email address: at a free webmail provider (unless it is a role mailbox such as
// bookings@), or anywhere else when the part before the @ reads like a person's name
// (jane.smith@, j.smith@, jsmith@). Never the council's own addresses and domains.

const ROLE = new Set(loadWordList('privacy-email-role-localparts', roleJson).map((w) => w.toLowerCase()));
const WEBMAIL = new Set(loadWordList('privacy-webmail-domains', webmailJson).map((w) => w.toLowerCase()));

// Words that mark an organisation's mailbox even inside a run-together local part ("bottishamvillagehall@").
const ORGANISATION_INSIDE =
  /council|parish|village|society|association|committee|allotment|bookings|enquir|office|admin|church(?!ill|ward|er)|school|club|trust|charity|foundation|community|fete|festival|group|team|events|newsletter|magazine|memorialhall|hallhire|hallbooking|surgery|practice|library|pavilion|scouts|guides|cricket|football|tennis|bowls|rugby|secretary|treasurer|clerk|chairman|friendsof|(?:pc|fc|pcc|wi)$/;

const EMAIL = /(?<![\w.%+-])[a-z0-9][\w.%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}(?![\w-])/gi;

function webmail(domain: string): boolean {
  for (const d of WEBMAIL) if (domain === d || domain.endsWith(`.${d}`)) return true;
  return false;
}

/**
 * Whose mailbox the part before the @ names: an organisation's role, a person's, or unclear.
 * "mixed": a role word beside a word that is not one ("lights.volunteer77@"), which reads as a
 * person's handle when it is at a webmail provider and given for a person or carries digits.
 */
function localKind(local: string): 'role' | 'mixed' | 'person' | 'unclear' {
  const lower = local.toLowerCase();
  const tokens = lower.split(/[._+\-\d]+/).filter(Boolean);
  if (tokens.length === 0) return 'unclear';
  // An initial beside a name is a person even with a role word: "t.wickens.hall@".
  if (tokens.some((t) => t.length === 1) && tokens.some((t) => t.length > 1 && !ROLE.has(t))) return 'person';
  if (ROLE.has(lower) || tokens.every((t) => ROLE.has(t))) return 'role';
  if (ORGANISATION_INSIDE.test(lower)) return 'role';
  if (tokens.some((t) => ROLE.has(t))) return 'mixed';
  // jane.smith, jane_smith, smith.j
  if (tokens.length >= 2 && tokens.every((t) => /^[a-z]+$/.test(t))) return 'person';
  return 'unclear';
}

const placeCache = new WeakMap<Pack, string[]>();

/** The parish's own name run together ("bottisham", "collierstreet"), from the council's names. */
function placeNames(pack: Pack): string[] {
  let places = placeCache.get(pack);
  if (!places) {
    places = pack.official.names
      .map((n) => n.toLowerCase().replace(/\b(?:the|parish|town|community|council|pc)\b/g, '').replace(/[^a-z]/g, ''))
      .filter((n) => n.length >= 4);
    placeCache.set(pack, places);
  }
  return places;
}

/**
 * Whether an address is a person's. `forPerson`: the text just before gives it as a person's
 * ("her email is …", "contact the organiser on …"), which settles an unclear local part anywhere
 * ("oldforgecottage@…") and a mixed one at a webmail provider; a plain role mailbox stays one.
 */
export function isPersonalEmail(pack: Pack, address: string, forPerson = false): boolean {
  if (isOfficialAddress(pack, address)) return false;
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  let kind = localKind(local);
  // "bottishamgardeners@", "pitstone.walkers@": a group named after the parish; but "j.croft@" and
  // "bev.lifts.pitstone@" are people (an initial, or a first name compromise knows).
  const runTogether = local.toLowerCase().replace(/[^a-z]/g, '');
  const place = placeNames(pack).find((p) => runTogether.includes(p));
  if (place) {
    const tokens = local.toLowerCase().split(/[._+\-\d]+/).filter((t) => t && t !== place);
    const named = tokens.some((t) => t.length === 1) || tokens.some((t) => parse(t).has('#FirstName'));
    // Given as someone's own ("his address is …") at a webmail provider, it is theirs all the same.
    if (!named && !(forPerson && webmail(domainOf(address)))) kind = 'role';
  }
  if (kind === 'role') return false;
  if (kind === 'person') return true;
  const free = webmail(domainOf(address));
  if (kind === 'mixed') return free && (forPerson || /\d\d/.test(local));
  return free || forPerson;
}

// Written out to dodge scrapers: "jane.smith [at] gmail [dot] com", "jane.smith(at)gmail.com",
// "jane dot smith at gmail dot com". A plain " at " counts only before a webmail domain.
const OBFUSCATED =
  /(?<![\w.%+-])([a-z0-9][\w.%+-]{0,40}(?:\sdot\s[a-z0-9][\w%+-]{0,40}){0,3})\s?(\[at\]|\(at\)|\{at\}|\sat\s)\s?([a-z0-9-]{1,63}(?:\s?(?:\.|\[dot\]|\(dot\))\s?[a-z0-9-]{1,63}|\sdot\s[a-z0-9-]{1,63}){1,4})/gi;

function deobfuscate(text: string): string {
  return text.replace(/\[dot\]|\(dot\)|\bdot\b/gi, '.').replace(/\s/g, '');
}

function checkObfuscated(text: string, pack: Pack, reports: Report[]): void {
  if (!/\bat\b|\[at\]|\(at\)|\{at\}/i.test(text) || !/\bdot\b|\.[a-z]/i.test(text)) return;
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    const [, local, at, domainText] = m as unknown as [string, string, string, string];
    const domain = deobfuscate(domainText).toLowerCase();
    // A plain " at " needs a webmail domain and a lower-case start ("Meet at gmail.com" is prose).
    if (!/\.[a-z]{2,}$/.test(domain) || (/^\s/.test(at) && (!webmail(domain) || !/^[a-z0-9]/.test(local)))) {
      OBFUSCATED.lastIndex = m.index + 1;
      continue;
    }
    const address = `${deobfuscate(local)}@${domain}`;
    if (!isPersonalEmail(pack, address, personBefore(text, m.index))) continue;
    reports.push(redactReport(introducedAsOwn(text, m.index) ? 'ownEmail' : 'email', text, m.index, m.index + m[0].length));
  }
}

function checkText(text: string, pack: Pack): Report[] {
  const reports: Report[] = [];
  checkObfuscated(text, pack, reports);
  if (!text.includes('@')) return reports;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
    let end = m.index + m[0].length;
    // A sentence's full stop is not part of the domain.
    while (text[end - 1] === '.') end--;
    const address = text.slice(m.index, end);
    if (!isPersonalEmail(pack, address, personBefore(text, m.index))) continue;
    reports.push(redactReport(introducedAsOwn(text, m.index) ? 'ownEmail' : 'email', text, m.index, end));
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'email-address',
    category: 'privacy',
    description: "A person's email address (not the council's own, nor an organisation's role mailbox).",
    defaultSeverity: 'warning',
    messages: {
      ownEmail:
        '“{{found}}” looks like your own personal email address. Once posted it is public: for council matters, point people to the council\'s official address instead.',
      email:
        '“{{found}}” looks like a person\'s email address. Residents\' personal details must not be passed on: remove it, or share it only with their written permission.',
    },
    readsQuoted: true,
    dismissReason: 'It is my own address and I am happy to share it, or I have the owner\'s written permission',
  },
  checkSentence({ sentence, env }) {
    return checkText(sentence.text, env.pack);
  },
  // Not someone else's data: the sender's own address (a signature), or the address of the only
  // person the email goes to (a reply quoting "On …, Jane <jane@…> wrote:" back to Jane).
  checkDraft({ email, text }, fromSentences) {
    if (!email || fromSentences.length === 0) return fromSentences;
    const own = addressOf(email.from);
    const recipients = new Set([...email.to, ...email.cc, ...email.bcc].map(addressOf).filter(Boolean));
    const soleRecipient = recipients.size === 1 ? [...recipients][0] : undefined;
    return fromSentences.filter((r) => {
      const address = text.slice(r.start, r.end).toLowerCase();
      return address !== own && address !== soleRecipient;
    });
  },
});
