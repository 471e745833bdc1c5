import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const reply = (to: string[], cc: string[] = [], replyAll = true) => ({
  channel: 'email' as const,
  email: { from: 'cllr.jones@bottisham-pc.gov.uk', to, cc, subject: 'Re: Allotment rents', replyAll },
});

export default {
  valid: [
    { text: 'Thanks, noted.', ...reply(['clerk@bottisham-pc.gov.uk']) },
    { text: 'Thanks, noted.', ...reply(['a@example.org', 'b@example.org'], [], false), name: 'plain reply to two' },
    { text: 'Thanks, noted.', ...reply(['Clerk <clerk@bottisham-pc.gov.uk>'], ['clerk@bottisham-pc.gov.uk']), name: 'same address twice' },
    { text: 'Reply-all to everyone please.', name: 'not an email' },
  ],
  invalid: [
    { text: 'Agreed, see you all on Tuesday.', ...reply(['clerk@bottisham-pc.gov.uk', 'chair@example.org']), errors: [{ start: 0, end: 0, message: 'replies to all 2' }] },
    { text: 'Fine by me.', ...reply(['clerk@bottisham-pc.gov.uk'], ['j.smith@example.org', 'r.patel@example.org']), errors: [{ start: 0, end: 0, message: 'Bottisham policy §12' }] },
    { text: '', ...reply(['a@example.org'], ['b@example.org']), errors: [{ start: 0, end: 0 }], name: 'empty body' },
  ],
} satisfies RuleCases;
