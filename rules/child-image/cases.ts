import type { RuleCases } from '../../lib/engine/rule-cases.ts';

const image = (name: string) => [{ kind: 'image' as const, name }];
const video = (name: string) => [{ kind: 'video' as const, name }];

export default {
  valid: [
    'The pupils planted bulbs by the pond. Next week the council team will plant more; photo of the team to follow.',
    'The Cubs raised £200 for the hall. Photo of the team below, shared with parents\' permission.',
    'The parish council team won the pub quiz! Photo of the whole team below.',
    { text: 'The new bench by the war memorial is in.', attachments: image('new-bench-war-memorial.jpg'), name: 'attachment, no children' },
    'Thank you to the children of the primary school for the Christmas cards they made for the lunch club.',
    'Tickets £3 for adults, children free. Dog show at 2pm!',
    {
      text: "Sports day on the Recreation Ground was a great success. Photos shared with the written permission of the children's parents, via the school.",
      attachments: image('sports-day-1.jpg'),
      name: 'parental permission stated',
    },
    'Photos of the Year 6 leavers, shared with parents\' permission.',
    'Photo of the broken swing below – please keep children off it until Friday.',
    "The children's pictures are on display in the village hall, with the pictures they drew for the lunch club.",
    'The kids took some brilliant photos of the wildlife on the nature walk.',
    'Please do not take photos of the children at the nativity.',
    'The bigger picture is that the children need a safe crossing.',
    { text: 'The crossing outside the primary school is finished.', attachments: image('crossing.jpg') },
    { text: 'Fun day photos will follow, with faces blurred. The kids had a brilliant time.', name: 'faces blurred' },
    { text: 'Minutes attached; the item on the children\'s play area is on page 3.', attachments: [{ kind: 'file', name: 'minutes-june.pdf' }] },
  ],
  invalid: [
    {
      text: 'Well done to the Year 4 cross-country runners on Saturday! A picture of the whole team is on our page.',
      errors: [{ span: 'Year 4' }],
      name: 'children named, then a photo of the group',
    },
    {
      text: 'What a turnout for the Easter egg hunt. Here are some of the children showing off their finds.',
      attachments: image('easter-egg-hunt-01.jpg'),
      errors: [{ span: 'children', message: 'attached image appears to show children' }],
    },
    {
      text: 'Photo below of the Brownies who joined Sunday\'s litter pick: 14 bags collected.',
      errors: [{ span: 'Brownies', message: 'Bottisham policy §4' }],
    },
    {
      text: 'The under-11s played their first match on Saturday. Here\'s the team before kick-off.',
      attachments: image('u11s-team.jpg'),
      errors: [{ span: 'The under-11s' }],
    },
    {
      text: 'A short clip from the nativity at St Mary\'s last night. Merry Christmas from the Parish Council.',
      attachments: video('clip.mp4'),
      errors: [{ span: 'nativity', message: 'attached video' }],
    },
    {
      text: 'Look at these fabulous costumes!',
      attachments: image('kids-halloween-trail.jpg'),
      errors: [{ start: 0, end: 0, message: 'kids-halloween-trail.jpg' }],
      name: 'only the file name tells',
    },
    {
      text: 'Some photos from the fun day.\nThe youngsters loved the bouncy castle!',
      errors: [{ span: 'youngsters' }],
      name: 'a stated photo, children in the next sentence',
    },
    {
      text: 'Pictures of the kids at the fun day are below. We are still waiting for parental consent from two families.',
      errors: [{ span: 'kids' }],
      name: 'permission not yet given',
    },
    {
      text: 'A lovely picture of my grandchildren on the new swings at the Yardley Avenue play area.',
      errors: [{ span: 'grandchildren', message: 'photo or video of grandchildren' }],
    },
  ],
} satisfies RuleCases;
