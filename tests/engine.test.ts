import { describe, expect, it } from 'vitest';
import { createChecker as createCheckerWith } from '../lib/engine/checker.ts';
import { createChecker, DraftSchema } from '../lib/engine/index.ts';
import { phraseMatcher } from '../lib/engine/phrases.ts';
import { findQuoted } from '../lib/engine/quoted.ts';
import { defineRule } from '../lib/engine/rule.ts';
import { MAX_SENTENCE_LENGTH, segment } from '../lib/engine/segment.ts';
import { ALL_RULES_PACK } from './helpers/rule-tester.ts';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  it('splits sentences and keeps offsets exact', () => {
    const text = 'The hall is open.  Cllr. Smith will attend! Is it 7.30pm? Yes. e.g. tomorrow';
    const sentences = segment(text);
    expect(sentences.map((s) => s.text)).toEqual(['The hall is open.', 'Cllr. Smith will attend!', 'Is it 7.30pm?', 'Yes. e.g. tomorrow']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence at every newline and skips blank lines', () => {
    expect(texts('Dear Sarah,\n\nThanks for this\nRegards')).toEqual(['Dear Sarah,', 'Thanks for this', 'Regards']);
  });

  it('keeps initials and abbreviations together', () => {
    expect(texts('Ask J. Smith at St. Mary’s. Then go.')).toEqual(['Ask J. Smith at St. Mary’s.', 'Then go.']);
  });

  it('caps over-long pieces without splitting a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE_LENGTH);
    const pieces = segment(text);
    expect(pieces.every((p) => p.text.length <= MAX_SENTENCE_LENGTH)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.every((p) => !/^[\uDC00-\uDFFF]/.test(p.text))).toBe(true);
  });

  it('marks sentences inside quoted ranges', () => {
    const text = 'Fine by me.\nOn Tue, 4 Mar 2027 at 09:12, Jane <j@example.org> wrote:\n> The bins are late.';
    const sentences = segment(text, findQuoted(text));
    expect(sentences.map((s) => s.quoted)).toEqual([false, true, true]);
  });
});

describe('findQuoted', () => {
  it('finds a Gmail trail, including a wrapped "wrote:" line', () => {
    const text = 'Agreed.\n\nOn Tue, 4 Mar 2027 at 09:12, Jane Smith <jane@example.org>\nwrote:\n> Hello';
    const [q] = findQuoted(text);
    expect(q?.marker).toBe('wrote');
    expect(text.slice(q!.start, q!.markerEnd)).toBe('On Tue, 4 Mar 2027 at 09:12, Jane Smith <jane@example.org>\nwrote:');
    expect(q!.end).toBe(text.length);
  });

  it('finds an Outlook header block and an Original Message line', () => {
    const outlook = 'Thanks\n\nFrom: Jane Smith <jane@example.org>\nSent: 04 March 2027 09:12\nTo: Clerk\nSubject: Bins\n\nHello';
    expect(findQuoted(outlook)[0]?.marker).toBe('header');
    expect(findQuoted('Ok\n-----Original Message-----\nFrom: x')[0]?.marker).toBe('original-message');
  });

  it('treats a run of > lines as one quote and leaves ordinary From: lines alone', () => {
    const text = 'See below.\n> one\n> two\nMy reply.\nFrom: the clerk, with thanks.';
    const ranges = findQuoted(text);
    expect(ranges).toHaveLength(1);
    expect(text.slice(ranges[0]!.start, ranges[0]!.end)).toBe('> one\n> two');
  });
});

describe('phraseMatcher', () => {
  it('matches whole words only (Scunthorpe-safe)', () => {
    const m = phraseMatcher(['ass', 'sex', 'cock', 'tit']);
    for (const clean of ['Scunthorpe', 'Middlesex', 'Essex', 'assessment', 'classic', 'Cockermouth', 'Penistone', 'title']) {
      expect(m.find(clean), clean).toEqual([]);
    }
    expect(m.find('what an ass.')).toEqual([{ start: 8, end: 11, text: 'ass' }]);
  });

  it('matches multi-word phrases across any whitespace and both apostrophes', () => {
    const m = phraseMatcher(["don't understand"]);
    expect(m.find('you clearly don’t\nunderstand')).toHaveLength(1);
  });
});

