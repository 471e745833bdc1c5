import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'Winter newsletter out now. © Bottisham Parish Council 2027. All rights reserved.',
    'My photo of the church in the snow this morning.',
    'Lovely sunset over the fen tonight. Photo: Cllr Jones.',
    'Photos from the fete are now on our Facebook page.',
    'Agenda: (a) apologies (b) minutes (c) Planning applications.',
    'Please respect copyright when sharing images of the village.',
    'Image from the BBC website, used with permission.',
    'The ban on parking was lifted from Monday.',
    'Data from Google shows the car park is busiest on Saturdays.',
    'We own the copyright of all images on this page.',
    'Words © Jane Smith 2019, reproduced by kind permission of the author.',
    { text: 'Map from the Withyham PC website showing the footpaths.', pack: 'withyham', name: "the council's own website" },
  ],
  invalid: [
    { text: 'A beautiful aerial shot of the village in the snow (image from Google).', errors: [{ span: 'image from Google', message: '"image from Google"' }] },
    { text: 'Found this picture online and just had to share it!', errors: [{ span: 'Found this picture online' }] },
    { text: "Here's the poster for the Christmas market. Image © Shutterstock.", errors: [{ span: '© Shutterstock' }] },
    { text: 'Stunning shot of the lode at sunset. Credit: unknown', errors: [{ span: 'Credit: unknown' }] },
    { text: 'Copied from the Cambridge Independent: work on the busway starts in spring.', errors: [{ span: 'Copied from' }], pack: 'croft' },
    { text: "Screenshot of the Gazette's article about the bypass below.", errors: [{ span: "Screenshot of the Gazette's article" }] },
    { text: 'Driving tips from the AA, reproduced in full. All rights reserved.', errors: [{ span: 'reproduced in full' }, { span: 'All rights reserved' }], capacity: 'council', role: 'clerk' },
    { text: 'Meme pinched from a Facebook group, not sure who took the original photo.', errors: [{ span: 'Meme pinched from a Facebook group' }, { span: 'not sure who took' }] },
    { text: 'Photo (c) 2024 Cambridge News.', errors: [{ span: '(c) 2024 Cambridge News' }], pack: 'withyham' },
    {
      text: 'Dear Secretary,\nThe newsletter is attached. The cartoon on page 2 is © Private Eye.',
      channel: 'email',
      errors: [{ span: '© Private Eye' }],
    },
  ],
} satisfies RuleCases;
