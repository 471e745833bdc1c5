import { z } from 'zod';
import { defineRule } from '../../lib/engine/rule.ts';
import { findMatters } from '../shared/confidential-matters.ts';

// The reply the policy allows on such a matter: "I'm afraid I can't comment on the lease."
const CANNOT_COMMENT =
  /\b(?:can(?:no|['’])?t|unable\s+to|not\s+able\s+to|not\s+in\s+a\s+position\s+to|won['’]t\s+be\s+able\s+to)\s+(?:\w+\s+){0,2}(?:comment|say\s+anything|discuss|talk\s+about)\b|\bno\s+comment\b/iu;

// Who the restriction binds. Most policies let the clerk and staff speak on such a matter for the
// council. Pitstone's policy covers employees, members and others acting for the council,
// "referred to collectively as 'councillors' for brevity", and exempts only the Clerk, who
// formulates the council's response: its pack adds staff.
const Options = z.strictObject({
  roles: z.array(z.enum(['councillor', 'chair', 'clerk', 'staff'])).default(['councillor', 'chair']),
});

export default defineRule({
  meta: {
    id: 'sensitive-matter',
    category: 'confidentiality',
    description: 'A councillor writes about a matter the clerk or chair has declared especially sensitive.',
    defaultSeverity: 'error',
    messages: {
      sensitive:
        '“{{phrase}}” has been declared an especially sensitive matter. Say only that you are unable to comment; leave anything more to the clerk.',
    },
    options: Options,
  },
  checkSentence({ env, sentence, options }) {
    const { roles } = options as z.output<typeof Options>;
    if (!roles.includes(env.role)) return [];
    const matters = env.settings.sensitiveMatters;
    if (!matters.length) return [];
    const found = findMatters(matters, sentence.text);
    if (!found.length || CANNOT_COMMENT.test(sentence.text)) return [];
    return found.map((m) => ({
      messageId: 'sensitive',
      start: m.start,
      end: m.end,
      data: { phrase: sentence.text.slice(m.start, m.end), matter: m.matter },
    }));
  },
});
