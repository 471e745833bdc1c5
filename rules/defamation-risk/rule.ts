import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'defamation-risk',
    category: 'conduct',
    description: "an allegation of crime or dishonesty about an identifiable person or organisation stated as fact (\"X is a fraud\", \"stole\", \"lied\").",
    defaultSeverity: 'warning',
    messages: {},
  },
});
