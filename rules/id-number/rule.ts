import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'id-number',
    category: 'privacy',
    description: "National Insurance number, NHS number, bank sort code/account, card number, date of birth of a person.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
