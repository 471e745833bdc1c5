import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const email = {
  channel: 'email' as const,
  email: { from: 'cllr.jones@bottisham-pc.gov.uk', to: ['clerk@bottisham-pc.gov.uk'], subject: 'Bench quotes' },
};

const SIGNATURE =
  'Cllr Jane Jones\nBottisham Parish Council\nThis mailbox is not monitored 24/7. Our privacy notice is on the council website.\nThe council accepts no liability for the transmission of files or viruses.';

const body = 'The second quote looks best value to me.\n\n';

export default {
  valid: [
    { text: body + SIGNATURE, ...email },
    {
      text: `${body}Cllr Jones\nNot monitored around the clock. See our Privacy Policy. Files transmitted by email may not be secure.`,
      ...email,
      name: 'other wordings from the pack',
    },
    {
      text: `${body}${SIGNATURE}\n\nOn Mon, 12 Apr 2027 at 09:14, Clerk <clerk@bottisham-pc.gov.uk> wrote:\nThree quotes attached.`,
      ...email,
      name: 'signature above a trail',
    },
    {
      text: `${body}Jane Jones | Bottisham PC | Emails answered Mon-Fri only.`,
      ...email,
      settings: { council: { signature: 'Jane Jones | Bottisham PC |\nEmails answered Mon-Fri only.' } },
      name: 'the council details signature in full',
    },
    { text: body, ...email, pack: 'croft', name: 'pack without a required signature' },
    { text: body, ...email, pack: 'withyham', name: 'Withyham: no signature rule' },
    { text: body, name: 'not an email' },
    { text: `${body}${SIGNATURE.toUpperCase()}`, ...email, name: 'any case' },
    {
      text: `${body}This inbox isn't monitored 24 / 7. Privacy notice on our website. Note on transmission of files applies.`,
      ...email,
      name: "contractions and spaced 24 / 7",
    },
  ],
  invalid: [
    { text: body + 'Kind regards\nCllr Jones', ...email, errors: [{ start: 0, end: 0, message: 'not monitored 24/7, the privacy notice and the note on transmission of files' }] },
    {
      text: `${body}Cllr Jones\nThis mailbox is not monitored 24/7. Our privacy notice is on the website.`,
      ...email,
      errors: [{ start: 0, end: 0, message: '(the note on transmission of files)' }],
      name: 'one statement missing',
    },
    {
      text: `Thanks, noted.\n\nOn Mon, 12 Apr 2027 at 09:14, Clerk <clerk@bottisham-pc.gov.uk> wrote:\nThree quotes attached.\n${SIGNATURE}`,
      ...email,
      errors: [{ start: 0, end: 0, message: 'Bottisham policy §8' }],
      name: 'signature only inside the quoted trail',
    },
    {
      text: `Thanks, noted.\n> ${SIGNATURE.replace(/\n/g, '\n> ')}`,
      ...email,
      errors: [{ start: 0, end: 0 }],
      name: 'signature only in > lines',
    },
    {
      text: `${body}Jane Jones | Bottisham PC`,
      ...email,
      settings: { council: { signature: 'Jane Jones | Bottisham PC | Emails answered Mon-Fri only.' } },
      errors: [{ start: 0, end: 0, message: 'privacy notice' }],
      name: 'council details signature only in part',
    },
    { text: '', ...email, errors: [{ start: 0, end: 0 }], name: 'empty body' },
    {
      text: `${body}Privacy notice: bottisham-pc.gov.uk/privacy. Not monitored 24 hours a day.`,
      ...email,
      pack: 'bottisham',
      errors: [{ start: 0, end: 0, message: 'transmission of files' }],
    },
  ],
} satisfies RuleCases;
