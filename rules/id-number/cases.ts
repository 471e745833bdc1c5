import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    { text: 'The specimen QQ 12 34 56 C is printed on the HMRC leaflet.', name: 'QQ is never issued as an NI prefix, and no label' },
    'Reference GB 12 34 56 A on the form is the grant scheme code.',
    { text: 'His NHS number 943 476 5918 is on the letter.', name: 'fails the NHS mod-11 check' },
    'Call 020 7946 0123 for the grass-cutting contractor.',
    {
      text: 'Please pay Bottisham Parish Council: sort code 12-34-56, account 12345678, ref ALLOT.',
      name: "the council's own bank details for payments",
    },
    'The next meeting is on 12-03-27 at the pavilion.',
    { text: 'The number 4111 1111 1111 1112 is printed on the poster.', name: 'fails the Luhn check' },
    'The village hall was opened on 12/03/1956 by the Lord Lieutenant.',
    'Born in 1956, he has lived in the village all his life.',
    'The precept of £12,345,678 across the district was set last night.',
    'The parish population was 12345678 nowhere near, more like 2,000.',
    'Happy 100th birthday to the bowls club, founded in 1927!',
    { text: 'Order ref WE 12 34 56 A has shipped to the pavilion.', name: 'an order reference shaped like an NI number' },
    { text: 'Join on Zoom: meeting ID 401 023 2137, passcode 4455.', name: 'a meeting ID that happens to pass mod-11' },
    { text: 'Booking ref 1234 5678 9012 3456 for the coach to the coast.', name: 'four-by-four digits with no card word, failing Luhn' },
    {
      text: 'Happy birthday to our longest-serving member! She joined the council on 3 May 1987.',
      name: 'a later date after a weak label, for another event',
    },
    {
      text: 'Please send me your date of birth for the insurance. The trip is on 14/06/2027.',
      name: 'a later date that is not a plausible birth year',
    },
    {
      text: 'We need your date of birth for the DBS form. You were co-opted on 4 May 2019.',
      name: 'a later date belonging to another event',
    },
    { text: 'His NHS number, 943 476 5918, is on the letter.', name: 'labelled, but fails mod-11' },
  ],
  invalid: [
    { text: 'His NI number is AB 12 34 56 C, please update the payroll.', errors: [{ span: 'AB 12 34 56 C', message: 'National Insurance' }] },
    { text: 'Her National Insurance number: JG103759A', errors: [{ span: 'JG103759A' }] },
    {
      text: "The volunteer's National Insurance number is QQ 12 34 56 C.",
      errors: [{ span: 'QQ 12 34 56 C' }],
      name: 'a labelled demo number',
    },
    { text: 'Patient NHS number 943 476 5919 attached for the surgery.', errors: [{ span: '943 476 5919', message: 'NHS number' }] },
    { text: 'NHS no. 9434765919 is on the referral.', errors: [{ span: '9434765919' }] },
    {
      text: 'Refund him to sort code 12-34-56, account 87654321.',
      errors: [
        { span: '12-34-56', message: 'sort code' },
        { span: '87654321', message: 'account number' },
      ],
    },
    { text: 'Her card 4111 1111 1111 1111 was used for the hall deposit.', errors: [{ span: '4111 1111 1111 1111', message: 'card number' }] },
    {
      text: 'Found a wallet on the rec with a debit card inside. The card number is 5355 0120 4477 6690 if it helps.',
      errors: [{ span: '5355 0120 4477 6690', message: 'card number' }],
      name: 'four-by-four beside a card word, failing Luhn',
    },
    {
      text: 'Someone left their bank card at the quiz night.\nLong number on it: 4929 1010 2020 3033.',
      errors: [{ span: '4929 1010 2020 3033' }],
      name: 'the card word in the line before',
    },
    {
      text: 'The insurer has asked for your date of birth. I have 21 June 1949 on my list, is that right?',
      errors: [{ span: '21 June 1949', message: 'date of birth' }],
      name: 'the date in the next sentence after the label',
    },
    { text: 'Her NI is JG 10 37 54 A, according to the payroll form.', errors: [{ span: 'JG 10 37 54 A' }] },
    { text: 'Mr Brown, DOB 12/03/1956, needs help with the form.', errors: [{ span: '12/03/1956', message: 'date of birth' }] },
    { text: 'Name: Mrs E Wood. D.O.B. 01/02/1950. Needs a blue badge.', errors: [{ span: '01/02/1950' }], name: 'a dotted label that ends a sentence' },
    { text: 'She was born on 12th March 1956 in the cottage by the green.', errors: [{ span: '12th March 1956' }] },
    { text: "His IBAN is GB82 WEST 1234 5698 7654 32 for the refund.", errors: [{ span: 'GB82 WEST 1234 5698 7654 32' }] },
    {
      text: 'Thanks, passing to the Clerk.\n> My date of birth is 04/07/1949 if you need it.',
      channel: 'email',
      email: { from: 'cllr.jones@bottisham-pc.gov.uk', to: ['clerk@bottisham-pc.gov.uk'] },
      errors: [{ span: '04/07/1949' }],
      name: 'inside a quoted trail',
    },
  ],
} satisfies RuleCases;
