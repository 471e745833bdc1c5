import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK_IDS, createChecker, type DraftInput } from '../lib/engine/index.ts';

// CI runs 1,000 cases per property; a quick local run can lower it with PROPERTY_RUNS.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const FRAGMENTS = [
  '14 Mill Road', 'CB25 9DL', '07700 900123', '+44 1632 960123', 'jane.smith@gmail.com', 'QQ 12 34 56 C', '943 476 5919',
  'Cllr Jane Smith', 'Mrs Jones', 'on behalf of the council', 'the council will fix it', 'Part 2', 'confidential',
  'idiot', 'f***', 'VERY ANGRY INDEED', '!!!', '???', 'vote Labour', '20% off', '©', 'image from Google',
  'On Tue, 4 Mar 2027, Jane wrote:', '\n> quoted line', '-----Original Message-----', 'From: a\nSent: b\nTo: c\nSubject: d',
  'Views my own.', 'I think the precept is wrong.', 'www.pitstone.co.uk', '@pitstone_pc', 'photo of the pupils',
];
const SPECIALS = ['\uD800', '\uDFFF', '\u200B', '\u200D', '\u202E', '\uFEFF', 'שלום', 'مرحبا', '👨‍👩‍👧', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', 'é', '\r\n', '\n', '.', ' ', '\t', 'İ'];

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...SPECIALS),
  fc.constantFrom(...FRAGMENTS),
);
const textArb = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));

const draftArb = fc.record({
  pack: fc.constantFrom(...BUILTIN_PACK_IDS),
  channel: fc.constantFrom('facebook', 'x', 'email'),
  capacity: fc.constantFrom('council', 'personal'),
  role: fc.constantFrom('councillor', 'clerk', 'chair', 'staff'),
  text: textArb,
  attachments: fc.constantFrom([], [{ kind: 'image' as const, name: 'p.jpg' }]),
  email: fc.constant({ from: 'me@gmail.com', to: ['a@example.org', 'b@example.org'], cc: [], bcc: [], subject: 'Re: x', replyAll: true, forward: false }),
  now: fc.constant('2027-04-20'),
}) as fc.Arbitrary<DraftInput & { pack: (typeof BUILTIN_PACK_IDS)[number] }>;

function strictChecker(pack: string) {
  return createChecker({
    pack,
    onRuleError: (rule, error) => {
      throw new Error(`rule ${rule} threw: ${String(error)}`);
    },
  });
}

const checkers = new Map(BUILTIN_PACK_IDS.map((id) => [id, strictChecker(id)]));

describe('properties of check', () => {
  it('never throws, and every span lies inside the text', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const findings = checkers.get(draft.pack)!.check(draft);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(draft.text.length);
          for (const e of f.fix?.edits ?? []) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(draft.text.length);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same findings incrementally as a fresh full check', () => {
    fc.assert(
      fc.property(draftArb, textArb, fc.nat(), (draft, insert, at) => {
        const incremental = strictChecker(draft.pack);
        incremental.check(draft);
        const pos = at % (draft.text.length + 1);
        const edited = { ...draft, text: draft.text.slice(0, pos) + insert + draft.text.slice(pos) };
        expect(incremental.check(edited)).toEqual(strictChecker(draft.pack).check(edited));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('odd input finishes in bounded time', () => {
  const base = { pack: 'bottisham', channel: 'facebook', capacity: 'personal', role: 'councillor', now: '2027-04-20' } as const;

  it('1 MB of text', () => {
    const paragraph = 'The parish council met on Tuesday to discuss the allotments, the precept and the new bus shelter on the green. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)).slice(0, 1_000_000);
    const started = performance.now();
    const findings = strictChecker('bottisham').check({ ...base, text });
    expect(Array.isArray(findings)).toBe(true);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('10,000 full stops in a row', () => {
    const started = performance.now();
    strictChecker('bottisham').check({ ...base, text: '.'.repeat(10_000) });
    strictChecker('bottisham').check({ ...base, text: `Hello${'.'.repeat(10_000)} world` });
    strictChecker('bottisham').check({ ...base, text: '. '.repeat(10_000) });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
