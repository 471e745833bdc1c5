import { describe, expect, it } from 'vitest';
import { createChecker, type Finding } from '../../lib/engine/index.ts';
import { DISCLAIMER, fixFor, REMOVED } from '../../lib/fixes.ts';
import { combineSnapshots } from '../../lib/presend.ts';
import { checkTrail } from '../../lib/trail-check.ts';

const email = { from: 'clerk@bottisham-pc.gov.uk', to: ['pat@example.org'], cc: [], bcc: [], subject: 'Re: Hedge', replyAll: false, forward: false };
const base = { pack: 'bottisham', channel: 'email' as const, capacity: 'personal' as const, role: 'clerk' as const, email, now: '2027-01-10' };

describe('checkTrail', () => {
  const checker = createChecker({ pack: 'bottisham' });
  const run = (d: Parameters<typeof checker.check>[0]) => checker.check(d);

  it('reports the trail and the personal data in it, nothing else', async () => {
    const text = 'On Mon, 16 Nov 2026, Pat Resident wrote:\nPlease ring me on 07700 900123, you idiot.';
    const findings = await checkTrail({ ...base, text }, run);
    const rules = findings.map((f) => f.rule);
    expect(rules).toContain('email-trail');
    expect(rules).toContain('phone-number');
    // Tone in someone else's quoted words, and whole-draft email rules, are not the trail's business.
    expect(rules).not.toContain('personal-attack');
    expect(rules).not.toContain('missing-signature');
    const phone = findings.find((f) => f.rule === 'phone-number')!;
    expect(text.slice(phone.start, phone.end)).toBe('07700 900123');
  });

  it('still reports a trail whose header the engine does not recognise, pointing at its first line', async () => {
    const text = 'Some earlier message\nwith 07700 900123 in it';
    const findings = await checkTrail({ ...base, text }, run);
    const trail = findings.find((f) => f.rule === 'email-trail')!;
    expect(trail).toBeDefined();
    expect(text.slice(trail.start, trail.end)).toBe('Some earlier message');
    const phone = findings.find((f) => f.rule === 'phone-number');
    expect(phone && text.slice(phone.start, phone.end)).toBe('07700 900123');
  });

  it('reports a trimmed trail whose text is not known', async () => {
    const findings = await checkTrail({ ...base, text: '' }, run);
    expect(findings.map((f) => f.rule)).toEqual(['email-trail']);
  });
});

function finding(partial: Partial<Finding>): Finding {
  return { rule: 'phone-number', severity: 'error', start: 0, end: 0, message: '', clause: { pack: 'bottisham', ref: '§4', summary: '' }, ...partial };
}

describe('fixFor', () => {
  it('keeps the engine fix when there is one', () => {
    const fix = { label: 'Engine', edits: [{ start: 0, end: 1, text: 'x' }] };
    expect(fixFor(finding({ fix }), 'abc')).toBe(fix);
  });

  it('replaces personal data with [removed]', () => {
    expect(fixFor(finding({ rule: 'phone-number', start: 5, end: 17 }), 'Ring 07700 900123 now')?.edits).toEqual([{ start: 5, end: 17, text: REMOVED }]);
  });

  it('adds the disclaimer after what was written', () => {
    const text = 'The council got this wrong.\n\n';
    expect(fixFor(finding({ rule: 'personal-view-disclaimer', severity: 'warning' }), text)?.edits).toEqual([{ start: 27, end: 27, text: ` ${DISCLAIMER}` }]);
  });

  it('offers nothing for rules without a safe fix', () => {
    expect(fixFor(finding({ rule: 'personal-attack', start: 0, end: 5 }), 'idiot')).toBeUndefined();
  });
});

describe('combineSnapshots', () => {
  it('joins the posts of a thread with shifted offsets', () => {
    const a = { text: 'One 07700 900123', findings: [finding({ start: 4, end: 16 })] };
    const b = { text: 'Two idiot', findings: [finding({ rule: 'personal-attack', start: 4, end: 9 })] };
    const { text, findings } = combineSnapshots([a, b]);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['07700 900123', 'idiot']);
  });
});

describe('singleLine', () => {
  it('turns line breaks into single spaces for editors that cannot take them through insertText', async () => {
    const { singleLine } = await import('../../lib/apply-fix.ts');
    expect(singleLine('\n\nViews my own.')).toBe(' Views my own.');
    expect(singleLine('Views my own.\n\n')).toBe('Views my own. ');
    expect(singleLine('a\nb')).toBe('a b');
  });
});
