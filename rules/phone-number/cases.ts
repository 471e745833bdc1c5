import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const withCouncilPhone = { settings: { council: { phones: ['01223 811111'] } } };

export default {
  valid: [
    'Planning application 24/01234/FUL was approved at Tuesday\'s meeting.',
    'The new play area cost £1,250,000 over 3 years, funded by the developer.',
    'The meeting is on 12/03/2027 at 7.30pm in the village hall.',
    'To report a crime call 101, or 999 in an emergency; for health advice ring 111.',
    'For blue badge enquiries ring the County Council on 0300 123 4567.',
    'Call the surgery on 01223 811 222 to book your flu jab.',
    'Bookings for the village hall: ring the booking line on 07700 900777.',
    'Please call the Clerk on 01632 960456 with any questions about allotments.',
    'Contact the Clerk, Margaret, on 01632 960456 during office hours.',
    { text: 'Contact the Parish Council on 01223 811111 for details.', ...withCouncilPhone, name: "the council's published number" },
    { text: 'Our number is +44 1223 811111 if you prefer to ring.', ...withCouncilPhone, name: 'the published number in +44 form' },
    'The Highways team can be reached free on 0800 123 4567.',
    'Case ref 0113 496 0999 has now been closed by the district.',
    'The shop is open 07.30-19.00 daily, 2026-2027 hours.',
    'The pharmacy is on 01632960777 if you need a repeat prescription collected.',
  ],
  invalid: [
    { text: 'Call Jane on 07700 900123 tonight about the litter pick.', errors: [{ span: '07700 900123', message: 'phone number' }] },
    {
      text: 'His numbers are 01632 960123, 0113 496 0123 or 020 7946 0123.',
      errors: [{ span: '01632 960123' }, { span: '0113 496 0123' }, { span: '020 7946 0123' }],
      name: 'drama ranges, several in a list',
    },
    { text: "Mr Patel's mobile is +44 7700 900123 if anyone can help.", errors: [{ span: '+44 7700 900123' }] },
    { text: 'Ring Mrs Brown at home on (01632) 960123.', errors: [{ span: '(01632) 960123' }] },
    { text: 'text him: 07700900123', errors: [{ span: '07700900123' }] },
    {
      text: 'Happy to help with the sandbags, ring me on 07700 900888.',
      errors: [{ span: '07700 900888', message: 'your own phone number' }],
      name: "the writer's own number gets a gentler message",
    },
    {
      text: 'If the garage is shut when you get there, just text me instead on 07700900742.',
      errors: [{ span: '07700900742', message: 'your own phone number' }],
      name: 'the writer named after a venue word, number without spaces',
    },
    { text: 'Her daughter abroad can be reached on 0044 7700 900321.', errors: [{ span: '0044 7700 900321' }], name: '0044 for +44' },
    { text: 'My neighbour Jo is on 07700 900889 if you need a hand.', errors: [{ span: '07700 900889', message: "someone's phone number" }] },
    { text: 'For hall bookings ring Tina on 07700 900111.', errors: [{ span: '07700 900111' }], name: 'a first name after the venue' },
    { text: 'Community Speedwatch team: call our co-ordinator on 07700 900633.', errors: [{ span: '07700 900633' }], name: 'a volunteer role holder' },
    { text: 'If you need a lift, Sue (07700 900456) is happy to help.', errors: [{ span: '07700 900456' }] },
    {
      text: 'Mrs Smith, who lives next to the hall, is on 07700 900555.',
      errors: [{ span: '07700 900555' }],
      name: 'a venue only in an aside about the person',
    },
    {
      text: 'Thanks, I will pass this on.\n\n-----Original Message-----\nFrom: Dave\nSent: 2 May 2027\nTo: Clerk\nSubject: Bins\nRing me on 07700 900321 any evening.',
      channel: 'email',
      email: { from: 'clerk@bottisham-pc.gov.uk', to: ['cllr.jones@bottisham-pc.gov.uk'] },
      errors: [{ span: '07700 900321' }],
      name: 'inside a quoted trail',
    },
  ],
} satisfies RuleCases;
