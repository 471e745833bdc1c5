import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'party-political',
    category: 'political',
    description: "party names in a campaigning sense, \"vote for\", canvassing, election campaigning.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
