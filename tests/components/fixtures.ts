import type { Finding } from '../../lib/engine/finding.ts';

// Findings shaped exactly as the engine returns them (taken from `npm run check -- --json`),
// fixed here so the component tests do not move when a rule's wording changes.

export const TEXT =
  'Speaking for Bottisham Parish Council, we will definitely fix the road. John Smith at 14 Mill Road, phone 07700 900123, is an idiot and a liar.';

const CLAUSE_PRIVACY = 'Do not give out other people’s personal data on social media, including home addresses.';

export const SPEAKING: Finding = {
  rule: 'speaking-for-council',
  severity: 'error',
  start: 0,
  end: 37,
  message:
    'Bottisham policy §4: “Speaking for Bottisham Parish Council” reads as speaking for the council, but this is a personal post. Say it in your own name (“I think…”), or ask the clerk to make any statement for the council.',
  clause: { pack: 'bottisham', ref: '§4', summary: 'Do not present personal opinions as the council’s, or give the impression you act for it when posting personally.' },
};

export const NAMED: Finding = {
  rule: 'named-person',
  severity: 'warning',
  start: 72,
  end: 82,
  message:
    'Bottisham policy §4: "John Smith" names a private individual. Leave the name out (for example "a resident"), unless they have given written permission to be named.',
  clause: { pack: 'bottisham', ref: '§4', summary: 'Do not name an individual or post about them without their written permission.' },
  fix: { label: 'Replace with [removed]', edits: [{ start: 72, end: 82, text: '[removed]' }] },
};

export const ADDRESS: Finding = {
  rule: 'resident-address',
  severity: 'error',
  start: 86,
  end: 98,
  message:
    'Bottisham policy §4: “14 Mill Road” looks like someone’s home address. Residents’ personal details must not be shared: remove it, or share it only with their written permission.',
  clause: { pack: 'bottisham', ref: '§4', summary: CLAUSE_PRIVACY },
  fix: { label: 'Replace with [removed]', edits: [{ start: 86, end: 98, text: '[removed]' }] },
};

export const ATTACK: Finding = {
  rule: 'personal-attack',
  severity: 'warning',
  start: 126,
  end: 131,
  message: 'Bottisham policy §4: “idiot” reads as a personal insult. Criticise the decision or the work, not the person.',
  clause: { pack: 'bottisham', ref: '§4', summary: 'No derogatory comments, personal attacks, online fights or hostile communications.' },
};

export const DISCLAIMER: Finding = {
  rule: 'personal-view-disclaimer',
  severity: 'info',
  start: 0,
  end: 0,
  message:
    'Bottisham policy §5: this post gives a view on council business. Add “Views my own, not those of the council.” so no one takes it for the council’s position.',
  clause: { pack: 'bottisham', ref: '§5', summary: 'Make clear when you are giving a personal view.' },
  fix: { label: 'Add “Views my own”', edits: [{ start: 143, end: 143, text: '\n\nViews my own, not those of the council.' }] },
};

export const SIGNATURE: Finding = {
  rule: 'missing-signature',
  severity: 'warning',
  start: 0,
  end: 0,
  message:
    "Bottisham policy §8: this email lacks part of the council's designated signature (the privacy notice). Add the full signature at the end of your own message, above any quoted trail.",
  clause: { pack: 'bottisham', ref: '§8', summary: 'Always add the designated email signature: not monitored 24/7, privacy notice and transmission of files.' },
};

export const TRAIL_PHONE: Finding = {
  rule: 'phone-number',
  severity: 'error',
  start: 40,
  end: 52,
  message:
    'Bottisham policy §4: “01223 555010” looks like someone’s phone number. Residents’ personal details must not be shared: remove it, or share it only with their written permission.',
  clause: { pack: 'bottisham', ref: '§4', summary: 'Do not give out other people’s personal data on social media, including telephone numbers.' },
};

export const ALL = [ATTACK, NAMED, ADDRESS, SPEAKING, DISCLAIMER];
