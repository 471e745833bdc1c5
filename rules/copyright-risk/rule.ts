import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'copyright-risk',
    category: 'political',
    description: "content signalled as copied (\"image from Google\", \"\u00a9\", \"all rights reserved\", \"copied from\", \"credit: unknown\").",
    defaultSeverity: 'warning',
    messages: {},
  },
});
