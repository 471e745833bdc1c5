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
  ],
} satisfies RuleCases;
