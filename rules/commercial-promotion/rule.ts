import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'commercial-promotion',
    category: 'political',
    description: "selling, discounts, advertising a business, personal financial interest.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
