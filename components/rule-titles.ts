import type { RuleId } from '../lib/engine/rule-ids.ts';

/**
 * Short, plain headings for each rule, as a councillor would name the problem. The rules'
 * own descriptions are written for the rule reference and are too long for a card heading.
 * Typed as a full record so a new rule cannot ship without one.
 */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'resident-address': 'Someone’s home address',
  'phone-number': 'Someone’s phone number',
  'email-address': 'Someone’s email address',
  'named-person': 'A private person named',
  'special-category': 'Sensitive personal information',
  'id-number': 'An ID or account number',
  'child-image': 'A picture of children',
  'speaking-for-council': 'Speaking for the council',
  'committing-council': 'Committing the council',
  'council-identity-in-personal': 'Council details in a personal post',
  'personal-view-disclaimer': 'No “views my own” note',
  'unauthorised-official-channel': 'Posting as the council',
  'confidential-matter': 'Confidential council business',
  'sensitive-matter': 'A sensitive matter',
  'pending-decision': 'A decision not yet made',
  'offensive-language': 'Offensive language',
  'personal-attack': 'A personal attack',
  'discriminatory-language': 'Discriminatory language',
  'defamation-risk': 'Risk of defamation',
  threat: 'Threatening words',
  'heated-tone': 'A heated tone',
  'grievance-in-public': 'A complaint aired in public',
  'party-political': 'Party politics',
  'pre-election-period': 'Pre-election period',
  'commercial-promotion': 'Promoting a business',
  'copyright-risk': 'Someone else’s content',
  'reply-all': 'Reply to all',
  'email-trail': 'Earlier messages still quoted',
  'external-forward': 'Forwarding outside the council',
  'clerk-not-copied': 'The clerk is not copied in',
  'exposed-recipients': 'Recipients can see each other',
  'missing-signature': 'Council signature missing',
  'unofficial-address': 'Sent from a personal address',
};
