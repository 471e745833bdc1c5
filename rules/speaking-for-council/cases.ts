import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The council agreed last night to replace the swings at the recreation ground.',
    "The council's minutes say the footpath will be resurfaced in the spring.",
    'I am a member of the parish council and happy to pass your concerns to the clerk.',
    "I'm not speaking on behalf of the council here, just sharing my own view.",
    'Only the clerk can speak on behalf of the council, so please email her directly.',
    'Please pay your council tax on time; we the council tax payers fund the precept.',
    'The clerk will issue an official statement on the flooding tomorrow.',
    'Views my own, not those of the parish council.',
    { text: 'On behalf of Bottisham Parish Council, thank you to everyone who helped.', capacity: 'council', role: 'clerk', name: 'capacity council' },
    "The council's position was set out in the minutes of the March meeting.",
    {
      text: 'Dear Ms Okafor,\n\nThank you for coming to the meeting.\n\nBest wishes,\nCllr Tom Reeve\nBottisham Parish Council',
      channel: 'email',
      email: { to: ['s.okafor@example.org'] },
      name: 'a councillor’s signature',
    },
    'The Parish Council statement on the closure is on the website if you want to read it.',
    "The council's position on the footpath will be discussed at the next meeting.",
    'As a member of the parish council, I will be at the drop-in on Saturday.',
    'I understand the parish council wants residents to have their say in the survey.',
    'The county council denies that the verge is its responsibility.',
  ],
  invalid: [
    {
      text: "The parish council's position remains that the footpath must stay open.",
      errors: [{ span: "The parish council's position remains" }],
    },
    {
      text: 'The parish council categorically denies selling the land to the developer.',
      errors: [{ span: 'The parish council categorically denies' }],
    },
    {
      text: 'As Chairman of the Parish Council, I want to reassure everyone that the fete will go ahead.',
      errors: [{ span: 'As Chairman of the Parish Council, I' }],
    },
    {
      text: "This is the council's response to the article in the Herald.",
      errors: [{ span: "This is the council's response" }],
    },
    {
      text: 'On behalf of the parish council, I want to thank everyone who came to the litter pick.',
      errors: [{ span: 'On behalf of the parish council', message: 'Bottisham policy §4' }],
    },
    {
      text: "The council's position is that the car park will not be extended.",
      errors: [{ span: "The council's position is" }],
    },
    {
      text: 'We at Croft Parish Council are delighted with the new defibrillator.',
      pack: 'croft',
      errors: [{ span: 'We at Croft Parish Council' }],
    },
    {
      text: 'Official statement: the playground will stay closed until the inspection is done.',
      errors: [{ span: 'Official statement' }],
    },
    {
      text: 'As a council we think the speed limit on the High Street should be 20mph.',
      errors: [{ span: 'As a council we' }],
    },
    {
      text: 'I am speaking for the parish council when I say we will not tolerate fly-tipping.',
      errors: [{ span: 'speaking for the parish council' }],
    },
    {
      text: 'The council has decided that I will be the contact for all questions about the flooding.',
      errors: [{ span: 'The council has decided that I' }],
    },
    {
      text: 'Bottisham PC would like to thank the volunteers who cleared the pond.',
      errors: [{ span: 'Bottisham PC would like to thank' }],
    },
    {
      text: 'This is an official statement from WPC on the allotment rents.',
      pack: 'withyham',
      errors: [{ span: 'This is an official statement' }],
    },
    {
      text: 'Parish Council statement on the Bell Road closure: the bridge repairs will take three more weeks.',
      errors: [{ span: 'Parish Council statement' }],
    },
    {
      text: 'Dear Highways team,\n\nPlease inspect the blocked drain on Station Road.\n\nRegards,\nBottisham Parish Council',
      channel: 'email',
      email: { to: ['highways@example.gov.uk'] },
      errors: [{ span: 'Bottisham Parish Council', message: 'signed off as' }],
    },
    {
      text: 'The Parish Council asks residents to keep dogs on leads on the recreation ground.',
      errors: [{ span: 'The Parish Council asks residents' }],
    },
    {
      text: 'On behalf of the entire council, thank you to the litter pickers.',
      errors: [{ span: 'On behalf of the entire council' }],
    },
  ],
} satisfies RuleCases;
