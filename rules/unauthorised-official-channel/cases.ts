import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    { text: 'The Christmas lights switch-on is on Saturday at 5pm on the green.', capacity: 'council', role: 'clerk' },
    { text: 'The Christmas lights switch-on is on Saturday at 5pm on the green.', capacity: 'personal', role: 'councillor', name: 'personal post' },
    { text: 'The Parish Office is closed on Monday.', pack: 'withyham', capacity: 'council', role: 'staff', name: 'Withyham staff may post' },
    { text: 'Thank you to everyone at the litter pick.', pack: 'collier-street', capacity: 'council', role: 'chair', name: 'Collier Street chair may post' },
    { text: 'Agenda for Monday is on the noticeboard.', pack: 'collier-street', capacity: 'council', role: 'clerk' },
    { text: 'Dear Highways, please inspect the drain.', pack: 'pitstone', channel: 'email', capacity: 'council', role: 'clerk', email: { to: ['highways@example.gov.uk'] } },
    { text: '   ', capacity: 'council', role: 'councillor', name: 'nothing written yet' },
    { text: 'Grit bin on Church Lane refilled.', pack: 'croft', channel: 'x', capacity: 'personal', role: 'chair' },
  ],
  invalid: [
    {
      text: 'The Christmas lights switch-on is on Saturday 5 December at 5pm on the green.',
      capacity: 'council',
      role: 'councillor',
      errors: [{ start: 0, end: 0, message: 'Bottisham policy §11: you are posting as the council, but a councillor may not' }],
    },
    {
      text: 'The Annual Parish Meeting is on Thursday 18 May at 7pm in the village hall.',
      pack: 'croft',
      capacity: 'council',
      role: 'chair',
      errors: [{ start: 0, end: 0, message: 'Press Officer' }],
    },
    {
      text: 'The agenda for Monday is on the noticeboard by the church.',
      pack: 'collier-street',
      channel: 'x',
      capacity: 'council',
      role: 'staff',
      errors: [{ start: 0, end: 0, message: 'a member of staff' }],
    },
    {
      text: 'Dear Highways team, Pitstone Parish Council wishes to report a failed streetlight.',
      pack: 'pitstone',
      channel: 'email',
      email: { to: ['highways@example.gov.uk'] },
      capacity: 'council',
      role: 'councillor',
      errors: [{ start: 0, end: 0, message: 'Only the Parish Clerk posts' }],
    },
    {
      text: 'The Parish Office will be closed on the bank holiday Monday.',
      pack: 'withyham',
      capacity: 'council',
      role: 'chair',
      errors: [{ start: 0, end: 0, message: 'administered by staff only.' }],
    },
    {
      text: 'Dog bins at the recreation ground emptied today.',
      channel: 'x',
      capacity: 'council',
      role: 'staff',
      errors: [{ start: 0, end: 0 }],
    },
  ],
} satisfies RuleCases;
