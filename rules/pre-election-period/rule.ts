import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'pre-election-period',
    category: 'political',
    description: "capacity council, date inside the 6 weeks before settings.pollingDay, content about candidates, policies or controversial issues.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
