import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The council will meet on Tuesday at 7.30pm in the village hall.',
    'The parish council will consider the application at its May meeting.',
    'The item will be on the agenda for the next full council meeting.',
    'The council will discuss the state of the swings next month.',
    'I hope the council will fix the streetlight soon, and I have reported it to the clerk.',
    "I can't promise the council will fund it, but I will raise it at the next meeting.",
    'As agreed at the March meeting, the council will replace the bench by the pond.',
    'Will the council pay for the new goalposts?',
    { text: 'The council will fix the streetlight by Friday.', role: 'clerk', name: 'the clerk may say so' },
    { text: 'The council will replace the swings in June.', role: 'staff', name: 'staff may say so' },
    'I will ask the council to consider paying for the repairs.',
    "I'll make sure the council knows about the pothole on Mill Road.",
    // Light verbs and first-person frames that only consider, ask or attend.
    'The council will look into the drainage problem and report back.',
    'The council will need to find out who owns the land first.',
    "I've asked the council to consider paying for the skip at its next meeting.",
    'The council is committed to keeping residents informed about the works.',
    "I'll be signing the council's condolence book at the church on Sunday.",
    "I'll have the council's answer for you by Friday.",
    "I'll be pushing for the council to fund the Christmas lights when the budget is set.",
  ],
  invalid: [
    {
      text: "I've heard you on the flooding. I'm committing the parish council to paying for a proper soakaway.",
      errors: [{ span: "I'm committing the parish council to" }],
    },
    {
      text: "I've signed the council up to pay half the cost of the new defibrillator.",
      errors: [{ span: "I've signed the council up to" }],
    },
    {
      text: "I'll arrange for the council to pay for the skip.",
      errors: [{ span: "I'll arrange for the council to pay" }],
    },
    {
      text: "I've pledged £500 of council money towards the scout hut roof.",
      errors: [{ span: "I've pledged £500 of council money" }],
    },
    {
      text: 'From next month the parish council will take over looking after the village pond.',
      errors: [{ span: 'the parish council will take' }],
    },
    {
      text: "Don't worry about the cost, the parish council will find the money.",
      errors: [{ span: 'the parish council will find' }],
    },
    {
      text: 'Don’t worry, the council will fix it by Friday.',
      errors: [{ span: 'the council will fix', message: 'Bottisham policy' }],
    },
    {
      text: 'I guarantee the council will fund the new play equipment this year.',
      errors: [{ span: 'I guarantee the council will fund' }],
    },
    {
      text: "I'll make sure the council pays for the damage to your fence.",
      errors: [{ span: "I'll make sure the council pays" }],
    },
    {
      text: 'The parish council will definitely replace the swings before the summer holidays.',
      errors: [{ span: 'The parish council will definitely replace' }],
    },
    {
      text: 'Pitstone Parish Council is going to pay for the new bus shelter.',
      pack: 'pitstone',
      errors: [{ span: 'Pitstone Parish Council is going to pay' }],
    },
    {
      text: 'Leave it with me: I will get the council to cut back the hedges on Church Lane.',
      role: 'chair',
      errors: [{ span: 'I will get the council to cut' }],
    },
    {
      text: 'The council will be resurfacing the car park next week, so please park elsewhere.',
      capacity: 'council',
      role: 'chair',
      errors: [{ span: 'The council will be resurfacing' }],
    },
  ],
} satisfies RuleCases;
