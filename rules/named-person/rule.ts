import type { Email } from '../../lib/engine/draft.ts';
import { addressOf } from '../../lib/engine/official.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { findNames, greetingAndSignOffRanges, isPermitted, officeHolderNameWords, type NameMatch } from '../shared/person-ref.ts';

// "Priya, could you approve…", "Mr Reid, thank you for…": the person the email is written to.
const VOCATIVE_AFTER =
  /^\s*,\s*(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ll|ve)|you|your|could|can|would|will|please|thanks|thank|just|hope|sorry|many|good|great|yes|no|agreed|noted|happy|apologies|following|further|do|did|are|have|any|see|quick|as\s+(?:discussed|promised|requested|agreed))(?!\p{L})/iu;

// The From/To/Cc lines of a forwarded message name its correspondents, who are passed on with it.
const FORWARD_HEADER = /^[\s>]*\*?(?:From|To|Cc):\*?[ \t]/iu;
const FORWARDED_BLOCK = /(?<=-[ \t]?)(?:Forwarded message|Original Message)(?=[ \t]?-)|Begin forwarded message:/giu;
const HEADER_MARK = 'header';

/** In an email, the correspondents are named: a first name on its own, or a name the sentence speaks to. */
function addressedInEmail(text: string, name: NameMatch): boolean {
  if (name.kind === 'first') return true;
  return /^[\s>]*$/.test(text.slice(0, name.start)) && VOCATIVE_AFTER.test(text.slice(name.end, name.end + 40));
}

/**
 * Names on the From/To/Cc lines of a forwarded message are someone's correspondence passed on: they
 * count when the draft forwards (or holds a forwarded block above the line) and the person is not
 * one of this email's own correspondents (their address beside the name is not among From/To/Cc/Bcc).
 */
function forwardedCorrespondents(text: string, email: Email | undefined, reports: Report[]): Report[] {
  if (!reports.some((r) => r.data?.[HEADER_MARK])) return reports;
  FORWARDED_BLOCK.lastIndex = 0;
  const block = FORWARDED_BLOCK.exec(text);
  const own = new Set(email ? [email.from, ...email.to, ...email.cc, ...email.bcc].map((a) => addressOf(a)?.toLowerCase()).filter(Boolean) : []);
  const out: Report[] = [];
  for (const r of reports) {
    if (!r.data?.[HEADER_MARK]) {
      out.push(r);
      continue;
    }
    if (!block || block.index > r.start) continue;
    const lineEnd = text.indexOf('\n', r.end);
    const rest = text.slice(r.end, lineEnd === -1 ? text.length : lineEnd);
    const address = rest.includes('<') ? addressOf(rest) : undefined;
    if (address && own.has(address)) continue;
    out.push({ ...r, data: { name: r.data.name ?? '', forwarded: 'yes' } });
  }
  return out;
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
    // A header line of a forwarded email: kept for the draft pass, which knows whether it was forwarded.
    const header = env.channel === 'email' && FORWARD_HEADER.test(sentence.text);
    for (const name of findNames(sentence.text, { nlp: ctx.nlp, notNames })) {
      if (!header && skip.some((r) => name.start >= r.start && name.end <= r.end)) continue;
      if (name.role !== 'private') continue;
      if (isPermitted(name, env.settings.permittedNames)) continue;
      if (env.channel === 'email' && !header && addressedInEmail(sentence.text, name)) continue;
      if (header && name.kind === 'first') continue;
      if (sentence.text[name.start - 1] === '@') continue; // "@Sarah Jones": a reply to someone's own public comment
      reports.push({
        messageId: 'named',
        start: name.start,
        end: name.end,
        data: header ? { name: name.text, [HEADER_MARK]: 'yes' } : { name: name.text },
        fix: { label: 'Replace with [removed]', edits: [{ start: name.start, end: name.end, text: '[removed]' }] },
      });
    }
    return reports;
  },
  checkDraft({ text, email }, fromSentences) {
    if (!fromSentences.length) return fromSentences;
    fromSentences = forwardedCorrespondents(text, email, fromSentences);
    const skip = greetingAndSignOffRanges(text);
    // "Thank you to Cllr Bev Lockwood … Bev, the village owes you one!": the office-holder again.
    const office = officeHolderNameWords(text);
    const sameOfficeHolder = (r: Report) => office.size > 0 && text.slice(r.start, r.end).split(/\s+/).every((w) => office.has(w));
    return fromSentences.filter((r) => (r.data?.forwarded === 'yes' || !skip.some((s) => r.start >= s.start && r.end <= s.end)) && !sameOfficeHolder(r)).map(({ data, ...r }) => ({ ...r, data: { name: data?.name ?? '' } }));
  },
});
