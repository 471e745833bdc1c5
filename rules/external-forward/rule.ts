import { defineRule, type Report } from '../../lib/engine/rule.ts';
import {
  allRecipients,
  externalAddresses,
  forwardedBlock,
  isForward,
  listAddresses,
  mentionsCouncilBusiness,
} from '../shared/email-context.ts';
import { hasPersonalData } from '../shared/email-personal-data.ts';

// The sentence pass (cached per sentence, quoted ones included: a forwarded message is quoted
// text) notes what each sentence carries; the draft pass decides once, from the recipients.
export default defineRule({
  meta: {
    id: 'external-forward',
    category: 'email',
    description: 'Forwarding council correspondence or personal data to someone outside the council.',
    defaultSeverity: 'error',
    messages: {
      personal: 'this sentence carries personal data.',
      business: 'this sentence is about council business.',
      forwardPersonal:
        "this forwards personal details to {{recipients}}, outside the council. Remove the details, or make sure you have the person's consent, before sending.",
      forwardCouncil:
        "this forwards council correspondence to {{recipients}}, outside the council. Check it may go beyond the council (ask the Clerk if unsure) and remove any personal details first.",
    },
    channels: ['email'],
    readsQuoted: true,
    dismissReason: "I have consent, or the Clerk's authority, to forward this",
  },
  checkSentence({ env, sentence }) {
    const reports: Report[] = [];
    if (hasPersonalData(sentence.text, env.pack)) reports.push({ messageId: 'personal', start: 0, end: 0 });
    if (mentionsCouncilBusiness(sentence.text)) reports.push({ messageId: 'business', start: 0, end: 0 });
    return reports;
  },
  checkDraft({ env, email, quoted }, fromSentences) {
    if (!email || !isForward(email, quoted)) return [];
    const outside = externalAddresses(env.pack, allRecipients(email));
    if (outside.length === 0) return [];
    const personal = fromSentences.some((r) => r.messageId === 'personal');
    const business = personal || fromSentences.some((r) => r.messageId === 'business') || mentionsCouncilBusiness(email.subject);
    if (!business) return [];
    const block = forwardedBlock(email, quoted);
    return [
      {
        messageId: personal ? 'forwardPersonal' : 'forwardCouncil',
        start: block ? block.start : 0,
        end: block ? block.markerEnd : 0,
        data: { recipients: listAddresses(outside) },
      },
    ];
  },
});
