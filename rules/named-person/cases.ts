import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const email = (text: string) => ({
  text,
  channel: 'email' as const,
  email: { from: 'clerk@bottisham-pc.gov.uk', to: ['highways@example.gov.uk'], subject: 'Verge parking' },
});

export default {
  valid: [
    {
      text: 'Huge thanks to Cllr Wendy Marsh for organising the clean-up.\nWendy, you are a star!',
      name: 'an office-holder named again by first name alone',
    },
    'Cllr Jane Smith proposed the motion, seconded by Councillor Patel.',
    'The Clerk, Mrs Jones, is on leave until Monday; our clerk Sarah Hughes will reply after that.',
    'Jane Smith MP will hold an advice surgery at the pavilion, and PCSO Brown will be there too.',
    'The Chair, Tom Reid, opened the meeting and Rev. Ann Lee said a prayer for the fallen.',
    { text: 'Dr Patel at the surgery says flu jabs start on Saturday.', name: 'a doctor named with their title' },
    'The Remembrance service is at St Mary\'s Church on Mill Road, and Bottisham Village College will lay a wreath.',
    'The King and the Prime Minister both sent messages for the centenary.',
    'Thanks to Dave\'s Plumbing and Arthur Rank Hospice for the raffle prizes.',
    'Victoria Road will be closed on Monday, and the Victoria Hall car park with it.',
    'Severn Trent are repairing the main outside the Co-op.',
    {
      text: 'A huge thank you to Margaret Ellis, who has planted the tubs for twenty years. Mrs Ellis is hanging up her trowel.',
      settings: { permittedNames: ['Margaret Ellis'] },
      name: 'permitted name, in full and with a title',
    },
    {
      text: 'Bins on Tom Jones Way will be emptied on Tuesday.',
      settings: { localStreets: ['Tom Jones Way'] },
      name: 'a street from the gazetteer',
    },
    { ...email('Dear Mrs Patel,\n\nThank you for your letter about the verge. I have passed it to the county.\n\nKind regards,\nEmma Lowe\nClerk to Bottisham Parish Council'), name: 'email greeting and sign-off' },
    { ...email('Sue,\n\nCould the bus shelter go on the March agenda?\n\nMichael'), name: 'bare-name greeting and sign-off' },
    { ...email('Thanks Margaret, Tuesday at 10am is fine.\n\nRuth\nCllr Ruth Sayle'), name: 'thanks greeting' },
    { ...email('Deborah, could you add the grit bin to the agenda?\n\nSteve Hale\nChair'), name: 'the person the email speaks to' },
    "Hi, I'm Tom Baker, your new councillor for the east ward.",
    'Mark your diaries: the May Day fair is on the green, and Grant funding is open until June.',
    {
      ...email('Ken,\n\nYour note below, for the record.\n\n---------- Forwarded message ---------\nFrom: Ken Ward <ken.ward@example.com>\nSubject: Hedge\n\nThe hedge is cut.'),
      email: { from: 'clerk@bottisham-pc.gov.uk', to: ['ken.ward@example.com'], subject: 'Fwd: Hedge', forward: true },
      name: 'a forwarded header naming the recipient himself',
    },
    { ...email('From: Ruth Collins\nSent: Monday\n\nThe bin is full again.'), name: 'a header line with no forward' },
  ],
  invalid: [
    {
      text: 'Thanks to Cllr Wendy Marsh and to Joan Marsh, who made the teas.',
      errors: [{ span: 'Joan Marsh' }],
      name: 'a relative sharing the office-holder\'s surname is still named',
    },
    {
      text: 'Many thanks to Graham Totton for repainting the bus shelter over the bank holiday.',
      errors: [{ span: 'Graham Totton', message: 'names a private individual' }],
    },
    {
      text: 'We have received a complaint from Mr Cartwright about the footpath by the brook.',
      errors: [{ span: 'Mr Cartwright', message: 'Bottisham policy §4' }],
    },
    {
      text: 'Shout out to my neighbour Pete Marchant, who cleared the drain on Green Lane.',
      errors: [{ span: 'Pete Marchant' }],
    },
    {
      text: 'Well done to Freya Doyle, aged 9, and to little Oliver, whose posters won the competition.',
      errors: [{ span: 'Freya Doyle' }, { span: 'Oliver' }],
    },
    {
      text: 'Spoke to Mr and Mrs Lowther about parking; the Smith family have the same problem.',
      errors: [{ span: 'Mrs Lowther' }, { span: 'Smith' }],
    },
    {
      ...email(
        'Dear Highways,\n\nFollowing a complaint from Mrs Deborah Kingsley, please could you inspect the verge?\n\nKind regards,\nMargaret Hughes\nClerk',
      ),
      errors: [{ span: 'Mrs Deborah Kingsley' }],
      name: 'a complainant named in an email body',
    },
    {
      ...email('Noted, thanks.\n\nOn Tue, 22 Feb 2028 at 09:12, Cllr Steve Hale wrote:\n> Mr Haverstock has been in touch again about the hedge.\n> Steve'),
      errors: [{ span: 'Mr Haverstock' }],
      name: 'a resident named in the quoted trail',
    },
    {
      text: 'The complainant, Sandra Okoye, says the dog bin has not been emptied; Mrs Ellis agrees.',
      settings: { permittedNames: ['Rita Coleman'] },
      errors: [{ span: 'Sandra Okoye' }, { span: 'Mrs Ellis' }],
    },
    {
      text: 'Wojciech Nowak from Church Lane came to the surgery.',
      errors: [{ span: 'Wojciech Nowak' }],
      name: 'a name the lists do not know, confirmed by compromise',
    },
    {
      ...email('FYI, the complaint below.\n\n---------- Forwarded message ---------\nFrom: Harriet Moss\nSubject: Parking\n\nThe vans block my drive every night.'),
      email: { from: 'clerk@bottisham-pc.gov.uk', to: ['depot@example.com'], subject: 'Fwd: Parking', forward: true },
      errors: [{ span: 'Harriet Moss' }],
    },
  ],
} satisfies RuleCases;
