import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'The Scunthorpe and Penistone branch lines are on the agenda for the rail users group.',
    'Our twinning visit to Cockermouth has been moved to June.',
    'The Middlesex and Essex associations have both replied to the consultation.',
    'The risk assessment for the classic car show is now on the website.',
    'Cllr Hancock thanked the therapist who ran the wellbeing session.',
    'Shitterton in Dorset put up a stone sign after theirs kept being stolen.',
    'There will be a cocktail evening and grape-treading at the harvest supper.',
    'Blue tits and great tits are nesting in the boxes by the pavilion.',
    'Dick Whittington is this year’s pantomime at the village hall.',
    'Please use the door knob gently, it is loose.',
    'The Reverend will cut the first sod for the new community garden on Saturday.',
    'The talk on the Civil War will cover the bloody battle at Naseby.',
    'Your flu jab may feel like a sharp prick, the surgery tells us.',
    'Mrs S**** has asked that her name be kept out of the minutes.',
    'Lemon tarts and scones will be on sale at the coffee morning.',
    'Five-star reviews ***** for the Bottisham Players this weekend.',
  ],
  invalid: [
    { text: 'This is a f***ing joke and the council should be ashamed.', errors: [{ span: 'f***ing', message: 'letters hidden' }] },
    { text: 'What a load of bollocks from the district council.', errors: [{ span: 'bollocks' }] },
    { text: 'The state of the play area is shit, frankly.', errors: [{ span: 'shit', message: 'Bottisham policy §4, §5' }] },
    { text: 'The new parking scheme is sh*t and b*llocks in equal measure.', errors: [{ span: 'sh*t' }, { span: 'b*llocks' }] },
    { text: 'Sorry but the bloody bins still have not been emptied.', errors: [{ span: 'bloody' }] },
    { text: 'Whoever left this mess is a complete prick.', errors: [{ span: 'prick' }] },
    { text: 'Tell them to sod off, we are not moving the bench.', errors: [{ span: 'sod off' }] },
    { text: 'That survey was a load of f u c k i n g nonsense.', errors: [{ span: 'f u c k i n g' }] },
    { text: 'FFS who parks across a dropped kerb?', errors: [{ span: 'FFS' }] },
    { text: 'He is a sh!t and a tosser.', errors: [{ span: 'sh!t' }, { span: 'tosser' }] },
  ],
} satisfies RuleCases;
