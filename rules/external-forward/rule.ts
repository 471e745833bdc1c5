import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'external-forward',
    category: 'email',
    description: "forwarding council correspondence or personal data to recipients outside the council's domains.",
    defaultSeverity: 'warning',
    messages: {},
    channels: ['email'],
  },
});
