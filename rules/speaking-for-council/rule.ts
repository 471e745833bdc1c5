import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'speaking-for-council',
    category: 'capacity',
    description: "in personal capacity, text that speaks as or for the council (\"on behalf of the council\", \"the council's position is\", \"we at X Parish Council\", \"official statement\").",
    defaultSeverity: 'warning',
    messages: {},
  },
});
