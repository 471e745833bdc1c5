import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const fwd = (to: string[], subject = 'Fwd: Hedge on Mill Lane', extra: { cc?: string[]; bcc?: string[]; forward?: boolean } = {}) => ({
  channel: 'email' as const,
  email: { from: 'cllr.jones@bottisham-pc.gov.uk', to, subject, forward: true, ...extra },
});

const gmailForward =
  'See below, can you take a look?\n\n---------- Forwarded message ---------\nFrom: Mary Hill <mary.hill@example.org>\nDate: Mon, 12 Apr 2027 at 09:14\nSubject: Hedge on Mill Lane\n\nThe hedge outside 14 Mill Lane is blocking the footpath again.';

const agendaForward =
  'FYI.\n\n---------- Forwarded message ---------\nFrom: Clerk <clerk@bottisham-pc.gov.uk>\nDate: Mon, 12 Apr 2027 at 09:14\nSubject: Agenda\n\nThe agenda for the May meeting is attached.';

export default {
  valid: [
    { text: gmailForward, ...fwd(['clerk@bottisham-pc.gov.uk']), name: 'forward to the clerk' },
    { text: gmailForward, ...fwd(['cllr.brown@bottisham-pc.gov.uk'], 'Fwd: Hedge', { cc: ['clerk@bottisham-pc.gov.uk'] }), name: 'forward inside the council' },
    { text: 'Photos from the holiday attached!', ...fwd(['friend@example.org'], 'Fwd: Holiday pics'), name: 'not council business' },
    {
      text: 'The hedge on Mill Lane is blocking the footpath; could you ask highways to look?',
      channel: 'email',
      email: { from: 'cllr.jones@bottisham-pc.gov.uk', to: ['highways@example.gov.uk'], subject: 'Hedge' },
      name: 'a new email, not a forward',
    },
    { text: gmailForward, name: 'not an email' },
    { text: agendaForward, ...fwd(['clerk@withyham-pc.gov.uk']), pack: 'withyham', name: 'Withyham domain' },
    { text: agendaForward, ...fwd(['croftparishclerk@gmail.com']), pack: 'croft', name: "Croft's own gmail address" },
    { text: agendaForward, ...fwd([]), name: 'no recipients yet' },
    { text: 'Tom and Amy Fletcher loved the beach, photos attached!', ...fwd(['granny@example.org'], 'Fwd: Holiday'), name: 'names in family news are not council business' },
  ],
  invalid: [
    {
      text: 'Thought you should have this: she is at 14 Mill Road and her mobile is 07700 900123.',
      ...fwd(['friend@example.org'], 'Fwd: Saturday'),
      errors: [{ start: 0, end: 0, message: 'personal details to friend@example.org' }],
      name: 'contact details with no council words',
    },
    {
      text: gmailForward,
      ...fwd(['neighbour@example.org']),
      errors: [{ span: '---------- Forwarded message ---------', message: 'personal details to neighbour@example.org' }],
    },
    {
      text: agendaForward,
      ...fwd(['reporter@cambridge-news.example'], 'Fwd: Agenda'),
      errors: [{ span: '---------- Forwarded message ---------', message: 'council correspondence' }],
      name: 'council correspondence without personal data',
    },
    {
      text: 'For info.\n\nFrom: Clerk <clerk@bottisham-pc.gov.uk>\nSent: 12 April 2027 10:02\nTo: Councillors\nSubject: Confidential staffing item\n\nPlease keep this within the council.',
      ...fwd(['partner@example.org'], 'Staffing', { forward: true }),
      errors: [{ span: 'From: Clerk <clerk@bottisham-pc.gov.uk>', message: 'Bottisham policy §8' }],
      name: 'Outlook-style forward',
    },
    {
      text: 'Can you help this resident? Her number is 07700 900123.',
      ...fwd(['helper@example.org'], 'Fwd: Help needed'),
      errors: [{ start: 0, end: 0, message: 'personal details' }],
      name: 'forward with no block, flagged at the top',
    },
    {
      text: agendaForward,
      ...fwd(['clerk@bottisham-pc.gov.uk'], 'Fwd: Agenda', { bcc: ['friend@example.org'] }),
      errors: [{ span: '---------- Forwarded message ---------', message: 'friend@example.org' }],
      name: 'an outsider in Bcc',
    },
    {
      text: gmailForward,
      channel: 'email',
      pack: 'croft',
      email: { from: 'councillor.brown@gmail.com', to: ['someone@gmail.com'], subject: 'Hedge' },
      errors: [{ span: '---------- Forwarded message ---------', message: 'Croft policy §5' }],
      name: 'a forwarded block without the forward flag',
    },
    {
      text: agendaForward,
      ...fwd(['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org']),
      pack: 'pitstone',
      errors: [{ span: '---------- Forwarded message ---------', message: 'and 1 more' }],
    },
  ],
} satisfies RuleCases;
