import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const matters = (...sensitiveMatters: string[]) => ({ settings: { sensitiveMatters } });

export default {
  valid: [
    { text: 'Lots of chat in the village shop about the Recreation Ground lease.', name: 'no sensitive matters set' },
    { text: 'Lots of chat in the village shop about the Recreation Ground lease.', ...matters('burial ground extension'), name: 'another matter' },
    { text: 'Statement from the Parish Council on the Recreation Ground lease: talks are continuing.', capacity: 'council', role: 'clerk', ...matters('Recreation Ground lease'), name: 'the clerk may speak on it' },
    { text: 'The office will update residents on the staffing review next month.', role: 'staff', ...matters('staffing review'), name: 'staff may speak on it' },
    { text: "I'm afraid I can't comment on the Recreation Ground lease.", ...matters('Recreation Ground lease'), name: 'the permitted reply' },
    { text: 'I am unable to comment on the allotment tenancy dispute, sorry.', ...matters('allotment tenancy dispute') },
    { text: 'The recreation ground is lovely this morning.', ...matters('Recreation Ground lease'), name: 'part of a matter only' },
    { text: 'Our millstone display is open on Sunday.', ...matters('mill'), name: 'whole words only' },
    { text: 'Litter pick on Saturday from the Memorial Hall at 10am.', ...matters('burial ground extension') },
    // Words of a matter in any order must stand close together, in one clause, and all be there.
    { text: 'The clerk has sent out the agenda for Tuesday.', ...matters('clerk recruitment'), name: 'one word of two' },
    { text: 'The Christmas lights on Pitstone Green go on at 6pm on Friday.', ...matters('Pitstone Green flood scheme'), name: 'the place alone' },
    { text: 'The drainage works on the A41 start on Monday.', ...matters('Castlemead drainage'), name: 'one generic word besides the place' },
    { text: 'The pavilion bar is open late; the lease on the hall was renewed last year.', ...matters('pavilion lease'), name: 'words in different clauses' },
    { text: 'The number 61 bus route along Quarry Lane is changing in June.', ...matters('Quarry Lane HGV route'), name: 'not every word' },
    { text: "I'm afraid I can't comment on the recruitment of the new clerk.", ...matters('clerk recruitment'), name: 'the permitted reply, words reordered' },
    // Pitstone binds staff too, but never the Clerk; other packs let staff speak on it.
    { text: 'The pavilion lease talks are continuing.', pack: 'pitstone', role: 'clerk', ...matters('pavilion lease'), name: 'Pitstone: the Clerk' },
    { text: 'The pavilion lease talks are continuing.', pack: 'withyham', role: 'staff', ...matters('pavilion lease'), name: 'staff outside Pitstone' },
  ],
  invalid: [
    {
      text: 'Lots of chat in the village shop about the Recreation Ground lease.',
      ...matters('Recreation Ground lease'),
      errors: [{ span: 'Recreation Ground lease', message: 'Bottisham policy' }],
    },
    {
      text: "Writing personally: I'm hopeful the burial ground extension gets sorted before winter.",
      ...matters('burial ground extension'),
      errors: [{ span: 'burial ground extension' }],
    },
    {
      text: 'Views my own, but I would love to see the recreation ground leases extended.',
      ...matters('the Recreation Ground lease'),
      errors: [{ span: 'recreation ground leases' }],
    },
    {
      text: 'Castlemead drainage: contractor on site again today.',
      role: 'chair',
      ...matters('Castlemead drainage', 'Recreation Ground lease'),
      errors: [{ span: 'Castlemead drainage' }],
    },
    {
      text: "The skate-park's funding bid goes in next week.",
      ...matters('skate park'),
      errors: [{ span: "skate-park's" }],
    },
    {
      text: 'Dear Trustees,\n\nA quick note on the staffing review: the panel meets again on 12 May.',
      channel: 'email',
      email: { to: ['trustees@example.org'] },
      ...matters('staffing review'),
      errors: [{ span: 'staffing review' }],
    },
    {
      text: 'Several of you have asked about the recruitment of our next parish clerk.',
      ...matters('clerk recruitment'),
      errors: [{ span: 'recruitment of our next parish clerk' }],
    },
    {
      text: "We're recruiting a new clerk and the interviews are next week.",
      ...matters('clerk recruitment'),
      errors: [{ span: 'recruiting a new clerk' }],
    },
    {
      text: 'So far the flood scheme on Pitstone Green has gone well.',
      ...matters('Pitstone Green flood scheme'),
      errors: [{ span: 'flood scheme on Pitstone Green' }],
    },
    {
      text: 'The boundary dispute is with the solicitors now.',
      ...matters('Yardley Avenue boundary dispute'),
      errors: [{ span: 'boundary dispute' }],
    },
    {
      text: 'The council is evicting two allotment tenants next month.',
      ...matters('allotment evictions'),
      errors: [{ span: 'evicting two allotment' }],
    },
    {
      text: "I've been asked a lot about the pavilion lease. The clerk is handling it.",
      pack: 'pitstone',
      role: 'staff',
      ...matters('pavilion lease'),
      errors: [{ span: 'pavilion lease' }],
    },
  ],
} satisfies RuleCases;
