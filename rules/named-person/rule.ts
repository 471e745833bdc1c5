import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { findNames, greetingAndSignOffRanges, isPermitted, officeHolderNameWords, type NameMatch } from '../shared/person-ref.ts';

// "Priya, could you approve…", "Mr Reid, thank you for…": the person the email is written to.
const VOCATIVE_AFTER =
  /^\s*,\s*(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ll|ve)|you|your|could|can|would|will|please|thanks|thank|just|hope|sorry|many|good|great|yes|no|agreed|noted|happy|apologies|following|further|do|did|are|have|any|see|quick|as\s+(?:discussed|promised|requested|agreed))(?!\p{L})/iu;

/** In an email, the correspondents are named: a first name on its own, or a name the sentence speaks to. */
function addressedInEmail(text: string, name: NameMatch): boolean {
  if (name.kind === 'first') return true;
  return /^[\s>]*$/.test(text.slice(0, name.start)) && VOCATIVE_AFTER.test(text.slice(name.end, name.end + 40));
}

// A private individual named in a post or email. The names come from the shared person-reference
// helper: word lists first (titles, first names, places and organisations), compromise only for a
// run of capitalised words the lists cannot place. Office-holders named with their role, public
// figures, the writer's own name and people with written permission are left alone; so are the
// greeting and sign-off of a message, which the draft-level pass removes.
export default defineRule({
  meta: {
    id: 'named-person',
    category: 'privacy',
    description: 'A private individual (a resident, complainant, neighbour or child) named without their written permission.',
    defaultSeverity: 'warning',
    messages: {
      named:
        '"{{name}}" names a private individual. Leave the name out (for example "a resident"), unless they have given written permission to be named.',
    },
    readsQuoted: true,
    dismissReason: 'I have their written permission',
  },
  checkSentence(ctx) {
    const { env, sentence } = ctx;
    const notNames = [...env.pack.official.names, env.pack.council, ...env.settings.localStreets];
    const reports: Report[] = [];
    // A sentence never crosses a line, so a greeting or a bare signature line is visible here too
    // (rules that reuse this check then agree); the draft pass adds the lines under a sign-off.
    const skip = greetingAndSignOffRanges(sentence.text);
    for (const name of findNames(sentence.text, { nlp: ctx.nlp, notNames })) {
      if (skip.some((r) => name.start >= r.start && name.end <= r.end)) continue;
      if (name.role !== 'private') continue;
      if (isPermitted(name, env.settings.permittedNames)) continue;
      if (env.channel === 'email' && addressedInEmail(sentence.text, name)) continue;
      if (sentence.text[name.start - 1] === '@') continue; // "@Sarah Jones": a reply to someone's own public comment
      reports.push({
        messageId: 'named',
        start: name.start,
        end: name.end,
        data: { name: name.text },
        fix: { label: 'Replace with [removed]', edits: [{ start: name.start, end: name.end, text: '[removed]' }] },
      });
    }
    return reports;
  },
  checkDraft({ text }, fromSentences) {
    if (!fromSentences.length) return fromSentences;
    const skip = greetingAndSignOffRanges(text);
    // "Thank you to Cllr Bev Lockwood … Bev, the village owes you one!": the office-holder again.
    const office = officeHolderNameWords(text);
    const sameOfficeHolder = (r: Report) => office.size > 0 && text.slice(r.start, r.end).split(/\s+/).every((w) => office.has(w));
    return fromSentences.filter((r) => !skip.some((s) => r.start >= s.start && r.end <= s.end) && !sameOfficeHolder(r));
  },
});
