import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'confidential-matter',
    category: 'confidentiality',
    description: "closed session / Part 2 / exempt item / confidential / \"not for publication\" / not yet public information gained as councillor.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
