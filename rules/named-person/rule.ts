import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'named-person',
    category: 'privacy',
    description: "a named private individual (resident, complainant, child); not office-holders named by role (Cllr X, the Clerk, the Chair, the MP) and not settings.permittedNames.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
