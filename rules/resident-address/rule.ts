import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'resident-address',
    category: 'privacy',
    description: "a private person's house number + street, or a full postcode tied to a home. Not a public venue (village hall, church, school, surgery, pub, the council's office).",
    defaultSeverity: 'warning',
    messages: {},
  },
});
