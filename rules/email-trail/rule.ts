import type { QuotedRange } from '../../lib/engine/quoted.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { forwardedBlock } from '../shared/email-context.ts';

const KIND: Partial<Record<QuotedRange['marker'], string>> = {
  wrote: 'a reply trail ("… wrote:")',
  'original-message': 'an "Original Message" trail',
  header: "an earlier message's headers (From, Sent, Subject)",
  angle: 'quoted lines starting ">"',
  forwarded: 'a forwarded message',
};

/** The edit that removes a quoted range, with the blank lines that lead into it. */
function removal(text: string, range: QuotedRange): { start: number; end: number } {
  let start = range.start;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  let end = range.end;
  // At the very top of the draft there is nothing before it: take the line break after instead.
  if (start === 0) while (end < text.length && /\s/.test(text[end]!)) end++;
  return { start, end };
}

// Whole-draft rule over the engine's quoted ranges. A forward's forwarded message is an earlier
// email carried in full (headers, recipients and any older trail beneath it), so it counts as a
// trail too, with its own message; external-forward judges where a forward may go.
export default defineRule({
  meta: {
    id: 'email-trail',
    category: 'email',
    description: 'Earlier messages are still quoted at the bottom of, or inside, the email.',
    defaultSeverity: 'warning',
    messages: {
      trail:
        'this email still carries {{kind}}. Remove the earlier messages before sending, unless every recipient needs them.',
      forwarded:
        'this email carries {{kind}} with its original headers and recipients, and anything quoted beneath it. Send on only what the recipients need, and delete the rest.',
    },
    channels: ['email'],
  },
  checkDraft({ text, email, quoted }) {
    const forwarded = forwardedBlock(email, quoted);
    return quoted.map((range) => {
      const cut = removal(text, range);
      const isForward = range === forwarded;
      return {
        messageId: isForward ? 'forwarded' : 'trail',
        start: range.start,
        end: range.markerEnd,
        data: { kind: isForward ? 'a forwarded message' : (KIND[range.marker] ?? 'an earlier message') },
        fix: {
          label: isForward ? 'Remove the forwarded message' : 'Remove the quoted trail',
          edits: [{ start: cut.start, end: cut.end, text: '' }],
        },
      };
    });
  },
});
