import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The NHS and CIL funding was discussed at the AGM.',
    'The A14 and B1102 works are covered by ECDC and the PCSO.',
    'I am NOT happy about the state of the verges, and I have written to the county council.',
    'Join us for the SUMMER FUN DAY on Saturday from 2pm.',
    'Thanks to everyone who came to the fete!!!',
    'The Christmas market runs for the last time on Sunday before the hall is refurbished.',
    'Our FOI request to the DVLA and HMRC went in on Monday.',
    'Please DO NOT park on the verge by the school.',
    'Great turnout at the litter pick today!!',
    'BOTTISHAM PARISH COUNCIL has agreed the budget for next year.',
    'PARISH COUNCIL MEETING TONIGHT\nThe meeting starts at 7.30pm in the village hall.',
    'Who approved this?! I will ask at the next meeting.',
  ],
  invalid: [
    { text: 'STOP LYING TO RESIDENTS about the car park.', errors: [{ span: 'STOP LYING TO RESIDENTS', message: 'shouting' }] },
    { text: 'THIS IS NOT ACCEPTABLE.', errors: [{ span: 'THIS IS NOT ACCEPTABLE' }] },
    { text: 'I AM SICK AND TIRED OF THIS', errors: [{ span: 'I AM SICK AND TIRED OF THIS' }] },
    { text: 'Why has nobody fixed the streetlight???', errors: [{ span: '???', message: 'One mark is enough' }] },
    { text: 'Who approved this?!?!', errors: [{ span: '?!?!' }] },
    { text: 'The bins were missed AGAIN!!!', errors: [{ span: '!!!' }] },
    { text: 'As I have said repeatedly, the precept is set by the council.', errors: [{ span: 'As I have said repeatedly', message: 'online argument' }] },
    { text: 'You clearly don’t understand how the budget works.', errors: [{ span: 'You clearly don’t understand' }] },
    { text: 'For the last time, the verges are the county council’s job.', errors: [{ span: 'For the last time' }] },
    { text: 'How many times do I have to explain this? Read my post again.', errors: [{ span: 'How many times do I have to' }, { span: 'Read my post again' }] },
    { text: 'NO, the hall is NOT available on Christmas Day. NO exceptions.', errors: [{ span: 'NO' }, { span: 'NOT' }, { start: 48, end: 50 }] },
  ],
} satisfies RuleCases;
