import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const fix = (text: string, insert: string) => ({ label: 'Add “Views my own, not those of the council.”', edits: [{ start: text.length, end: text.length, text: insert }] });
void fix;

export default {
  valid: [
    'Views my own, not the Parish Council’s: I think the allotment rent rise is too steep for a single year.',
    'Writing personally: the pavilion refurbishment is the best money the village has spent in years.',
    "Personal view, not the council's: the new wildflower verges by the church look brilliant this year.",
    'I think the precept rise is wrong.\n\nThese are my personal views and not those of the council.',
    'I think the council meets on Tuesday at 7.30pm, but do check the noticeboard.',
    'Lovely to see so many families at the Christmas lights switch-on tonight. Thank you to the volunteers!',
    'Should the parish council take over the public toilets? Come and tell us at the meeting.',
    { text: 'I think the 8% precept rise is wrong.', capacity: 'council', role: 'clerk', name: 'capacity council' },
    'I think the weather will be kind for the fete on Saturday.',
    'The council agreed last night to replace the swings, and the work is expected in June.',
  ],
  invalid: [
    {
      text: 'I think the 8% precept rise is wrong. Households are already stretched.',
      errors: [{ span: 'I think', message: 'Bottisham policy' }],
    },
    {
      text: 'Honestly, the new bus shelter on the Crowborough road is a waste of parish money.',
      errors: [{ span: 'Honestly' }],
    },
    {
      text: 'In my view the recreation ground needs proper drainage before another penny goes on the pavilion.',
      errors: [{ span: 'In my view' }],
    },
    {
      text: 'Moving parish council meetings to 6pm was a mistake. Fewer residents come now, not more.',
      errors: [{ span: 'was a mistake' }],
    },
    {
      text: 'Dog fouling on the school path is getting worse. The council needs to put in more bins, not more signs.',
      errors: [{ span: 'The council needs to' }],
    },
    {
      text: "Should the parish council take over the public toilets? I'd say yes. It would be madness to let them close.",
      errors: [{ span: "I'd say" }],
    },
    {
      text: 'Broadband for the outlying farms should be the council’s top priority this year.',
      errors: [{ span: 'should be the council’s top priority' }],
    },
  ],
} satisfies RuleCases;
