import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'sensitive-matter',
    category: 'confidentiality',
    description: "names a matter from settings.sensitiveMatters.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
