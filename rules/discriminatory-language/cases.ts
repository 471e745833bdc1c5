import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'All pensioners are welcome at the lunch club on Thursdays.',
    'Young people are leaving the village because of house prices.',
    'The travellers on the recreation ground left this morning and the site is clean.',
    'Not all travellers are thieves, and we will treat the family on the common fairly.',
    'It is a myth that immigrants are lazy: the care home could not run without them.',
    'Telegraph poles are dangerous when they lean, so please report any you see.',
    'The faggots and peas supper is on Friday at the British Legion.',
    'Join the Devil’s Dyke walk this Sunday from the village hall.',
    'Older people are entitled to a free bus pass from the county council.',
    'Pensioners are sick of waiting for the number 12 bus.',
    'The hall was full of pensioners enjoying the tea dance.',
    'Lock your sheds: there have been three break-ins on Mill Lane this month.',
    'Midget gems and fudge will be on the tombola.',
    'Two teenagers were seen on the pavilion roof on Saturday night.',
  ],
  invalid: [
    { text: 'All travellers are thieves.', errors: [{ span: 'All travellers are thieves', message: 'judges a whole group' }] },
    { text: 'Typical foreigners, no respect for our rules.', errors: [{ span: 'Typical foreigners' }] },
    { text: 'Old people shouldn’t be allowed to drive after 70.', errors: [{ span: 'Old people shouldn’t be allowed' }] },
    { text: 'Immigrants are a drain on the NHS.', errors: [{ span: 'Immigrants are a drain' }] },
    { text: 'The pikeys are back on the rec.', errors: [{ span: 'pikeys', message: 'slur' }] },
    { text: 'Don’t be such a r*tard.', errors: [{ span: 'r*tard' }] },
    { text: 'Girls just aren’t built for proper sport.', errors: [{ span: 'Girls just aren’t built for' }] },
    { text: 'Straight through to a call centre full of Indians who can’t speak proper English.', errors: [{ span: 'Indians who can’t speak proper English' }] },
    { text: 'Every time we get Eastern Europeans renting in the village the parking goes to pot.', errors: [{ span: 'Every time we get Eastern Europeans' }] },
    { text: 'I’d steer clear of the older applicant; at 63 she will never cope with the software.', errors: [{ span: 'steer clear of the older applicant' }] },
    { text: 'There’s a Traveller camp setting up by the slip road.\nLock your sheds, folks.', errors: [{ span: 'Lock your sheds' }] },
    { text: 'Went into town today and it felt like a foreign country.', errors: [{ span: 'like a foreign country' }] },
  ],
} satisfies RuleCases;
