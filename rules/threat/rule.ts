import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'threat',
    category: 'conduct',
    description: "threatening language.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
