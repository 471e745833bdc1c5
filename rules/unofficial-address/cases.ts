import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const email = (from: string, subject: string, to: string[] = ['clerk@bottisham-pc.gov.uk']) => ({
  channel: 'email' as const,
  email: { from, to, subject },
});

export default {
  valid: [
    { text: 'Please add the bench repairs to the agenda.', ...email('cllr.jones@bottisham-pc.gov.uk', 'Agenda item') },
    { text: 'Please add the bench repairs to the agenda.', ...email('Cllr Jones <Cllr.Jones@Bottisham-PC.gov.uk>', 'Agenda item'), name: 'display name and capitals' },
    { text: 'Are you still coming to the barbecue on Saturday?', ...email('jane.jones@gmail.com', 'Saturday', ['friend@example.org']), name: 'not council business' },
    { text: 'The minutes of the last meeting are attached.', ...email('', 'Minutes'), name: 'no sender known' },
    { text: 'The minutes of the last meeting are attached.', ...email('croftparishclerk@gmail.com', 'Minutes'), pack: 'croft', name: "Croft's official address is a gmail one" },
    { text: 'The agenda for Monday is attached.', ...email('clerk@withyhampc.gov.uk', 'Agenda'), pack: 'withyham', name: 'one of the Withyham domains' },
    { text: 'The agenda for Monday is attached.', ...email('cllr.smith@mail.withyham-pc.gov.uk', 'Agenda'), pack: 'withyham', name: 'a subdomain of an official domain' },
    { text: 'Please add the bench repairs to the agenda.', channel: 'facebook', name: 'not an email' },
    { text: 'Thank you, I will raise it with the parish council.', ...email('councillor.brown@gmail.com', 'Re: Hedge', ['resident@example.org']), pack: 'croft', name: 'Croft councillor in their own capacity: Croft gives councillors no council address' },
    { text: 'I will mention the footpath at the next council meeting.', ...email('cllr.p@outlook.com', 'Footpath', ['resident@example.org']), pack: 'pitstone', name: 'Pitstone councillor writing personally' },
    {
      text: 'Sounds good, see you then.\n\nOn Mon, 12 Apr 2027 at 09:14, Jo <jo@example.org> wrote:\nThe council meeting is on Tuesday.',
      ...email('jane.jones@gmail.com', 'Coffee', ['jo@example.org']),
      name: 'council business only in the quoted trail',
    },
  ],
  invalid: [
    { text: 'Please add the bench repairs to the agenda for the next meeting.', ...email('jane.jones@gmail.com', 'Bench'), capacity: 'council', errors: [{ start: 0, end: 0, message: 'jane.jones@gmail.com' }], name: 'writing as the council' },
    { text: 'Thank you, the parish council will raise it at the next meeting.', ...email('croft.clerk@gmail.com', 'Re: Hedge', ['resident@example.org']), pack: 'croft', role: 'clerk', errors: [{ start: 0, end: 0, message: 'Croft policy §3q' }], name: 'Croft: the clerk from another gmail address' },
    { text: 'Can we discuss this before Monday?', ...email('j.smith@btinternet.com', 'Planning application 27/0123'), pack: 'withyham', errors: [{ start: 0, end: 0, message: 'Withyham policy §4.2' }], name: 'business in the subject only' },
    { text: 'The draft minutes are attached for checking.', ...email('Pitstone Clerk <pitstoneclerk@hotmail.co.uk>', 'Draft minutes'), pack: 'pitstone', role: 'clerk', errors: [{ start: 0, end: 0, message: 'pitstoneclerk@hotmail.co.uk' }], name: 'the clerk from a private address' },
    { text: 'Residents have asked about the footpath by the school.', ...email('cllr.jones@bottisham.org.uk', 'Footpath'), role: 'staff', errors: [{ start: 0, end: 0, message: 'official council address' }], name: 'a look-alike domain' },
    { text: 'The precept figures look right to me.', ...email('jones.family@outlook.com', 'Figures'), pack: 'withyham', errors: [{ start: 0, end: 0 }] },
  ],
} satisfies RuleCases;
