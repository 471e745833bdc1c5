import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The Mill Lane application will be considered at the meeting on 3 May at 7.30pm; residents may speak in the public session.',
    "I haven't made up my mind on the housing scheme yet and I want to hear everyone's views at the meeting.",
    'Last week the council approved the Mill Lane application, and I voted against it.',
    'The summer fete on Saturday has my full support; see you at the meeting point by the church.',
    'If the applicant reduces the number of houses, I will support the scheme at committee.',
    "I'm minded to support the car park proposal but I'll listen to the arguments on the night.",
    'I will be supporting the Scouts on their sponsored walk next week.',
    "I'll be voting for the Smiths' scarecrow at the festival on Sunday.",
    { text: 'I will vote against the Mill Lane application next week.', role: 'clerk', name: 'the clerk has no vote' },
    'I will vote for the candidate I think best at the district election next month.',
    "I'm afraid I can't support the suggestion to move meetings to 6pm, but I'm happy to discuss it at the next meeting.",
    // "yes", "no" and "how I'll vote" without a council decision, or with the mind still open.
    "Who's coming to the quiz on Friday? I'm a yes for the Dog and Gun team.",
    "I'm not sure yet how I'll vote on the solar farm on Thursday – I want to hear from residents first.",
    "I'm backing the Scouts' bag pack at the supermarket on Saturday.",
    'Whatever happens at the meeting on Monday, the fete will go ahead on Saturday.',
    "I'll be saying a few words at the start of the meeting on Monday.",
    'I have no intention of standing again at the election next year.',
  ],
  invalid: [
    { text: "When the Mill Lane plans come to us on Monday I'll be saying no.", errors: [{ span: "I'll be saying no" }] },
    { text: "I've no intention of supporting the precept rise next month.", errors: [{ span: "I've no intention of supporting" }] },
    { text: 'I will be moving that we refuse the application at Monday’s meeting.', errors: [{ span: 'I will be moving that we refuse' }] },
    {
      text: "Next Tuesday the council decides whether to buy the new village sign. I'm a firm yes.",
      errors: [{ span: "I'm a firm yes" }],
    },
    {
      text: "The bus shelter application is on Monday's agenda. Nothing the applicant says will change my view.",
      errors: [{ span: 'Nothing the applicant says will change my view' }],
    },
    {
      text: "No point lobbying me on the Green Lane houses. My mind is made up and I'm backing them when we vote on Thursday.",
      errors: [{ span: 'No point lobbying me' }, { span: 'My mind is made up' }, { span: "I'm backing" }],
    },
    {
      text: 'The solar farm won’t be getting my vote when it comes before the council.',
      errors: [{ span: 'won’t be getting my vote' }],
    },
    {
      text: "Save your breath on the Pattenden Lane application: I'll do everything I can to stop it on the 12th.",
      errors: [{ span: 'Save your breath' }, { span: "I'll do everything I can to stop" }],
    },
    {
      text: 'I will vote against the Mill Lane application next week.',
      errors: [{ span: 'I will vote against', message: 'Bottisham policy' }],
    },
    {
      text: "I've already made up my mind on the housing scheme before it comes to committee.",
      errors: [{ span: "I've already made up my mind" }],
    },
    {
      text: "There is no way I'll support the new car park when it comes to committee.",
      errors: [{ span: "no way I'll support" }],
    },
    {
      text: "The precept vote isn't until January. I'm telling you now there's no way I'm backing a rise this year.",
      errors: [{ span: "no way I'm backing" }],
    },
    {
      text: "The football club's grant request is on next week's agenda and it's a yes from me before we've even started.",
      role: 'chair',
      errors: [{ span: "it's a yes from me" }, { span: "before we've even started" }],
    },
    {
      text: "My mind's made up on 26/502117/FULL – I'll be objecting at Monday's meeting.",
      errors: [{ span: "My mind's made up" }, { span: "I'll be objecting" }],
    },
    {
      text: 'Streetlight switch-off trial: the council decides next month. I\'m against it and nothing anyone says at the meeting will change my mind.',
      errors: [{ span: "I'm against" }, { span: 'nothing anyone says at the meeting will change my mind' }],
    },
    {
      text: 'The pavilion lease renewal is on Monday\'s agenda. It has my full support, and I\'ll be waving it through.',
      errors: [{ span: 'has my full support' }],
    },
    {
      text: 'Allotment rents come up next Tuesday and I\'m backing the £12 increase.',
      errors: [{ span: "I'm backing" }],
    },
    {
      text: 'The hall extension goes to the meeting on the 9th; I\'ll be voting it through.',
      errors: [{ span: "I'll be voting it through" }],
    },
  ],
} satisfies RuleCases;
