import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const email = (to: string[], subject: string, cc: string[] = [], bcc: string[] = []) => ({
  channel: 'email' as const,
  email: { from: 'cllr.jones@bottisham-pc.gov.uk', to, cc, bcc, subject },
});

export default {
  valid: [
    { text: 'I have looked at the planning application for Mill Lane and have no comments.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Mill Lane', ['clerk@bottisham-pc.gov.uk']) },
    { text: 'Please add the bench repairs to the agenda.', ...email(['Clerk <CLERK@bottisham-pc.gov.uk>'], 'Agenda item') , name: 'clerk in To, with a display name' },
    { text: 'Happy to help with the precept figures.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Precept', [], ['clerk@bottisham-pc.gov.uk']), name: 'clerk in Bcc' },
    { text: 'See you at the pub quiz on Friday!', ...email(['friend@example.org'], 'Friday'), name: 'not council business' },
    { text: 'The agenda for Tuesday is attached.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Agenda'), role: 'clerk', name: 'the clerk writing' },
    { text: 'The agenda for Tuesday is attached.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Agenda'), role: 'staff', name: 'staff writing' },
    { text: 'Thoughts on the allotment rents before the meeting?', ...email(['a@example.org'], 'Allotments'), pack: 'withyham', name: 'pack without a clerk address' },
    { text: 'Please add the bench repairs to the agenda.', ...email([], 'Agenda item'), name: 'no recipients yet' },
    { text: 'Please add the bench repairs to the agenda.', channel: 'facebook', name: 'not an email' },
    {
      text: 'Sounds good, see you then.\n\nOn Mon, 12 Apr 2027 at 09:14, Jo <jo@example.org> wrote:\nThe council meeting is on Tuesday.',
      ...email(['jo@example.org'], 'Coffee'),
      name: 'council business only in the quoted trail',
    },
  ],
  invalid: [
    { text: 'I have looked at the planning application for Mill Lane and I have no objection.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Mill Lane'), errors: [{ start: 0, end: 0, message: 'clerk@bottisham-pc.gov.uk' }] },
    { text: 'Could we talk before Tuesday?', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Agenda for the May meeting'), errors: [{ start: 0, end: 0, message: 'Bottisham policy §8' }], name: 'business in the subject only' },
    { text: 'Thank you for your email about the streetlight on Church Road. I will raise it with the council.', ...email(['resident@example.org'], 'Re: Streetlight'), role: 'chair', errors: [{ start: 0, end: 0 }], name: 'the chair replying to a resident' },
    { text: 'Dear Mrs Hill, the footpath will be looked at by the parish council next month.', ...email(['hill@example.org'], 'Footpath'), pack: 'croft', errors: [{ start: 0, end: 0, message: 'croftparishclerk@gmail.com' }] },
    { text: 'Please find the draft minutes attached.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Draft', ['cllr.smith@bottisham-pc.gov.uk'], ['someone@example.org']), errors: [{ start: 0, end: 0 }], name: 'clerk not in any line' },
    { text: 'Here are my notes on the budget.', ...email(['cllr.brown@bottisham-pc.gov.uk'], 'Notes'), pack: 'bottisham', errors: [{ start: 0, end: 0, message: 'Add the Clerk in Cc' }] },
  ],
} satisfies RuleCases;
