import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'email-address',
    category: 'privacy',
    description: "a person's email address in a post (not the council's official addresses).",
    defaultSeverity: 'warning',
    messages: {},
  },
});
