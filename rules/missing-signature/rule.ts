import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'missing-signature',
    category: 'email',
    description: "the pack requires a designated signature and the draft lacks it.",
    defaultSeverity: 'warning',
    messages: {},
    channels: ['email'],
  },
});
