import { addressOf } from '../../lib/engine/official.ts';
import { defineRule } from '../../lib/engine/rule.ts';

// Fires on the whole draft: the problem is who it goes to, not any one sentence.
export default defineRule({
  meta: {
    id: 'reply-all',
    category: 'email',
    description: 'A reply to all that goes to several recipients.',
    defaultSeverity: 'warning',
    messages: {
      replyAll:
        'this replies to all {{count}} recipients. Copy only the people who need it, and remove the rest before sending.',
    },
    channels: ['email'],
  },
  checkDraft({ email }) {
    if (!email?.replyAll) return [];
    const visible = new Set([...email.to, ...email.cc].map(addressOf).filter(Boolean));
    if (visible.size < 2) return [];
    return [{ messageId: 'replyAll', start: 0, end: 0, data: { count: String(visible.size) } }];
  },
});
