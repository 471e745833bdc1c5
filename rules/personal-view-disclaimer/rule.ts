import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'personal-view-disclaimer',
    category: 'capacity',
    description: "in personal capacity, an opinion on a council matter with no statement that the views are personal.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
