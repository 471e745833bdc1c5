// Helpers shared by the email rules: who a message goes to, whether it is a forward, whether
// it is council business, and which parts of the text are the writer's own (outside quoted
// trails). All cheap: plain scans over the recipients and a phrase regex over short texts.
import type { Email } from '../../lib/engine/draft.ts';
import { addressOf, isOfficialAddress } from '../../lib/engine/official.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { loadWordList, phraseMatcher } from '../../lib/engine/phrases.ts';
import type { QuotedRange } from '../../lib/engine/quoted.ts';
import businessList from '../wordlists/email-council-business.json';

export interface Range {
  start: number;
  end: number;
}

const business = phraseMatcher(loadWordList('email-council-business', businessList));

/** Whether a piece of text (a subject, a sentence) speaks of council business. */
export function mentionsCouncilBusiness(text: string): boolean {
  return text !== '' && business.test(text);
}

/** Distinct, non-empty addresses from any number of recipient lists. */
export function distinctAddresses(...lists: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const list of lists) {
    for (const r of list) {
      const a = addressOf(r);
      if (a) out.add(a);
    }
  }
  return [...out];
}

/** Every recipient (To, Cc and Bcc), distinct. */
export function allRecipients(email: Email): string[] {
  return distinctAddresses(email.to, email.cc, email.bcc);
}

/** Recipients outside the council's own addresses and domains. */
export function externalAddresses(pack: Pack, addresses: readonly string[]): string[] {
  return addresses.filter((a) => !isOfficialAddress(pack, a));
}

/** Whether the pack (with the council's own details) names any official address or domain. */
export function hasOfficialAddresses(pack: Pack): boolean {
  return pack.official.emails.length > 0 || pack.official.domains.length > 0 || Boolean(pack.official.clerkEmail);
}

const FORWARD_SUBJECT = /^\s*fwd?\s*:/i;

/**
 * The quoted range that holds a forwarded message, if the draft is a forward: a
 * "Forwarded message" block, or (when the email is marked as a forward, or its subject starts
 * "Fwd:"/"Fw:") the first reply-style header, which is how Outlook and others open a forward.
 */
export function forwardedBlock(email: Email | undefined, ranges: readonly QuotedRange[]): QuotedRange | undefined {
  const block = ranges.find((q) => q.marker === 'forwarded');
  if (block) return block;
  if (!email || !(email.forward || FORWARD_SUBJECT.test(email.subject))) return undefined;
  return ranges.find((q) => q.marker === 'header' || q.marker === 'original-message' || q.marker === 'wrote');
}

/** Whether the draft is a forward: the email says so, its subject does, or it carries a forwarded block. */
export function isForward(email: Email | undefined, quoted: readonly QuotedRange[]): boolean {
  if (email?.forward || (email && FORWARD_SUBJECT.test(email.subject))) return true;
  return quoted.some((q) => q.marker === 'forwarded');
}

/** Whether an offset lies inside one of the quoted ranges. */
export function insideQuoted(offset: number, quoted: readonly Range[]): boolean {
  return quoted.some((q) => offset >= q.start && offset < q.end);
}

/** Lists a few addresses for a message: "a@x.org, b@y.org and 3 more". */
export function listAddresses(addresses: readonly string[], max = 3): string {
  if (addresses.length <= max) {
    return addresses.length <= 1
      ? (addresses[0] ?? '')
      : `${addresses.slice(0, -1).join(', ')} and ${addresses[addresses.length - 1]}`;
  }
  return `${addresses.slice(0, max).join(', ')} and ${addresses.length - max} more`;
}
