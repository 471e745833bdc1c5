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
    // "DM me", relatives, running things and discounts outside any selling.
    'Door-knockers needed on Saturday morning – DM me if you can spare an hour.',
    'Message me if you have any questions about the footpath closure.',
    'Tickets for the quiz night are £5 – message me to book a table.',
    "My husband's firm was one of the bidders, so I took no part in the decision.",
    "My daughter's school is putting on a play next week; tickets from the office.",
    "I run the youth club on Tuesday evenings and we're always looking for volunteers.",
    'The hall hire charge is £12 an hour, with a discount for local groups.',
  ],
  invalid: [
    {
      text: "Need a roofer before winter? My son-in-law's firm has a few slots free. Mention my name for a discount.",
      errors: [{ span: "My son-in-law's firm" }, { span: 'a few slots' }, { span: 'Mention my name' }, { span: 'for a discount' }],
    },
    {
      text: 'I run a small garden maintenance business, and when the green contract comes up I’d be very happy to put in a competitive quote.',
      errors: [{ span: 'I run a small garden maintenance business' }, { span: 'I’d be very happy to put in a competitive quote' }],
    },
    { text: 'I can offer committee members a discount on their own gardens.', errors: [{ span: 'offer committee members a discount' }] },
    { text: 'My wife has just launched her own cake business; do give her page a like.', errors: [{ span: 'My wife has just launched her own cake business' }, { span: 'give her page a like' }] },
    { text: 'Anyone want a trailer load of logs? £60 delivered, message me.', errors: [{ span: '£60' }, { span: 'message me' }] },
    { text: 'Last-minute cancellation at the cottage for half-term. DM me for a mates’ rate.', errors: [{ span: 'mates’ rate' }] },
    { text: 'Shameless plug: my plumbing business now covers the whole parish.', errors: [{ span: 'Shameless plug', message: '"Shameless plug"' }] },
    { text: '20% off at my shop this weekend for anyone from the village!', errors: [{ span: '20% off' }, { span: 'my shop' }] },
    { text: 'Use code BOTTISHAM10 at checkout for free delivery.', errors: [{ span: 'Use code' }, { span: 'free delivery' }] },
    { text: 'Old ride-on mower for sale, £300 ono, DM me for prices.', errors: [{ span: 'for sale' }, { span: '£300' }, { span: 'ono' }, { span: 'DM me for prices' }] },
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
