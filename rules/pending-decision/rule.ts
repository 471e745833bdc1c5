import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'pending-decision',
    category: 'confidentiality',
    description: "a settled view on a matter the council has yet to decide (planning application before committee, vote next week): predetermination risk.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
