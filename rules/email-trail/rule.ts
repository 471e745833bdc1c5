import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'email-trail',
    category: 'email',
    description: "quoted earlier messages remain (\"On \u2026 wrote:\", \"From: \u2026 Sent: \u2026 To: \u2026 Subject:\", \"-----Original Message-----\", \">\" lines).",
    defaultSeverity: 'warning',
    messages: {},
    channels: ['email'],
  },
});
