import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The Mill Lane application will be considered at the meeting on 3 May at 7.30pm; residents may speak in the public session.',
    "I haven't made up my mind on the housing scheme yet and I want to hear everyone's views at the meeting.",
    'Last week the council approved the Mill Lane application, and I voted against it.',
    'If the applicant reduces the number of houses, I will support the scheme at committee.',
    "I'm minded to support the car park proposal but I'll listen to the arguments on the night.",
    'I will be supporting the Scouts on their sponsored walk next week.',
    "I'll be voting for the Smiths' scarecrow at the festival on Sunday.",
    { text: 'I will vote against the Mill Lane application next week.', role: 'clerk', name: 'the clerk has no vote' },
    'I will vote for the candidate I think best at the district election next month.',
    "I'm afraid I can't support the suggestion to move meetings to 6pm, but I'm happy to discuss it at the next meeting.",
  ],
  invalid: [
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
  ],
} satisfies RuleCases;
