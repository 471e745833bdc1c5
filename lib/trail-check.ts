// The quoted trail of an email is left out of the live check (it does not change as you type)
// and checked on its own when it appears or changes: it is sent again, so personal data in it
// matters, and its presence is itself the email-trail finding.
import { RULES_BY_ID, type DraftInput, type Finding } from './engine/index.ts';

// Read by the engine as the opening of a quoted message, for trails whose own header it misses
// (or a trimmed trail whose text is not in the page yet).
const SYNTHETIC_MARKER = 'On an earlier date, someone wrote:\n';

/** What the trail check reports: the trail itself and personal data inside it. */
function keptForTrail(finding: Finding): boolean {
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

const isTrail = (f: Finding) => f.rule === 'email-trail';

/** With the trail's own text unrecognised, the findings of the marked text, shifted back. */
function fromMarked(first: Finding[], marked: Finding[], text: string): Finding[] {
  const kept = marked.filter(keptForTrail);
  if (!kept.some(isTrail)) return first;
  return kept.map((f) => unshift(f, SYNTHETIC_MARKER.length, text));
}

/** Checks a trail's text (offsets in the trail's own text) with a sliced checker call. */
export async function checkTrail(draft: DraftInput, run: (draft: DraftInput) => Promise<Finding[]> | Finding[]): Promise<Finding[]> {
  const first = (await run(draft)).filter(keptForTrail);
  if (first.some(isTrail)) return first;
  return fromMarked(first, await run({ ...draft, text: SYNTHETIC_MARKER + draft.text }), draft.text);
}
