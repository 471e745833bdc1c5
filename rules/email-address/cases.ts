import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const emailDraft = (from = 'cllr.jones@bottisham-pc.gov.uk') => ({
  channel: 'email' as const,
  email: { from, to: ['clerk@bottisham-pc.gov.uk'], subject: 'Allotments' },
});

export default {
  valid: [
    'Email clerk@bottisham-pc.gov.uk with any questions about the precept.',
    'Send hall bookings to bookings@bottishamvillagehall.org.uk please.',
    'Contact info@bottishamfete.co.uk or enquiries@eastcambs.gov.uk for stall forms.',
    'Follow us @pitstone_pc for news of the Jubilee event.',
    'Write to hall.bookings@gmail.com for a slot on the rota.',
    'Objections go to planning@eastcambs.gov.uk by 12 May.',
    'bottishamvillagehall@gmail.com takes the bookings now.',
    'Meet @ 7pm at the pavilion for the litter pick.',
    'The fete committee can be reached at fete.volunteers@gmail.com.',
    "The roofer's email is info@hendryroofing.co.uk if anyone wants a quote.",
    'Meet at gmail.com was a typo in last month\'s newsletter, sorry.',
    'Stall holders: enquiries [at] bottishamfete [dot] org [dot] uk.',
    'Email the PCC secretary at pccsecretary@gmail.com about the flower rota.',
    { text: 'New walkers welcome: write to pitstone.walkers@gmail.com for the route.', pack: 'pitstone', name: 'a group named after the parish' },
    { text: 'Please reply to croftparishclerk@gmail.com with your comments.', pack: 'croft', name: "Croft's official address is a gmail one" },
    {
      text: 'Many thanks,\nCllr Sam Jones\nsam.jones.cllr@gmail.com',
      ...emailDraft('Sam Jones <sam.jones.cllr@gmail.com>'),
      name: "the sender's own address in their signature",
    },
    {
      text: 'Thanks Jean, noted.\n\nOn 3 May 2027, Jean Bloggs <jean.bloggs@gmail.com> wrote:\n> Can we meet?',
      channel: 'email',
      email: { from: 'clerk@bottisham-pc.gov.uk', to: ['Jean Bloggs <jean.bloggs@gmail.com>'], subject: 'Re: Meeting' },
      name: 'a reply quoting the only recipient back to her',
    },
  ],
  invalid: [
    {
      text: 'Our new footpath warden is keen to hear from you: his email is brambleend@example.net.',
      errors: [{ span: 'brambleend@example.net' }],
      name: 'a house-name address given as a person\'s',
    },
    {
      text: 'For the scarecrow trail, get in touch with the organiser on trail.helper42@hotmail.co.uk.',
      errors: [{ span: 'trail.helper42@hotmail.co.uk' }],
      name: 'a handle with a role word and digits at webmail',
    },
    {
      text: 'Mrs Kerr is happy to lend the gazebo: kerr.family [at] btinternet [dot] com.',
      errors: [{ span: 'kerr.family [at] btinternet [dot] com' }],
      name: 'written out to dodge scrapers',
    },
    {
      text: 'Drop Gill a line at gill dot tanner at gmail dot com about the rota.',
      errors: [{ span: 'gill dot tanner at gmail dot com' }],
      name: 'spelt out with dot and at',
    },
    {
      text: 'You can reach Jane at jane.smith@gmail.com about the bins.',
      errors: [{ span: 'jane.smith@gmail.com', message: "person's email address" }],
    },
    {
      text: 'Any questions, email me at sam.jones.home@gmail.com.',
      errors: [{ span: 'sam.jones.home@gmail.com', message: 'your own personal email' }],
      name: "the writer's own address gets its own message",
    },
    { text: 'His email is davepotter1962@hotmail.co.uk.', errors: [{ span: 'davepotter1962@hotmail.co.uk' }] },
    {
      text: 'The officer, j.bloggs@eastcambs.gov.uk, said no.',
      errors: [{ span: 'j.bloggs@eastcambs.gov.uk' }],
      name: 'a named person at another organisation',
    },
    { text: 'Mr Khan (rkhan@btinternet.com) asked for the minutes.', errors: [{ span: 'rkhan@btinternet.com' }] },
    {
      text: 'Forwarding as asked.\n> From the resident: please contact mary_jones@btinternet.com',
      ...emailDraft(),
      errors: [{ span: 'mary_jones@btinternet.com' }],
      name: 'inside a quoted trail',
    },
    {
      text: 'Both complainants (a.patel@outlook.com and tom_h@yahoo.co.uk) want a reply.',
      errors: [{ span: 'a.patel@outlook.com' }, { span: 'tom_h@yahoo.co.uk' }],
    },
    {
      text: 'Dear Councillors, another request below.\n\nFrom: plot.hopeful@example.co.uk\nSent: 14 March 2027 19:02\nTo: clerk@bottisham-pc.gov.uk\nSubject: Allotments\n\nPlease add me to the list.',
      channel: 'email',
      email: { from: 'clerk@bottisham-pc.gov.uk', to: ['r.sayle@bottisham-pc.gov.uk', 'g.lowe@bottisham-pc.gov.uk'], subject: 'Fw: Allotments' },
      errors: [{ span: 'plot.hopeful@example.co.uk' }],
      name: "a resident's address in a forwarded header goes on to others",
    },
    {
      text: 'Volunteer drivers should contact the rota organiser at bev.lifts.pitstone@outlook.com.',
      pack: 'pitstone',
      errors: [{ span: 'bev.lifts.pitstone@outlook.com' }],
      name: 'a first name beside the parish name',
    },
    {
      text: 'The booking secretary has a new address: please contact her at t.wickens.hall@outlook.com from now on.',
      errors: [{ span: 't.wickens.hall@outlook.com' }],
      name: 'an initial and a surname beside a role word',
    },
    {
      text: 'The allotment holder is happy to be contacted: her address is meadowview.bottisham@hotmail.co.uk.',
      errors: [{ span: 'meadowview.bottisham@hotmail.co.uk' }],
      name: 'the parish name in a webmail address given as a person\'s',
    },
  ],
} satisfies RuleCases;
