import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, BUILTIN_PACK_IDS, createChecker, parsePack, RULE_IDS, type RuleId } from '../lib/engine/index.ts';

// Which rules each pack enables, as shared/notes/rule-catalogue.md lists them.
const PRIVACY: RuleId[] = ['resident-address', 'phone-number', 'email-address', 'named-person', 'special-category', 'id-number', 'child-image'];
const CONDUCT5: RuleId[] = ['offensive-language', 'personal-attack', 'discriminatory-language', 'defamation-risk', 'threat'];
const CATALOGUE: Record<string, RuleId[]> = {
  bottisham: [...PRIVACY, 'speaking-for-council', 'council-identity-in-personal', 'confidential-matter', ...CONDUCT5, 'heated-tone', 'party-political', 'commercial-promotion', 'copyright-risk', 'reply-all', 'email-trail', 'external-forward', 'clerk-not-copied', 'missing-signature', 'unauthorised-official-channel'],
  croft: [...PRIVACY, 'speaking-for-council', 'confidential-matter', ...CONDUCT5, 'heated-tone', 'party-political', 'commercial-promotion', 'copyright-risk', 'reply-all', 'email-trail', 'external-forward', 'clerk-not-copied', 'unofficial-address', 'unauthorised-official-channel'],
  withyham: [...PRIVACY.filter((r) => r !== 'child-image'), 'speaking-for-council', 'committing-council', 'personal-view-disclaimer', 'confidential-matter', ...CONDUCT5, 'party-political', 'commercial-promotion', 'copyright-risk', 'unauthorised-official-channel', 'unofficial-address', 'exposed-recipients', 'external-forward'],
  pitstone: [...PRIVACY, 'speaking-for-council', 'committing-council', 'personal-view-disclaimer', 'confidential-matter', 'sensitive-matter', 'external-forward', ...CONDUCT5, 'party-political', 'commercial-promotion', 'heated-tone', 'unauthorised-official-channel', 'unofficial-address', 'pre-election-period'],
  'collier-street': [...PRIVACY, 'speaking-for-council', 'confidential-matter', 'pending-decision', ...CONDUCT5, 'grievance-in-public', 'council-identity-in-personal', 'unauthorised-official-channel'],
};

describe('council packs', () => {
  it('loads all five', () => {
    expect(Object.keys(BUILTIN_PACKS).sort()).toEqual([...BUILTIN_PACK_IDS].sort());
  });

  for (const id of BUILTIN_PACK_IDS) {
    it(`${id} enables exactly the catalogue's rules, each with a clause`, () => {
      const pack = BUILTIN_PACKS[id];
      expect(Object.keys(pack.rules).sort()).toEqual([...CATALOGUE[id]!].sort());
      for (const rule of Object.values(pack.rules)) {
        expect(rule!.clause.ref).toMatch(/\S/);
        expect(rule!.clause.summary.length).toBeGreaterThan(20);
      }
      expect(pack.policy.title).toMatch(/\S/);
      expect(pack.policy.date).toMatch(/\S/);
    });
  }

  it('carries the official details the policies give', () => {
    expect(BUILTIN_PACKS.croft.official.emails).toEqual(['croftparishclerk@gmail.com']);
    expect(BUILTIN_PACKS.croft.official.domains).not.toContain('gmail.com');
    expect(BUILTIN_PACKS.pitstone.official.handles).toEqual(['@pitstone_pc']);
    expect(BUILTIN_PACKS.pitstone.official.clerkEmail).toBe('parishclerk@pitstone.co.uk');
    expect(BUILTIN_PACKS.bottisham.official.clerkEmail).toBe('clerk@bottisham-pc.gov.uk');
    expect(BUILTIN_PACKS.bottisham.signature?.required).toBe(true);
    expect(BUILTIN_PACKS.bottisham.signature?.statements).toHaveLength(3);
    expect(BUILTIN_PACKS['collier-street'].officialPosterRoles.sort()).toEqual(['chair', 'clerk']);
    expect(BUILTIN_PACKS.withyham.officialPosterRoles.sort()).toEqual(['clerk', 'staff']);
  });

  it('rejects an unknown key, naming its path', () => {
    const bad = { ...BUILTIN_PACKS.croft, colour: 'blue' };
    expect(() => parsePack('bad.json', bad)).toThrow(/unknown key "colour"/);
    const badRule = structuredClone(BUILTIN_PACKS.croft) as Record<string, unknown> & { rules: Record<string, unknown> };
    badRule.rules['named-person'] = { severity: 'error', clause: { ref: '§2', summary: 'x', note: 'y' } };
    expect(() => parsePack('bad.json', badRule)).toThrow(/rules\.named-person\.clause: unknown key "note"/);
  });

  it('names the path and the allowed values of a bad severity', () => {
    const bad = structuredClone(BUILTIN_PACKS.croft) as { rules: Record<string, { severity: string }> };
    bad.rules['named-person']!.severity = 'fatal';
    expect(() => parsePack('bad.json', bad)).toThrow('rules.named-person.severity: expected one of error, warning, info');
  });

  it("checks each rule option against the rule's own schema", () => {
    const bad = structuredClone(BUILTIN_PACKS.withyham) as { rules: Record<string, { options?: unknown }> };
    bad.rules['unofficial-address']!.options = { scope: 'everyone' };
    expect(() => parsePack('bad.json', bad)).toThrow('rules.unofficial-address.options.scope: expected one of official-business, all-council-business');
    bad.rules['threat']!.options = { strict: true };
    expect(() => parsePack('bad.json', bad)).toThrow('rules.threat.options: this rule takes no options');
    expect(BUILTIN_PACKS.withyham.rules['unofficial-address']?.options).toEqual({ scope: 'all-council-business' });
  });

  it('rejects a rule id that is not in the catalogue', () => {
    const bad = structuredClone(BUILTIN_PACKS.croft) as { rules: Record<string, unknown> };
    bad.rules['no-such-rule'] = bad.rules['threat'];
    expect(() => parsePack('bad.json', bad)).toThrow(/no-such-rule/);
  });

  it('never runs a rule the pack does not enable', () => {
    const nasty = [
      'The council will definitely fund the new swings, I guarantee it. I think the precept rise is wrong.',
      'I will vote against the Mill Lane application next week whatever anyone says.',
      'Honestly the clerk is useless and I am fed up with how this council treats me!!!',
      'Photo of the pupils at 14 Mill Road, call 07700 900123 or email jane.smith@gmail.com',
    ];
    for (const id of BUILTIN_PACK_IDS) {
      const checker = createChecker({ pack: id });
      for (const text of nasty) {
        for (const channel of ['facebook', 'email'] as const) {
          for (const capacity of ['council', 'personal'] as const) {
            const findings = checker.check({ pack: id, channel, capacity, role: 'councillor', text, now: '2027-04-20', attachments: [{ kind: 'image', name: 'a.jpg' }], email: { from: 'someone@gmail.com', to: ['a@example.org', 'b@example.org'], replyAll: true } });
            for (const f of findings) expect(CATALOGUE[id], `${id} fired ${f.rule}`).toContain(f.rule);
          }
        }
      }
    }
    expect(RULE_IDS.length).toBe(33);
  });
});
