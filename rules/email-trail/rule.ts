import type { QuotedRange } from '../../lib/engine/quoted.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import { forwardedBlock } from '../shared/email-context.ts';

const KIND: Partial<Record<QuotedRange['marker'], string>> = {
  wrote: 'a reply trail ("… wrote:")',
  'original-message': 'an "Original Message" trail',
  header: 'an earlier message\'s headers (From, Sent, Subject)',
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

// Whole-draft rule over the engine's quoted ranges. A forward's forwarded message is the point
// of the forward, so it is not a trail (external-forward judges where it goes).
export default defineRule({
  meta: {
    id: 'email-trail',
    category: 'email',
    description: 'Earlier messages are still quoted at the bottom of, or inside, the email.',
    defaultSeverity: 'warning',
    messages: {
      trail:
        'this email still carries {{kind}}. Remove the earlier messages before sending, unless every recipient needs them.',
    },
    channels: ['email'],
  },
  checkDraft({ text, email, quoted }) {
    const forwarded = forwardedBlock(email, quoted);
    return (quoted as readonly QuotedRange[])
      .filter((range) => range !== forwarded)
      .map((range) => {
        const cut = removal(text, range);
        return {
          messageId: 'trail',
          start: range.start,
          end: range.markerEnd ?? range.end,
          data: { kind: KIND[range.marker] ?? 'an earlier message' },
          fix: { label: 'Remove the quoted trail', edits: [{ start: cut.start, end: cut.end, text: '' }] },
        };
      });
  },
});
