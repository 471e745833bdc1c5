import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    { text: 'Follow @CollierStreetFete for updates on the fete.', pack: 'collier-street', name: 'another account with the village name' },
    { text: 'Have a look at facebook.com/CollierStreetVillageHall for bookings.', pack: 'collier-street', name: 'another page' },
    'The minutes are on the council website if you want a look before the meeting.',
    'Please email the clerk rather than messaging me here.',
    { text: 'Minutes are at www.bottisham-pc.gov.uk and questions go to clerk@bottisham-pc.gov.uk.', capacity: 'council', role: 'clerk', name: 'the council’s own post' },
    { text: 'Drop a line to clerk@bottisham-pc.gov.uk with the lamp post number.', channel: 'email', email: { from: 'cllr.jones@gmail.com', to: ['resident@example.org'] }, name: 'emails are out of scope' },
    'Bookings for the hall go to bookings@bottishamhall.example.org.',
    'We walked to the crest of the hill above the village and the view was glorious.',
    'The new village sign has the windmill logo the school children designed.',
    { text: 'Lovely morning on the green.', attachments: [{ kind: 'image', name: 'green-in-the-frost.jpg' }], name: 'ordinary photo' },
    { text: 'Follow @bottisham_pc for meeting reminders.', channel: 'x', capacity: 'council', role: 'clerk', settings: { council: { handles: ['@bottisham_pc'] } }, name: 'handle on the council account' },
    { text: 'Thanks to @bottisham_pc_fan for the photos.', channel: 'x', settings: { council: { handles: ['@bottisham_pc'] } }, name: 'a longer handle' },
    { text: 'My number is 01223 811 222 if you want a chat.', settings: { council: { phones: ['01223 811111'] } }, name: 'a personal number is another rule’s business' },
    'My cousin runs mybottisham-pc.gov.uk.example.org, a spoof site.',
  ],
  invalid: [
    { text: 'Tagging @CollierStreetPC so they see this.', pack: 'collier-street', errors: [{ span: '@CollierStreetPC' }] },
    {
      text: "Give the council's page a follow: facebook.com/BottishamParishCouncil",
      errors: [{ span: 'facebook.com/BottishamParishCouncil' }],
    },
    {
      text: 'Full details of the new allotment rents are on www.bottisham-pc.gov.uk/allotments if anyone wants a look.',
      errors: [{ span: 'www.bottisham-pc.gov.uk/allotments', message: 'Bottisham policy §4' }],
    },
    {
      text: 'Grass cutting schedule is up: https://bottisham-pc.gov.uk/grass-cutting.',
      channel: 'x',
      errors: [{ span: 'https://bottisham-pc.gov.uk/grass-cutting' }],
    },
    {
      text: 'Any streetlights out on your road? Drop a line to clerk@bottisham-pc.gov.uk with the lamp post number.',
      errors: [{ span: 'clerk@bottisham-pc.gov.uk' }],
    },
    {
      text: 'Meeting on Monday, follow @Bottisham_PC for reminders.',
      channel: 'x',
      settings: { council: { handles: ['@bottisham_pc'] } },
      errors: [{ span: '@Bottisham_PC' }],
    },
    {
      text: "I've made a poster with the council logo at the top – feel free to print it off.",
      errors: [{ span: 'the council logo' }],
    },
    {
      text: 'Quiz night on Friday, poster below!',
      attachments: [{ kind: 'image', name: 'quiz-poster-BPC-logo.png' }],
      errors: [{ start: 0, end: 0, message: 'quiz-poster-BPC-logo.png' }],
    },
    {
      text: 'Any problems with the streetlights, ring 01223 811 111 in office hours.',
      settings: { council: { phones: ['01223 811111'] } },
      errors: [{ span: '01223 811 111' }],
    },
    {
      text: '[logo] Parish news from your local councillor.',
      errors: [{ span: '[logo]' }],
    },
    {
      text: 'Email cllr.smith@bottisham-pc.gov.uk if you want a chat about the playground.',
      errors: [{ span: 'cllr.smith@bottisham-pc.gov.uk' }],
    },
  ],
} satisfies RuleCases;
