import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const streets = { localStreets: ['The Maltings', 'Beechwood', 'Tunbridge Lane'] };

export default {
  valid: [
    'Tea at Wilbraham House, High Street, every Friday at the community cafe.',
    'The Quakers meet at the Meeting House, Mill Lane, on Sunday mornings.',
    'Open gardens this year include The Old Rectory, Church Lane.',
    'The meeting starts at 7.30pm in the village hall.',
    'Two lanes closed on the A14 road this weekend while 3 roads are resurfaced.',
    'The village hall, 3 High Street, is open for bookings every weekday.',
    'Our surgery at 12 Station Road has new opening hours from Monday.',
    'The Red Lion pub, 22 High Street, hosts the quiz night for the defibrillator fund.',
    { text: 'Planning application 24/01234/FUL, Mill Road: no objection was raised.', name: 'the digits of a planning reference' },
    'Item 7 Church Lane resurfacing was deferred to the June meeting.',
    '40 Mill Road residents signed the petition about speeding.',
    'The precept of £1,250,000 for 2027 was agreed, and High Street lighting is funded.',
    'In 2024 High Street traders raised £500 for the hanging baskets.',
    'The village hall postcode is CB25 9DL if you use a sat nav.',
    'Footpath 14 Mill Lane is overgrown and has been reported to the county.',
    'St Mary\'s Church, 5 Church Lane, holds a carol service on 20 December.',
    { text: 'Come to the pavilion, 1 Recreation Way, for the annual parish meeting.', name: 'a venue named just before' },
    { text: 'There are 5 Church Lane properties still without power.', name: 'a count of properties' },
    { text: 'Margaret Hughes\nClerk to Bottisham Parish Council, 12 High Street, Bottisham CB25 9DL', name: "the council's postal address in a signature" },
    { text: 'The Bull, 5 High Street, is hosting the Christmas quiz on Friday.', name: 'an event announced after a venue address' },
    'Quiz night in aid of the roof fund at The Plough, 3 Marden Road, Collier Street, TN12 9RR, on Friday.',
    { text: 'The scouts meet at 6 in the hut on Tunbridge Lane.', settings: streets, name: 'a local street with no house number' },
    'Bookings for the Village Hall, ME15 0HY, go through the clerk.',
  ],
  invalid: [
    {
      text: 'Please drop the entry forms round to Bramble Cottage, Church Lane, CB25 9DL by Friday.',
      errors: [{ span: 'Bramble Cottage, Church Lane, CB25 9DL' }],
      name: 'a house name, street and postcode',
    },
    {
      text: 'Thanks to Jean at Holly Cottage, Back Lane for the cakes.',
      errors: [{ span: 'Holly Cottage, Back Lane' }],
      name: 'a house name and street, with a person',
    },
    {
      text: 'The fallen tree is outside her house, number 23 on Station Road.',
      errors: [{ span: 'number 23 on Station Road' }],
    },
    {
      text: 'Mrs Jones at 14 Mill Road has complained about the hedge again.',
      errors: [{ span: '14 Mill Road', message: 'home address' }],
    },
    {
      text: 'The leak is at Flat 2, 14 High Street, please send someone today.',
      errors: [{ span: 'Flat 2, 14 High Street' }],
    },
    {
      text: 'Her son lives at 3 St Mary\'s Close and parks on the verge.',
      errors: [{ span: '3 St Mary\'s Close' }],
    },
    {
      text: 'Come round to 7 Church Lane at 7.30pm and we can talk it through.',
      errors: [{ span: '7 Church Lane' }],
    },
    {
      text: 'She lives at CB25 9DL and her bins have been missed three times.',
      errors: [{ span: 'CB25 9DL', message: 'postcode' }],
    },
    {
      text: 'Please send the forms to 14 Mill Road, Bottisham, CB25 9DL by Friday.',
      errors: [{ span: '14 Mill Road, Bottisham, CB25 9DL' }],
    },
    {
      text: 'Mr Green of 14 The Maltings rang again about the street light.',
      settings: streets,
      errors: [{ span: '14 The Maltings' }],
      name: 'a street from settings.localStreets',
    },
    {
      text: 'the lady who lives at 14 mill road says the drain is blocked',
      errors: [{ span: '14 mill road' }],
      name: 'lower case after a home phrase',
    },
    {
      text: 'Her home address is EC1A 1BB apparently, so it is not in the parish.',
      errors: [{ span: 'EC1A 1BB' }],
    },
    {
      text: 'Thanks for your email.\n\nOn 3 May 2027, Jean wrote:\n> I live at 22 Orchard End, please keep that private',
      channel: 'email',
      email: { from: 'clerk@bottisham-pc.gov.uk', to: ['jean@example.org'] },
      errors: [{ span: '22 Orchard End' }],
      name: 'inside a quoted trail',
    },
    {
      text: 'No objection to 24/01234/FUL, a single-storey rear extension at 15 Marsworth Road.',
      errors: [{ span: '15 Marsworth Road' }],
      name: "a planning application at someone's home",
    },
    {
      text: 'While the cabinet at the Village Hall is being replaced, the defibrillator is kept by a volunteer at 23 Spring Lane.',
      errors: [{ span: '23 Spring Lane' }],
      name: 'a venue earlier in the sentence, a person nearer',
    },
    {
      text: 'Thanks to the owners of Oak Barn, 5 Marden Road, Collier Street, TN12 9RH, who hosted the litter pick.',
      errors: [{ span: '5 Marden Road, Collier Street, TN12 9RH' }],
      name: 'an event, but the address is a family home',
    },
    {
      text: 'The Parish Council will repair the verge outside 14 Mill Road next week.',
      errors: [{ span: '14 Mill Road' }],
      name: 'the council named, but not as the address',
    },
    {
      text: 'Write to him at:\nMr D Potter\n9 Rosemary Gardens\nBottisham\nCB25 9DL',
      errors: [{ span: '9 Rosemary Gardens' }, { span: 'CB25 9DL' }],
      name: 'an address block over several lines',
    },
    { text: 'The barn conversion notice is for Willow Farmhouse, ME15 0HY, behind the pub.', errors: [{ span: 'ME15 0HY' }] },
  ],
} satisfies RuleCases;
