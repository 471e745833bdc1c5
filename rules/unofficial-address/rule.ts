import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'unofficial-address',
    category: 'email',
    description: "council business sent from an address outside the council's official addresses.",
    defaultSeverity: 'warning',
    messages: {},
    channels: ['email'],
  },
});
