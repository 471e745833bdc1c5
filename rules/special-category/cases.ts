import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    "Cllr Smith spoke to Addenbrooke's Hospital about the parking on Hills Road.",
    "Mrs Cole is having a child's party at the hall on Saturday.",
    'Cllr Reed stood with her back to the hall and read out the notice.',
    'The pavilion has a broken back door, please report it to the Clerk.',
    'The minibus takes residents to Addenbrooke\'s Hospital every Tuesday morning.',
    'The hall is having a baby shower on Saturday for the nursery staff.',
    'Same-sex marriage law came in more than ten years ago, the speaker reminded us.',
    'Two women from the WI will judge the cakes at the wedding fair.',
    'Please keep the hall free for the Eid celebration on Friday evening.',
    'We are expecting our second baby in March, so I will miss the April meeting.',
    'Back issues of the parish magazine are in the library.',
    "It's Mental Health Awareness Week: the Samaritans are available day or night.",
    'The Village Hall is hosting a free talk on dementia-friendly communities on Wednesday.',
    'Our dementia café meets on Tuesdays, and she runs a support group for people with dementia.',
    'Disabled parking bays are being painted outside the surgery, and Mrs Patel says the surgery opens on Saturdays.',
    'The church fete is on Saturday; she is organising the tombola.',
    'Labour costs make up most of the quote, he said, so the council will trial volunteers.',
    "The Mothers' Union meets on Tuesday; she is the secretary.",
    'I have diabetes myself, so I know how hard the walk up the hill is.',
    'The alarm was disabled by the contractor, the clerk said.',
    'The Polish shop has reopened, and he says the Indian takeaway is next.',
    'She spoke with conviction about the precept, and he was blind to the problems.',
    'Police arrested two youths on the recreation ground last night.',
    'His health and safety report is attached.',
    'I started chemotherapy myself last year, so I know how hard it is.',
    'The Green Party stood a candidate in the district by-election.',
    'She started the fun run for cancer research in 2019.',
    'As a Catholic, I always help with the church fete.',
    'As a Christian charity they welcome everyone to the food bank.',
  ],
  invalid: [
    {
      text: 'Sorry Den missed the quiz, he is back on the cardiac ward with his ticker again.',
      errors: [{ span: 'his ticker' }],
      name: 'a body part in trouble, said of him',
    },
    {
      text: 'Mrs Haig has a dodgy hip so she will need a lift to the coffee morning.',
      errors: [{ span: 'dodgy hip', message: 'health information' }],
    },
    {
      text: 'Lovely news: our treasurer Priya is expecting her third child in the new year.',
      errors: [{ span: 'expecting her third child' }],
      name: 'pregnancy',
    },
    {
      text: 'Cllr Munro is in the Queen Elizabeth Hospital after a fall at home.',
      errors: [{ span: 'Queen Elizabeth Hospital' }, { span: 'a fall' }],
      name: 'a named hospital',
    },
    {
      text: 'Congratulations to the two women who run the farm shop, married on Saturday at the registry office!',
      errors: [{ span: 'two women' }],
      name: 'two women marrying',
    },
    {
      text: 'Cllr Doyle and Sean, whose same-sex partnership was celebrated at the hall, thank everyone who came.',
      errors: [{ span: 'same-sex partnership' }],
    },
    {
      text: 'Please don\'t book Mr Hussain for evening litter picks while he is fasting for Ramadan.',
      errors: [{ span: 'Ramadan', message: 'religious belief' }],
      name: 'religious observance',
    },
    {
      text: 'The new tenants at number 12 are from a Roma family, I gather.',
      errors: [{ span: 'Roma family', message: 'ethnic origin' }],
    },
    {
      text: 'Cllr Fordham will be stepping back over the summer while he has treatment for prostate cancer.',
      errors: [{ span: 'prostate cancer', message: 'health information' }],
    },
    {
      text: 'The tenant I mentioned, Mr Nowak, is Polish and a practising Catholic.',
      errors: [{ span: 'Polish', message: 'ethnic origin' }, { span: 'Catholic', message: 'religious belief' }],
    },
    {
      text: 'Our clerk, Mrs Cheeseman, is signed off with stress and anxiety for the next month.',
      errors: [{ span: 'stress' }],
    },
    {
      text: 'Great to see Cllr Brandon and his husband running the tombola.',
      errors: [{ span: 'husband', message: 'sexual orientation' }],
    },
    {
      text: "He's been a Unite shop steward at the depot for twenty years.",
      errors: [{ span: 'Unite shop steward', message: 'trade-union membership' }],
    },
    {
      text: 'The new owner of the old forge has a previous conviction for arson.',
      errors: [{ span: 'a previous conviction', message: 'criminal-record' }],
    },
    {
      text: 'A warm welcome to the Ukrainian family who have moved in above the post office.',
      errors: [{ span: 'Ukrainian' }],
    },
    {
      text: 'The elderly gentleman opposite the Junction Inn has severe depression and has always voted Labour.',
      errors: [{ span: 'depression' }, { span: 'Labour', message: 'political' }],
    },
    {
      text: 'Thursday\'s meeting will be chaired by the Vice-Chair, as Cllr Whitlock is in hospital.',
      errors: [{ span: 'in hospital' }],
    },
    {
      channel: 'email',
      text: "Noted.\n\nOn Thu, 9 Mar 2028 at 17:30, Cllr Ian Pardoe wrote:\n> I'll have to drop out of the litter pick. I'm waiting for a hip\n> replacement and can't bend for long.",
      errors: [{ span: 'hip\n> replacement' }],
      name: 'a line wrapped mid-phrase in the quoted trail',
    },
    { text: 'Please keep the lady at number 4 in your thoughts: she has just started chemotherapy.', errors: [{ span: 'chemotherapy' }] },
    { text: 'The gentleman who organises the car boot sale hands out leaflets for the Tories every election.', errors: [{ span: 'hands out leaflets for the Tories' }] },
    { text: 'Our neighbour canvasses for Labour every May.', errors: [{ span: 'canvasses for Labour' }] },
    { text: 'Being an observant Jew, Mr Stein can’t do Saturday litter picks.', errors: [{ span: 'Jew' }] },
    { text: 'She would know, as a gay woman she has been to every Pride in Cambridge.', errors: [{ span: 'gay' }] },
  ],
} satisfies RuleCases;
