import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'Quiz night at the village hall on Friday: tickets £5, all proceeds to the church roof.',
    'The council invites quotes for the grass cutting contract; tenders close on 30 April.',
    'The shop on the High Street is closed for refurbishment until Monday.',
    'Half-price entry for under-16s at the fete this year.',
    'The advert for the new clerk vacancy is on the council website.',
    'The sponsored walk raised £800 for the defibrillator fund.',
    'Residents get a 10% discount on allotment rent if paid before 1 May.',
    'Please note my company supplies the council with salt, and I have declared an interest.',
    'Well done to the Red Lion for winning pub of the year!',
    'Cake sale in aid of the school PTA: 3 for £2 on Saturday morning.',
    'The pharmacy will close at 1pm on Saturdays from next month.',
  ],
  invalid: [
    { text: 'Shameless plug: my plumbing business now covers the whole parish.', errors: [{ span: 'Shameless plug', message: '"Shameless plug"' }] },
    { text: '20% off at my shop this weekend for anyone from the village!', errors: [{ span: '20% off' }, { span: 'my shop' }] },
    { text: 'Use code BOTTISHAM10 at checkout for free delivery.', errors: [{ span: 'Use code' }, { span: 'free delivery' }] },
    { text: 'Old ride-on mower for sale, £300 ono, DM me for prices.', errors: [{ span: 'for sale' }, { span: 'ono' }, { span: 'DM me' }] },
    { text: 'Holiday cottage free the last week of August, book with us direct and save.', errors: [{ span: 'book with us' }] },
    { text: 'Special offer for residents: the garden centre is giving 10% off compost.', errors: [{ span: 'Special offer' }, { span: '10% off' }], pack: 'withyham', capacity: 'council', role: 'staff' },
    { text: 'Sponsored: Fenland Windows are offering a free quote to every household.', errors: [{ span: 'Sponsored' }, { span: 'free quote' }], pack: 'pitstone' },
    {
      text: 'Dear Sirs,\nI should mention that my firm does landscaping and would expect to be considered for the planting contract.',
      channel: 'email',
      errors: [{ span: 'my firm' }, { span: 'expect to be considered for' }],
    },
  ],
} satisfies RuleCases;
