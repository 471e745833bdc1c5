import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'clerk-not-copied',
    category: 'email',
    description: "a councillor's council-business email that does not copy the clerk (pack clerk address).",
    defaultSeverity: 'warning',
    messages: {},
    channels: ['email'],
  },
});
