import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'Handy to know: the confidential waste collection day at the recycling centre is back on the first Saturday of each month.',
    'This is not confidential, so please share it with anyone who uses the allotments.',
    'The police run a confidential reporting line for fly-tipping, and you can also tell Crimestoppers anonymously.',
    'If you are struggling, you can speak to the clerk in confidence about help with allotment rents.',
    'Your details will be kept confidential and used only to reply to your survey response.',
    { text: 'Item 12, the staffing review, will be taken in closed session under the Public Bodies (Admission to Meetings) Act 1960.', capacity: 'council', role: 'clerk', name: 'agenda notice' },
    { text: 'Kind regards,\nClerk\n\nThis email and any files transmitted with it are confidential and intended solely for the addressee.', channel: 'email', capacity: 'council', role: 'clerk', email: { to: ['resident@example.org'] }, name: 'email footer' },
    'Part 2 of our walking series takes in the Lode and the old railway line.',
    'The minutes of the open session are on the website for anyone who wants to read them.',
    'The Samaritans offer free, confidential support 24 hours a day on 116 123.',
    'Speak to the clerk in confidence if you have a concern about your allotment.',
    "The date for the fete hasn't been announced yet; keep an eye on the noticeboard.",
    "Please don't quote the old prices – the new hall hire charges are on the website.",
    'The pub has been on the quiet side since the new road opened.',
    'Please keep the dog to yourself on the playing field.',
    'Item 9, the closed-session item on the pavilion lease, will be taken with the press and public excluded.',
  ],
  invalid: [
    { text: "You didn't hear it from me, but the shop is closing in March.", errors: [{ span: "You didn't hear it from me" }] },
    { text: "This hasn't been announced yet, but the council is buying the field.", errors: [{ span: "hasn't been announced yet, but" }] },
    { text: "Don't quote me on this, but the pub has been sold to a developer.", errors: [{ span: "Don't quote me on this" }] },
    { text: "I probably shouldn't be telling you this, but the grant has been approved.", errors: [{ span: "probably shouldn't be telling you" }] },
    { text: "What was said in the closed part of Tuesday's meeting was very worrying.", errors: [{ span: "closed part of Tuesday's meeting" }] },
    {
      text: "Can't say too much as it was in closed session, but the council has agreed to buy the field.",
      errors: [{ span: 'closed session', message: 'Bottisham policy §12' }],
    },
    {
      text: "Part 2 item at last night's meeting: the grounds maintenance contract is being terminated early.",
      errors: [{ span: 'Part 2 item' }],
    },
    {
      text: 'That was discussed as an exempt item, so please keep it to yourself until the council announces the winner.',
      errors: [{ span: 'exempt item' }, { span: 'keep it to yourself' }, { span: 'until the council announces' }],
    },
    {
      text: 'Confidential for now, but the Parish Council has been offered first refusal on the old telephone exchange.',
      errors: [{ span: 'Confidential' }],
    },
    {
      text: 'Not for publication until the papers go out, but the draft budget has the precept going up 6%.',
      errors: [{ span: 'Not for publication' }],
    },
    {
      text: 'Told in confidence today that the county is pulling the Tuesday bus through the village from January.',
      errors: [{ span: 'in confidence' }],
    },
    {
      text: 'After the press and public were excluded, councillors heard that the contractor is in administration.',
      errors: [{ span: 'press and public were excluded' }],
    },
    {
      text: 'From the Part II papers last night: the council is in a dispute with the grass cutting contractor.',
      errors: [{ span: 'Part II papers' }],
    },
    {
      text: "Not public yet, so you heard it here first: the pavilion bar tenancy is ending.",
      errors: [{ span: 'Not public yet' }, { span: 'you heard it here first' }],
    },
    { text: 'Decided with the public excluded, so I can only hint: the lease is changing hands.', errors: [{ span: 'with the public excluded' }] },
    { text: 'The exempt-business vote went 5 to 2 against renewing the contract.', errors: [{ span: 'exempt-business' }] },
    { text: 'Draft budget attached. Keep these figures to yourselves until Thursday.', errors: [{ span: 'Keep these figures to yourselves' }] },
    { text: 'Keep what I have told you under your hat, but the shop is closing.', errors: [{ span: 'Keep what I have told you under your hat' }] },
  ],
} satisfies RuleCases;
