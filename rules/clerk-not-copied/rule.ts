import { addressOf } from '../../lib/engine/official.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { allRecipients, mentionsCouncilBusiness } from '../shared/email-context.ts';

// The sentence pass only notes which of the writer's own sentences speak of council business
// (cached per sentence); the draft pass decides once, from the recipients.
export default defineRule({
  meta: {
    id: 'clerk-not-copied',
    category: 'email',
    description: "A councillor's council-business email that does not copy in the Clerk.",
    defaultSeverity: 'warning',
    messages: {
      business: 'this sentence is about council business.',
      notCopied:
        'this council email does not copy in the Clerk ({{clerk}}). Add the Clerk in Cc so the council keeps a proper record of it.',
    },
    channels: ['email'],
  },
  checkSentence({ env, sentence }) {
    if (env.role !== 'councillor' && env.role !== 'chair') return [];
    if (!env.pack.official.clerkEmail) return [];
    return mentionsCouncilBusiness(sentence.text) ? [{ messageId: 'business', start: 0, end: 0 }] : [];
  },
  checkDraft({ env, email }, fromSentences) {
    const clerk = env.pack.official.clerkEmail?.toLowerCase();
    if (!email || !clerk || (env.role !== 'councillor' && env.role !== 'chair')) return [];
    const recipients = allRecipients(email);
    if (recipients.length === 0 || recipients.includes(clerk) || addressOf(email.from) === clerk) return [];
    if (fromSentences.length === 0 && !mentionsCouncilBusiness(email.subject)) return [];
    return [{ messageId: 'notCopied', start: 0, end: 0, data: { clerk } }];
  },
});
