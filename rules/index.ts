import type { RuleModule } from '../lib/engine/rule.ts';
import type { RuleId } from '../lib/engine/rule-ids.ts';
import residentAddress from './resident-address/rule.ts';
import phoneNumber from './phone-number/rule.ts';
import emailAddress from './email-address/rule.ts';
import namedPerson from './named-person/rule.ts';
import specialCategory from './special-category/rule.ts';
import idNumber from './id-number/rule.ts';
import childImage from './child-image/rule.ts';
import speakingForCouncil from './speaking-for-council/rule.ts';
import committingCouncil from './committing-council/rule.ts';
import councilIdentityInPersonal from './council-identity-in-personal/rule.ts';
import personalViewDisclaimer from './personal-view-disclaimer/rule.ts';
import unauthorisedOfficialChannel from './unauthorised-official-channel/rule.ts';
import confidentialMatter from './confidential-matter/rule.ts';
import sensitiveMatter from './sensitive-matter/rule.ts';
import pendingDecision from './pending-decision/rule.ts';
import offensiveLanguage from './offensive-language/rule.ts';
import personalAttack from './personal-attack/rule.ts';
import discriminatoryLanguage from './discriminatory-language/rule.ts';
import defamationRisk from './defamation-risk/rule.ts';
import threat from './threat/rule.ts';
import heatedTone from './heated-tone/rule.ts';
import grievanceInPublic from './grievance-in-public/rule.ts';
import partyPolitical from './party-political/rule.ts';
import preElectionPeriod from './pre-election-period/rule.ts';
import commercialPromotion from './commercial-promotion/rule.ts';
import copyrightRisk from './copyright-risk/rule.ts';
import replyAll from './reply-all/rule.ts';
import emailTrail from './email-trail/rule.ts';
import externalForward from './external-forward/rule.ts';
import clerkNotCopied from './clerk-not-copied/rule.ts';
import exposedRecipients from './exposed-recipients/rule.ts';
import missingSignature from './missing-signature/rule.ts';
import unofficialAddress from './unofficial-address/rule.ts';

/** Every rule, in catalogue order. A pack decides which of them run. */
export const RULES: readonly RuleModule[] = [
  residentAddress,
  phoneNumber,
  emailAddress,
  namedPerson,
  specialCategory,
  idNumber,
  childImage,
  speakingForCouncil,
  committingCouncil,
  councilIdentityInPersonal,
  personalViewDisclaimer,
  unauthorisedOfficialChannel,
  confidentialMatter,
  sensitiveMatter,
  pendingDecision,
  offensiveLanguage,
  personalAttack,
  discriminatoryLanguage,
  defamationRisk,
  threat,
  heatedTone,
  grievanceInPublic,
  partyPolitical,
  preElectionPeriod,
  commercialPromotion,
  copyrightRisk,
  replyAll,
  emailTrail,
  externalForward,
  clerkNotCopied,
  exposedRecipients,
  missingSignature,
  unofficialAddress,
];

export const RULES_BY_ID: ReadonlyMap<RuleId, RuleModule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
