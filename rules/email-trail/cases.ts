import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const email = (subject = 'Re: Allotment rents', extra: { forward?: boolean } = {}) => ({
  channel: 'email' as const,
  email: { from: 'cllr.jones@bottisham-pc.gov.uk', to: ['clerk@bottisham-pc.gov.uk'], subject, ...extra },
});

const gmailTrail =
  'Thanks Sarah, I will bring the keys on Tuesday.\n\nOn Mon, 12 Apr 2027 at 09:14, Sarah Clarke <clerk@bottisham-pc.gov.uk> wrote:\nCould you return the pavilion keys?\n';

const outlookTrail =
  'Agreed, please go ahead with the order.\n\nFrom: Clerk <clerk@bottisham-pc.gov.uk>\nSent: 12 April 2027 10:02\nTo: Cllr Jones\nSubject: Bench quotes\n\nThree quotes attached for the new bench.';

export default {
  valid: [
    { text: 'Thanks, I will bring the keys on Tuesday.\n\nKind regards\nCllr Jones', ...email(), name: 'no trail' },
    { text: 'For your information: the High Street will close on 3 May.', ...email('Fwd: Road closure', { forward: true }), name: 'a forward with nothing quoted' },
    { text: 'I wrote to the district council on Monday about the verges.', ...email(), name: 'the word wrote in a sentence' },
    { text: 'On Monday the contractor wrote to confirm the start date.', ...email(), name: 'On … wrote in running text with more after it' },
    { text: 'Original message: the bins go out on Tuesdays.', ...email(), name: 'no dashes around Original Message' },
    { text: 'Prices went up by > 5% this year.', ...email(), name: 'a greater-than sign mid-line' },
    { text: gmailTrail, name: 'a trail on Facebook is not an email' },
    { text: 'From: the Clerk\nPlease note the meeting has moved to 7.30pm.', ...email(), name: 'a From line without Sent/To/Subject' },
  ],
  invalid: [
    { text: gmailTrail, ...email(), errors: [{ span: 'On Mon, 12 Apr 2027 at 09:14, Sarah Clarke <clerk@bottisham-pc.gov.uk> wrote:', message: 'reply trail' }] },
    { text: outlookTrail, ...email(), errors: [{ span: 'From: Clerk <clerk@bottisham-pc.gov.uk>', message: 'Bottisham policy §12' }] },
    {
      text: 'Yes, fine.\n\n-----Original Message-----\nFrom: Cllr Patel\nSent: 11 April 2027\nSubject: Fete\n\nCan you help on the tombola?',
      ...email(),
      errors: [{ span: '-----Original Message-----', message: 'Original Message' }],
    },
    {
      text: '> Can the grass be cut before the fete?\n> And the bins emptied?\nYes, both are booked for Friday.',
      ...email(),
      errors: [{ span: '> Can the grass be cut before the fete?' }],
    },
    {
      text: 'Answers inline.\n> When is the meeting?\nTuesday at 7.30pm.\n> Who is chairing?\nCllr Brown.',
      ...email(),
      errors: [{ span: '> When is the meeting?' }, { span: '> Who is chairing?' }],
      name: 'inline replies: one finding per quoted run',
    },
    {
      text: 'Thanks.\nOn Tue, 13 Apr 2027 at 18:40, Cllr Brown\n<brown@bottisham-pc.gov.uk> wrote:\n> See you there.',
      ...email(),
      errors: [{ span: 'On Tue, 13 Apr 2027 at 18:40, Cllr Brown\n<brown@bottisham-pc.gov.uk> wrote:' }],
      name: 'wrote line wrapped over two lines',
    },
    {
      text: 'Happy to help.\n\nOn 2 Apr 2027, at 08:00, Jo <jo@example.org> wrote:\nCould the council sponsor the fete?',
      ...email('Re: Fete', { forward: false }),
      pack: 'croft',
      errors: [{ span: 'On 2 Apr 2027, at 08:00, Jo <jo@example.org> wrote:', message: 'Croft policy §8' }],
    },
    {
      text: 'Please see the resident\'s note below.\n\n---------- Forwarded message ---------\nFrom: A Resident <resident@example.org>\nDate: Mon, 12 Apr 2027\nSubject: Hedge\n\nThe hedge on Mill Lane is blocking the path.',
      ...email('Fwd: Hedge'),
      errors: [{ span: '---------- Forwarded message ---------', message: 'a forwarded message with its original headers' }],
      name: 'a forwarded block counts, with its own message',
    },
    {
      text: 'For your information.\n\nFrom: Highways <highways@example.gov.uk>\nSent: 12 April 2027 10:02\nTo: Clerk\nSubject: Road closure\n\nThe High Street will close on 3 May.',
      ...email('Road closure', { forward: true }),
      errors: [{ span: 'From: Highways <highways@example.gov.uk>', message: 'forwarded message' }],
      name: 'Outlook-style forward marked as a forward',
    },
  ],
} satisfies RuleCases;
