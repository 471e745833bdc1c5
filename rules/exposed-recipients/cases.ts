import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const email = (to: string[], cc: string[] = [], bcc: string[] = []) => ({
  channel: 'email' as const,
  pack: 'withyham',
  email: { from: 'clerk@withyham-pc.gov.uk', to, cc, bcc, subject: 'Village fete helpers' },
});

const five = ['ann.hart@example.org', 'bob.lane@example.net', 'cara.moss@example.com', 'dev.shah@example.org', 'eve.ward@example.co.uk'];

export default {
  valid: [
    { text: 'Thank you all for offering to help at the fete.', ...email(five.slice(0, 4)), name: 'four external' },
    { text: 'Thank you all for offering to help at the fete.', ...email(['clerk@withyham-pc.gov.uk'], [], five), name: 'externals in Bcc' },
    { text: 'Thank you all for offering to help at the fete.', ...email(five.slice(0, 2), [], five.slice(2)), name: 'three of five in Bcc' },
    {
      text: 'Agenda for Tuesday attached.',
      ...email(['a.cllr@withyham-pc.gov.uk', 'b.cllr@withyham-pc.gov.uk', 'c.cllr@withyhampc.gov.uk', 'd.cllr@withyham-pc.gov.uk'], ['e@example.org']),
      name: 'council addresses do not count',
    },
    {
      text: 'Thanks all.',
      ...email(['Ann Hart <ann.hart@example.org>', 'ANN.HART@example.org', 'bob.lane@example.net'], ['bob.lane@example.net', 'cara.moss@example.com', 'dev.shah@example.org']),
      name: 'the same address twice counts once',
    },
    { text: 'Thanks all.', channel: 'facebook', name: 'not an email' },
    { text: 'Thanks all.', ...email([]), name: 'no recipients yet' },
    { text: 'Thanks all.', channel: 'email', email: { to: ['jo@example.org'] }, name: 'Bottisham, one recipient' },
  ],
  invalid: [
    { text: 'Thank you all for offering to help at the fete.', ...email(five), errors: [{ start: 0, end: 0, message: '5 people outside the council' }] },
    { text: 'Minutes attached.', ...email(five.slice(0, 2), five.slice(2)), errors: [{ start: 0, end: 0, message: 'Withyham policy §4.5' }], name: 'split across To and Cc' },
    {
      text: 'Dear all, the litter pick starts at 10am.',
      ...email(['clerk@withyham-pc.gov.uk', ...five, 'fred@example.org'], []),
      errors: [{ start: 0, end: 0, message: '6 people' }],
      name: 'council address among them is not counted',
    },
    {
      text: '',
      channel: 'email',
      email: { from: 'clerk@bottisham-pc.gov.uk', to: five.map((a) => `Resident <${a}>`) },
      errors: [{ start: 0, end: 0, message: 'Bcc' }],
      name: 'display names around the addresses',
    },
  ],
} satisfies RuleCases;
