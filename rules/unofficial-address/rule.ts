import { addressOf, isOfficialAddress } from '../../lib/engine/official.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { hasOfficialAddresses, mentionsCouncilBusiness } from '../shared/email-context.ts';

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
  },
  checkSentence({ env, sentence }) {
    if (!hasOfficialAddresses(env.pack)) return [];
    return mentionsCouncilBusiness(sentence.text) ? [{ messageId: 'business', start: 0, end: 0 }] : [];
  },
  checkDraft({ env, email }, fromSentences) {
    const from = email ? addressOf(email.from) : '';
    if (!email || !from.includes('@') || !hasOfficialAddresses(env.pack)) return [];
    if (isOfficialAddress(env.pack, from)) return [];
    if (fromSentences.length === 0 && !mentionsCouncilBusiness(email.subject)) return [];
    return [{ messageId: 'unofficial', start: 0, end: 0, data: { from } }];
  },
});
