import { defineRule, type Report, type RuleModule, type SentenceContext } from '../../lib/engine/rule.ts';
import emailAddress from '../email-address/rule.ts';
import idNumber from '../id-number/rule.ts';
import namedPerson from '../named-person/rule.ts';
import phoneNumber from '../phone-number/rule.ts';
import residentAddress from '../resident-address/rule.ts';
import {
  allRecipients,
  externalAddresses,
  forwardedBlock,
  isForward,
  listAddresses,
  mentionsCouncilBusiness,
} from '../shared/email-context.ts';

// Personal data as the privacy rules see it: contact and identity details decide on their own;
// a private person's name only sharpens the wording when the forward is council business anyway
// (a forward of family news names people without being council business).
const CONTACT_RULES: readonly RuleModule[] = [residentAddress, phoneNumber, emailAddress, idNumber];

function reportsOf(rule: RuleModule, ctx: SentenceContext): boolean {
  if (!rule.checkSentence) return false;
  try {
    return rule.checkSentence(ctx).length > 0;
  } catch {
    return false;
  }
}

function hasContactDetails(ctx: SentenceContext): boolean {
  return CONTACT_RULES.some((r) => reportsOf(r, ctx));
}

// The sentence pass (cached per sentence, quoted ones included: a forwarded message is quoted
// text) notes what each sentence carries; the draft pass decides once, from the recipients.
export default defineRule({
  meta: {
    id: 'external-forward',
    category: 'email',
    description: 'Forwarding council correspondence or personal data to someone outside the council.',
    defaultSeverity: 'error',
    messages: {
      personal: 'this sentence carries personal contact or identity details.',
      named: 'this sentence names a private individual.',
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
  checkSentence(ctx) {
    const reports: Report[] = [];
    const business = mentionsCouncilBusiness(ctx.sentence.text);
    if (hasContactDetails(ctx)) reports.push({ messageId: 'personal', start: 0, end: 0 });
    else if (reportsOf(namedPerson, ctx)) reports.push({ messageId: 'named', start: 0, end: 0 });
    if (business) reports.push({ messageId: 'business', start: 0, end: 0 });
    return reports;
  },
  checkDraft({ env, email, quoted }, fromSentences) {
    if (!email || !isForward(email, quoted)) return [];
    const outside = externalAddresses(env.pack, allRecipients(email));
    if (outside.length === 0) return [];
    const contact = fromSentences.some((r) => r.messageId === 'personal');
    const business = fromSentences.some((r) => r.messageId === 'business') || mentionsCouncilBusiness(email.subject);
    if (!contact && !business) return [];
    const personal = contact || fromSentences.some((r) => r.messageId === 'named');
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
