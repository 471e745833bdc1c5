import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'unauthorised-official-channel',
    category: 'capacity',
    description: "capacity council while the role is not one the pack allows to post officially.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
