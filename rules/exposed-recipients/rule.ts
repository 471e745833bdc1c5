import { defineRule } from '../../lib/engine/rule.ts';
import { distinctAddresses, externalAddresses } from '../shared/email-context.ts';

/** How many outside addresses may be shown to one another before Bcc is the better choice. */
const THRESHOLD = 5;

// Whole-draft rule: the problem is who can see whom, not any one sentence.
export default defineRule({
  meta: {
    id: 'exposed-recipients',
    category: 'email',
    description: 'Five or more recipients outside the council can all see one another in To and Cc.',
    defaultSeverity: 'warning',
    messages: {
      exposed:
        '{{count}} people outside the council can see each other\'s email addresses in To and Cc. Put them in Bcc instead, so their addresses stay private.',
    },
    channels: ['email'],
  },
  checkDraft({ env, email }) {
    if (!email) return [];
    const outside = externalAddresses(env.pack, distinctAddresses(email.to, email.cc));
    if (outside.length < THRESHOLD) return [];
    return [{ messageId: 'exposed', start: 0, end: 0, data: { count: String(outside.length) } }];
  },
});
