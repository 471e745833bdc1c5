// Which quick fix a finding offers. The engine's own fix comes first; the checker (in the
// background, lib/check-service.ts, and the options page's "Try it") adds the safe ones where a
// rule does not carry one.
import type { Finding, Fix, RuleId } from './engine/index.ts';

export const DISCLAIMER = 'Views my own, not those of the council.';
export const REMOVED = '[removed]';

/** Personal data whose span can simply be replaced without breaking the sentence. */
const PERSONAL_DATA = new Set<RuleId>(['resident-address', 'phone-number', 'email-address', 'id-number', 'named-person']);

export function fixFor(finding: Finding, text: string): Fix | undefined {
  if (finding.fix) return finding.fix;
  if (PERSONAL_DATA.has(finding.rule) && finding.end > finding.start) {
    return { label: `Replace with ${REMOVED}`, edits: [{ start: finding.start, end: finding.end, text: REMOVED }] };
  }
  if (finding.rule === 'personal-view-disclaimer') {
    // At the end of what was written, joined by a space: a newline would mean a new block in
    // Lexical and Draft.js, which insertText does not create reliably.
    const end = text.trimEnd().length;
    return { label: 'Add "Views my own"', edits: [{ start: end, end, text: end > 0 ? ` ${DISCLAIMER}` : DISCLAIMER }] };
  }
  return undefined;
}

export function withFix(finding: Finding, text: string): Finding {
  const fix = fixFor(finding, text);
  return fix && fix !== finding.fix ? { ...finding, fix } : finding;
}
