import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'committing-council',
    category: 'capacity',
    description: "a councillor (not the clerk/staff) promises or commits the council to action, spending or a decision (\"the council will fix it by Friday\", \"I guarantee the council will fund\").",
    defaultSeverity: 'warning',
    messages: {},
  },
});
