// Light signals of personal data in a sentence, for external-forward: an email address that
// is not the council's or an organisation's role address, a UK phone number, a house number
// and street, a postcode, a date of birth or an identity number. All regexes are bounded.
import { isOfficialAddress } from '../../lib/engine/official.ts';
import type { Pack } from '../../lib/engine/pack.ts';

const EMAIL = /[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/gi;
// Role mailboxes of organisations (info@, bookings@): not a person's address.
const ROLE_MAILBOX = /^(?:info|enquiries|enquiry|bookings|booking|admin|office|hello|contact|sales|support|reception|noreply|no-reply|press|media|planning|highways|customer\.?services)@/i;
const PHONE = /(?<![\d/])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d/])/;
const STREET =
  /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z']{1,20}\s){1,3}(?:Road|Rd|Street|St|Lane|Close|Avenue|Ave|Drive|Way|Crescent|Gardens|Place|Court|Terrace|Grove|Hill|Row|Walk|Green|Mews|Park|View)\b/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
const BIRTH = /\b(?:date of birth|d\.?o\.?b\.?|born on)\b/i;
const NI_NUMBER = /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/;

/** Whether the sentence carries a person's contact or identity details. */
export function hasPersonalData(text: string, pack: Pack): boolean {
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
    if (!isOfficialAddress(pack, m[0]) && !ROLE_MAILBOX.test(m[0])) return true;
  }
  return PHONE.test(text) || STREET.test(text) || POSTCODE.test(text) || BIRTH.test(text) || NI_NUMBER.test(text);
}