const countingRule = (calls: { n: number }) =>
  defineRule({
    meta: { id: 'threat', category: 'conduct', description: 'test rule', defaultSeverity: 'error', messages: { m: 'found {{w}}' } },
    checkSentence({ sentence }) {
      calls.n++;
      const at = sentence.text.indexOf('bad');
      return at === -1 ? [] : [{ messageId: 'm', start: at, end: at + 3, data: { w: 'bad' } }];
    },
  });

describe('checker', () => {
  const base = { pack: 'bottisham', channel: 'facebook', capacity: 'personal', role: 'councillor', now: '2027-04-20' } as const;

  it('reuses per-sentence work across checks', () => {
    const calls = { n: 0 };
    const checker = createCheckerWith({ pack: ALL_RULES_PACK, rules: [countingRule(calls)] });
    const sentences = Array.from({ length: 50 }, (_, i) => `Sentence number ${i} is fine.`);
    checker.check({ ...base, text: sentences.join(' ') });
    expect(calls.n).toBe(50);
    sentences[20] = 'Sentence number 20 is bad.';
    const findings = checker.check({ ...base, text: sentences.join(' ') });
    expect(calls.n).toBe(51);
    expect(checker.lastFreshSentences).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('Bottisham policy §4, §5: found bad');
  });

  it('starts afresh when the context changes', () => {
    const calls = { n: 0 };
    const checker = createCheckerWith({ pack: ALL_RULES_PACK, rules: [countingRule(calls)] });
    checker.check({ ...base, text: 'One. Two.' });
    checker.check({ ...base, capacity: 'council', text: 'One. Two.' });
    expect(calls.n).toBe(4);
  });

  it('keeps going when a rule throws, and reports it', () => {
    const errors: string[] = [];
    const broken = defineRule({ meta: { id: 'threat', category: 'conduct', description: 'x', defaultSeverity: 'error', messages: { m: 'm' } }, checkSentence: () => { throw new Error('boom'); } });
    const checker = createCheckerWith({ pack: ALL_RULES_PACK, rules: [broken, countingRule({ n: 0 })], onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
    expect(checker.check({ ...base, text: 'a bad day' })).toHaveLength(1);
    expect(errors).toEqual(['threat: boom']);
  });

  it('applies severity overrides and switches rules off from settings', () => {
    const rule = countingRule({ n: 0 });
    const regraded = createCheckerWith({ pack: ALL_RULES_PACK, rules: [rule], settings: { rules: { threat: { severity: 'info' } } } });
    expect(regraded.check({ ...base, text: 'bad' })[0]!.severity).toBe('info');
    const off = createCheckerWith({ pack: ALL_RULES_PACK, rules: [rule], settings: { rules: { threat: { enabled: false } } } });
    expect(off.check({ ...base, text: 'bad' })).toEqual([]);
  });

  it('gives the same result sliced as in one go', async () => {
    const checker = createChecker({ pack: 'bottisham' });
    const text = 'Call Jane on 07700 900123. She lives at 14 Mill Road. '.repeat(30);
    const whole = checker.check({ ...base, text });
    const fresh = createChecker({ pack: 'bottisham' });
    const sliced = await fresh.checkInSlices({ ...base, text }, { budgetMs: 0, yieldToPage: () => Promise.resolve() });
    expect(sliced).toEqual(whole);
  });

  it('refuses a draft for another pack, and an invalid draft, with the field named', () => {
    const checker = createChecker({ pack: 'croft' });
    expect(() => checker.check({ ...base, text: 'x' })).toThrow(/holds pack "croft"/);
    expect(DraftSchema.safeParse({ ...base, channel: 'fax', text: 'x' }).error?.issues[0]?.path).toEqual(['channel']);
  });

  it('returns plain, serialisable findings', () => {
    const findings = createChecker({ pack: 'bottisham' }).check({ ...base, text: 'Ring me on 07700 900123 about 14 Mill Road.' });
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });
});
