import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'heated-tone',
    category: 'conduct',
    description: "shouting capitals, stacked !!!/???, argumentative back-and-forth (\"as I have said repeatedly\", \"you clearly don't understand\").",
    defaultSeverity: 'warning',
    messages: {},
  },
});
