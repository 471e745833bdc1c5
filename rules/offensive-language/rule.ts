import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'offensive-language',
    category: 'conduct',
    description: "profanity, obscenity, vulgarity (Scunthorpe-safe).",
    defaultSeverity: 'warning',
    messages: {},
  },
});
