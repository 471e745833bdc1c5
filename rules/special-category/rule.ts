import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'special-category',
    category: 'privacy',
    description: "health, ethnicity, religion, sexual orientation, political or trade-union membership, or criminal record information about an identifiable person.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
