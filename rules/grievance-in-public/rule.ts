import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'grievance-in-public',
    category: 'conduct',
    description: "a complaint or grievance about the council, clerk or colleagues aired on social media.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
