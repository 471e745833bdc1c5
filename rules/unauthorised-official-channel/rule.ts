import { defineRule } from '../../lib/engine/rule.ts';

// The pack's note ends with its clause, "(§11)"; the checker already names the clause.
function plainNote(note: string): string {
  return note.replace(/(?<!\s)\s*\((?:§|requirement|para)[^()]{0,40}\)\s*(?=\.?$)/iu, '').trim();
}

// Fires on the whole draft: the problem is who is posting as the council, not any one sentence.
export default defineRule({
  meta: {
    id: 'unauthorised-official-channel',
    category: 'capacity',
    description: "Posting as the council while your role is not one the council's policy allows to post officially.",
    defaultSeverity: 'error',
    dismissReason: 'I have been authorised to post for the council',
    messages: {
      notAllowed:
        'you are posting as the council, but {{role}} may not do so. {{note}} Write in your own name instead, or ask the clerk to publish it.',
    },
  },
  checkDraft({ env, text }) {
    if (env.capacity !== 'council') return [];
    if (env.pack.officialPosterRoles.includes(env.role)) return [];
    if (text.trim() === '') return [];
    const role = { councillor: 'a councillor', chair: 'the chair', clerk: 'the clerk', staff: 'a member of staff' }[env.role];
    return [{ messageId: 'notAllowed', start: 0, end: 0, data: { role, note: plainNote(env.pack.officialPosterNote) } }];
  },
});
