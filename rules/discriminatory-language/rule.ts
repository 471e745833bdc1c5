import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'discriminatory-language',
    category: 'conduct',
    description: "slurs or demeaning generalisations about protected characteristics.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
