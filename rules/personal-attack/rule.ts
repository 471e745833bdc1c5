import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'personal-attack',
    category: 'conduct',
    description: "insults directed at people or groups (\"idiot\", \"incompetent\", \"clueless\").",
    defaultSeverity: 'warning',
    messages: {},
  },
});
