import type { RuleCases } from '../../lib/engine/rule-cases.ts';

// Default now is 2027-04-20; with no polling day set, polling day is Thursday 6 May 2027.
const council = { capacity: 'council' as const, role: 'clerk' as const };

export default {
  valid: [
    { text: 'Meet the candidates at the Memorial Hall on Thursday 29 April.', name: 'personal capacity' },
    { text: 'Meet the candidates at the Memorial Hall on Thursday 29 April.', ...council, now: '2027-03-24', name: '43 days before polling day' },
    { text: 'Meet the candidates at the Memorial Hall on Thursday 29 April.', ...council, now: '2027-05-07', name: 'the day after polling day' },
    {
      text: 'The list of candidates is on the noticeboard.',
      ...council,
      settings: { pollingDay: '2027-11-25' },
      name: 'a set polling day replaces the May default',
    },
    { text: 'The play area will be closed on Monday for resurfacing.', ...council },
    { text: 'Bin collections move to Tuesday next week because of the bank holiday.', ...council },
    { text: 'The minutes of the April meeting are now on the website.', ...council },
    { text: 'Christmas lights switch-on at 6pm on the Green; the road is closed from 5pm.', ...council, now: '2027-12-01' },
    { text: 'Thank you to the volunteers who cleared the footpath by the school.', ...council, pack: 'pitstone' },
    // Service notices in the period that mention councillors, support or belief without taking a side.
    { text: 'Cllr Tom Reeve will open the spring fete at 2pm on Saturday.', ...council },
    { text: 'The council supports residents who want to report potholes: use the county’s online form.', ...council },
    { text: 'We believe the road should reopen on Friday, but please check before you travel.', ...council },
    { text: 'The new bench by the pond has been installed – thank you to the Gardening Club for donating it.', ...council },
  ],
  invalid: [
    { text: 'Meet the candidates at the Memorial Hall on Thursday 29 April.', ...council, errors: [{ span: 'candidates', message: 'polling day is in 16 days (6 May 2027)' }] },
    { text: 'The Parish Council remains firmly opposed to the quarry extension.', ...council, pack: 'pitstone', errors: [{ span: 'The Parish Council remains firmly opposed to', message: 'Pitstone policy elections paragraph' }] },
    { text: 'Our new Climate Emergency Policy was adopted at last night\'s meeting.', ...council, now: '2028-04-05', errors: [{ span: 'Policy', message: '4 May 2028' }], name: 'first Thursday in May 2028' },
    {
      text: 'Reminder: the poll for the vacant seat on the Parish Council is on Thursday 25 November.',
      ...council,
      now: '2027-11-02',
      settings: { pollingDay: '2027-11-25' },
      errors: [{ span: 'poll' }, { span: 'vacant seat' }],
      name: 'a by-election polling day from settings',
    },
    { text: 'Polling stations are open from 7am to 10pm.', ...council, now: '2027-05-06', errors: [{ span: 'Polling stations', message: 'polling day is today' }] },
    { text: 'Three people have been nominated for the two seats.', ...council, now: '2027-03-25', errors: [{ span: 'nominated', message: 'in 42 days' }], name: 'first day of the period' },
    { text: 'The Labour candidate will open the fete this year.', ...council, errors: [{ span: 'Labour' }, { span: 'candidate' }] },
    {
      text: 'Ahead of the elections, here is what the council has achieved over the last four years.',
      ...council,
      channel: 'email',
      errors: [{ span: 'elections' }, { span: 'what the council has achieved' }, { span: 'last four years' }],
    },
    // The council taking a side, or a contested issue named as such.
    {
      text: 'The Parish Council fully supports the traffic-calming proposals for Yardley Avenue.',
      ...council,
      pack: 'pitstone',
      errors: [{ span: 'The Parish Council fully supports' }],
    },
    {
      text: 'We know these plans have divided opinion, but we believe they are the right thing for the village.',
      ...council,
      errors: [{ span: 'divided opinion' }, { span: 'we believe' }],
    },
    { text: 'Parking charges at the rec have been a hot topic – tell us what you think.', ...council, errors: [{ span: 'hot topic' }] },
    // Publicity for the council's record or for a councillor who may be standing.
    {
      text: 'A special thank you to Cllr Bev Lockwood, who is standing again next week.',
      ...council,
      errors: [{ span: 'thank you to Cllr' }, { span: 'standing again' }],
    },
    {
      text: 'Huge thanks to all our councillors for their hard work this term.',
      ...council,
      errors: [{ span: 'thanks to all our councillors' }, { span: 'this term' }],
    },
    {
      text: 'Cllr Jo Patel, who has championed the new allotments from the start, will cut the ribbon.',
      ...council,
      errors: [{ span: 'Cllr Jo Patel, who has championed' }],
    },
  ],
} satisfies RuleCases;
