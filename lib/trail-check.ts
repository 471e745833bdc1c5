// The quoted trail of an email is left out of the live check (it does not change as you type)
// and checked on its own when it appears or changes: it is sent again, so personal data in it
// matters, and its presence is itself the email-trail finding.
import { RULES_BY_ID, type DraftInput, type Finding } from './engine/index.ts';

// Read by the engine as the opening of a quoted message, for trails whose own header it misses
// (or a trimmed trail whose text is not in the page yet).
const SYNTHETIC_MARKER = 'On an earlier date, someone wrote:\n';

/** What the trail check reports: the trail itself and personal data inside it. */
export function keptForTrail(finding: Finding): boolean {
  return finding.rule === 'email-trail' || RULES_BY_ID.get(finding.rule)?.meta.category === 'privacy';
}

function unshift(finding: Finding, by: number, text: string): Finding {
  if (finding.rule === 'email-trail') {
    // The marker was ours: point at the trail's first line instead.
    const firstLine = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
    return { ...finding, start: 0, end: firstLine };
  }
  const start = Math.max(0, finding.start - by);
  const end = Math.max(start, finding.end - by);
  const fix = finding.fix && {
    label: finding.fix.label,
    edits: finding.fix.edits.map((e) => ({ ...e, start: Math.max(0, e.start - by), end: Math.max(0, e.end - by) })),
  };
  return { ...finding, start, end, ...(fix ? { fix } : {}) };
}

/** Checks a trail's text (offsets in the trail's own text). `run` is the checker call to use. */
export async function checkTrail(draft: DraftInput, run: (draft: DraftInput) => Promise<Finding[]> | Finding[]): Promise<Finding[]> {
  const first = (await run(draft)).filter(keptForTrail);
  if (first.some((f) => f.rule === 'email-trail')) return first;
  const marked = (await run({ ...draft, text: SYNTHETIC_MARKER + draft.text })).filter(keptForTrail);
  if (!marked.some((f) => f.rule === 'email-trail')) return first;
  return marked.map((f) => unshift(f, SYNTHETIC_MARKER.length, draft.text));
}
