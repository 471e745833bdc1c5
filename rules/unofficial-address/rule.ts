import { z } from 'zod';
import { addressOf, isOfficialAddress } from '../../lib/engine/official.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { hasOfficialAddresses, mentionsCouncilBusiness } from '../shared/email-context.ts';

// Who the rule holds to the council's addresses. Most policies ask it of officers and of
// anything sent for the council (Croft §3q, Pitstone requirement 1): councillors there have no
// council address to use. Withyham §4.2 asks it of all council business, councillors included.
const Options = z.strictObject({
  scope: z.enum(['official-business', 'all-council-business']).default('official-business'),
});

// The sentence pass notes which of the writer's own sentences speak of council business
// (cached per sentence); the draft pass looks at the sender once.
export default defineRule({
  meta: {
    id: 'unofficial-address',
    category: 'email',
    description: "Council business sent from an address that is not one of the council's own.",
    defaultSeverity: 'warning',
    messages: {
      business: 'this sentence is about council business.',
      unofficial:
        "this council email is being sent from {{from}}, which is not one of the council's addresses. Send council business from your official council address instead.",
    },
    channels: ['email'],
    options: Options,
  },
  checkSentence({ env, sentence }) {
    if (!hasOfficialAddresses(env.pack)) return [];
    return mentionsCouncilBusiness(sentence.text) ? [{ messageId: 'business', start: 0, end: 0 }] : [];
  },
  checkDraft({ env, email, options }, fromSentences) {
    const { scope } = options as z.output<typeof Options>;
    const officialBusiness = env.capacity === 'council' || env.role === 'clerk' || env.role === 'staff';
    if (scope === 'official-business' && !officialBusiness) return [];
    const from = email ? addressOf(email.from) : '';
    if (!email || !from.includes('@') || !hasOfficialAddresses(env.pack)) return [];
    if (isOfficialAddress(env.pack, from)) return [];
    if (fromSentences.length === 0 && !mentionsCouncilBusiness(email.subject)) return [];
    return [{ messageId: 'unofficial', start: 0, end: 0, data: { from } }];
  },
});
