import { defineRule } from '../../lib/engine/rule.ts';

// Placeholder: meta only until the check is written.
export default defineRule({
  meta: {
    id: 'child-image',
    category: 'privacy',
    description: "an image/video attachment (or stated photo) that shows children/pupils, without stated parental permission.",
    defaultSeverity: 'warning',
    messages: {},
  },
});
