import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The clerk has been brilliant with the flood response, thank you.',
    'I’m fed up with the bus company cancelling the number 12 again.',
    'The council refused the planning application at Tuesday’s meeting.',
    'I’m fed up with the county council ignoring our potholes.',
    'The clerk treated me to a cup of tea after the meeting.',
    'The council was disappointed to learn the number 12 bus will be withdrawn.',
    'The council meeting was cut short by a fire alarm and will resume on Thursday.',
    'Our anti-bullying policy has been updated by the council.',
    'Sad news: the council’s former chairman has died. He will be sadly missed.',
    'We are still waiting for the contractor to finish the footpath.',
    'The chair of the bowls club refused to let me in without a membership card.',
    { text: 'I’m fed up with how the clerk treats me.', channel: 'email', email: { from: 'cllr.jones@example.org', to: ['chair@example.org'] }, name: 'an email to the chair is not social media' },
    'I’ve reported the pothole to the county and nothing has happened yet, but they have promised a date.',
    'I’ve raised the bench repair three times and it is finally fixed — thank you to the clerk!',
  ],
  invalid: [
    { text: 'I’m fed up with how the clerk treats me.', errors: [{ span: 'fed up with how the clerk treats me', message: 'grievance procedure' }] },
    { text: 'My fellow councillors ignored my motion again and I’ve had enough.', errors: [{ span: 'councillors ignored my motion' }, { span: 'I’ve had enough' }] },
    { text: 'The chairman refused to let me speak — a disgrace.', channel: 'x', errors: [{ span: 'chairman refused to let me' }] },
    { text: 'The chair’s behaviour at Tuesday’s meeting was a disgrace.', errors: [{ span: 'chair’s behaviour at Tuesday’s meeting was a disgrace' }] },
    { text: 'The parish council still hasn’t published the minutes from June.', errors: [{ span: 'still hasn’t published' }] },
    { text: 'I asked the clerk for the budget papers in March. Still waiting.', errors: [{ span: 'Still waiting' }] },
    { text: 'Gutted that the council spent £4,000 on noticeboards while the hall roof leaks.', errors: [{ span: 'Gutted' }] },
    { text: 'Eleven hours of unpaid overtime for the parish council this month and not one thank-you.', pack: 'collier-street', errors: [{ span: 'not one thank-you', message: 'Collier Street policy §6.9' }] },
    { text: 'I’ve raised the lack of minutes at three meetings and nothing changes.', errors: [{ span: 'I’ve raised the lack of minutes at three meetings and nothing changes' }] },
    { text: 'I have complained about the cancelled meetings and heard nothing back.', errors: [{ span: 'I have complained about the cancelled meetings and heard nothing back' }] },
  ],
} satisfies RuleCases;
