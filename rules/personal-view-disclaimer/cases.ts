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
    // Linking verbs and "should" in plain facts and notices: no judgement of a council matter.
    'The new bench by the pavilion is right outside the shop, next to the bus shelter.',
    'The speed sign was wrong for a few days because of a fault, but the contractor has fixed it.',
    "The consultation closes on Friday, so it's not too late to have your say on the play area.",
    'The village fair is on the recreation ground on Saturday from 2pm.',
    'The footpath should be reopened by Friday once the fallen tree is cleared.',
    'Dogs must be kept on leads on the recreation ground during matches.',
    'The contractor has worked through the weekend to finish the resurfacing of the car park.',
    'The streetlight on Mill Lane has failed again, so I have reported it to the clerk.',
    "It's time to get your entries in for the village show.",
    "The council's right to object to the application was explained at the meeting.",
    'Views my own, not the council’s: the switch-off trial should be scrapped straight away.',
    "The developer's plans for the glebe are wrong for the village. Simple as that. My view only, not the PC's.",
    'Lovely to see so many at the meeting last night – thank you for coming.',
    'We need volunteers for the litter pick on Saturday; meet at the pavilion at 10am.',
    'Changed my profile picture for my year as chair of the parish council. Feels right!',
    {
      text: 'Speaking for the parish council: routing quarry lorries through the village is unacceptable.',
      name: 'speaks for the council (speaking-for-council flags it; a disclaimer would not fit)',
    },
    {
      text: "Dear Clerk,\n\nI'm afraid I can't support the suggestion to move meetings to 6pm.\n\nRichard",
      channel: 'email',
      email: { from: 'cllr.r.moss@bottisham-pc.gov.uk', to: ['clerk@bottisham-pc.gov.uk'] },
      name: 'an internal email to the clerk',
    },
    'Writing solely for myself here: the village hall roof is overdue for repair and the council should get on with it.',
    'The pavilion really needs volunteers for Saturday, could you help?',
    'The bins should go on the verge by 7am on Tuesday; the contractor collects early.',
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
    // Flat judgements with no "I think".
    {
      text: 'Raising the allotment rents by 20% is unfair on the plot holders.',
      errors: [{ span: 'is unfair' }],
    },
    {
      text: "There have been a lot of questions about the rent rise. Here's where I land: it's fair.",
      errors: [{ span: "Here's where I land" }],
    },
    {
      text: "The precept went up 6%. It's far too steep for one year.",
      errors: [{ span: "It's far too" }],
    },
    {
      text: 'The plans for the recreation ground are the right ones. Let’s get on with it.',
      errors: [{ span: 'the right ones' }],
    },
    // How a scheme has turned out, and what should happen to it.
    {
      text: 'The speed cushions on Station Road have clearly worked. Traffic is slower.',
      errors: [{ span: 'have clearly worked' }],
    },
    {
      text: 'The 20mph trial needs to be made permanent.',
      errors: [{ span: 'needs to be made permanent' }],
    },
    {
      text: 'The 20mph trial has cut speeds right down. Time to make it permanent.',
      errors: [{ span: 'Time to make' }],
    },
    {
      text: 'The council got it badly wrong on the footpath closure.',
      errors: [{ span: 'got it badly wrong' }],
    },
    {
      text: "Dear Mrs Hart,\n\nI'm afraid I can't support the suggestion to move meetings to 6pm.\n\nRichard",
      channel: 'email',
      email: { from: 'cllr.r.moss@bottisham-pc.gov.uk', to: ['clerk@bottisham-pc.gov.uk', 'j.hart@example.org'] },
      errors: [{ span: "I can't support" }],
      name: 'a resident among the recipients',
    },
    {
      text: 'Closing the toilets on the rec makes no sense.',
      errors: [{ span: 'makes no sense' }],
    },
    {
      text: 'I can’t support the new car park charges.',
      errors: [{ span: 'I can’t support' }],
    },
    {
      text: 'Good decision by the parish council to keep the library van.',
      errors: [{ span: 'Good decision' }],
    },
    {
      text: 'The new dog bins by the pond are a complete waste of the budget.',
      errors: [{ span: 'a complete waste of' }],
    },
    {
      text: 'The cemetery desperately needs a new path. The grant money must be spent on that before anything else.',
      errors: [{ span: 'desperately needs a' }],
    },
    {
      text: 'That surplus from the fete budget ought to go towards the youth club, not the hall car park.',
      errors: [{ span: 'ought to go towards' }],
    },
    {
      text: 'The play area is crying out for a zip wire.',
      errors: [{ span: 'is crying out for' }],
    },
  ],
} satisfies RuleCases;
