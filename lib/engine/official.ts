import type { Pack } from './pack.ts';

/** "Jane Smith <Jane@Example.org>" → "jane@example.org"; anything else is trimmed and lower-cased. */
export function addressOf(recipient: string): string {
  const angle = /<([^<>\s@]+@[^<>\s]+)>/.exec(recipient);
  return (angle ? angle[1]! : recipient).trim().toLowerCase();
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase();
}

function domainMatches(domain: string, official: string): boolean {
  const o = official.toLowerCase().replace(/^@/, '');
  return domain === o || domain.endsWith(`.${o}`);
}

/** One of the council's own addresses, or an address at one of its own domains. */
export function isOfficialAddress(pack: Pack, recipient: string): boolean {
  const address = addressOf(recipient);
  if (pack.official.emails.some((e) => e.toLowerCase() === address)) return true;
  if (pack.official.clerkEmail?.toLowerCase() === address) return true;
  const domain = domainOf(address);
  return domain !== '' && pack.official.domains.some((d) => domainMatches(domain, d));
}

/** Digits only, with a leading 44 read as a UK 0: "+44 (0)1223 811 111" → "01223811111". */
export function phoneDigits(value: string): string {
  let digits = value.replace(/\D/g, '');
  if (digits.startsWith('440')) digits = digits.slice(2);
  else if (digits.startsWith('44')) digits = `0${digits.slice(2)}`;
  return digits;
}

export function isOfficialPhone(pack: Pack, value: string): boolean {
  const digits = phoneDigits(value);
  return pack.official.phones.some((p) => phoneDigits(p) === digits);
}
