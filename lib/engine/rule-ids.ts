// The contract's rule ids (shared/notes/rule-catalogue.md). Packs, settings, the CLI and the
// options page all key on these, so they are fixed here once.
export const RULE_IDS = [
  // privacy
  'resident-address',
  'phone-number',
  'email-address',
  'named-person',
  'special-category',
  'id-number',
  'child-image',
  // capacity
  'speaking-for-council',
  'committing-council',
  'council-identity-in-personal',
  'personal-view-disclaimer',
  'unauthorised-official-channel',
  // confidentiality
  'confidential-matter',
  'sensitive-matter',
  'pending-decision',
  // conduct
  'offensive-language',
  'personal-attack',
  'discriminatory-language',
  'defamation-risk',
  'threat',
  'heated-tone',
  'grievance-in-public',
  // political, commercial, copyright
  'party-political',
  'pre-election-period',
  'commercial-promotion',
  'copyright-risk',
  // email
  'reply-all',
  'email-trail',
  'external-forward',
  'clerk-not-copied',
  'exposed-recipients',
  'missing-signature',
  'unofficial-address',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const RULE_CATEGORIES = [
  'privacy',
  'capacity',
  'confidentiality',
  'conduct',
  'political',
  'email',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
