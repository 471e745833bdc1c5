import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'phone-number',
    category: 'privacy',
    description: "a UK phone number of a person (not the council's published number from the pack).",
    defaultSeverity: 'warning',
    messages: {},
  },
});
