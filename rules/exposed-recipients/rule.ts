import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'exposed-recipients',
    category: 'email',
    description: "five or more external recipients visible in To/Cc instead of Bcc.",
    defaultSeverity: 'warning',
    messages: {},
    channels: ['email'],
  },
});
