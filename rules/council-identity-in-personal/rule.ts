import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'council-identity-in-personal',
    category: 'capacity',
    description: "in personal capacity, the council's website, official email address, handle or logo.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
