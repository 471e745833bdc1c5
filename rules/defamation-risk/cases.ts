import type { RuleCases } from '../../lib/engine/rule-cases.ts';

export default {
  valid: [
    'Police are investigating whether money was taken from the allotment fund.',
    'I don’t believe the clerk lied; the figures were simply out of date.',
    'The alleged fraud at the district council is being looked into by auditors.',
    'Beware of a fraud involving fake council tax calls: hang up and ring us.',
    'Thieves stole the mower from the pavilion; police are appealing for information.',
    'Someone stole the lead from the church roof overnight.',
    'The children’s choir stole the show at the Christmas market.',
    'The council has forged strong links with the primary school.',
    'The railings by the pond are bent and will be replaced.',
    'The minutes were taken by the clerk and approved on Tuesday.',
    'If the contractor overcharged us, the auditor will tell us.',
    'The car park charges are a rip-off, and we are asking the district council to review them.',
    'Cllr Smith is not a liar and I will not have him called one.',
    'Was the clerk dishonest? No, and the audit says so.',
    'They rigged up fairy lights for the Christmas market.',
  ],
  invalid: [
    { text: 'The contractor is a fraud.', errors: [{ span: 'fraud', message: 'allegation of wrongdoing' }] },
    { text: 'The clerk lied to the meeting about the overspend.', errors: [{ span: 'lied to' }] },
    { text: 'The treasurer has been fiddling the accounts for years.', errors: [{ span: 'fiddling the accounts' }] },
    { text: 'The chair took bribes from the developer.', errors: [{ span: 'took bribes' }] },
    { text: 'The contractor is ripping us off.', errors: [{ span: 'ripping us off' }] },
    { text: 'Everyone knows the council is corrupt.', errors: [{ span: 'corrupt' }] },
    { text: 'Bottisham Builders Ltd are cowboys and Cllr Dean is in the developer’s pocket.', errors: [{ span: 'cowboys' }, { span: 'in the developer’s pocket' }] },
    { text: 'He stole money from the allotment fund.', errors: [{ span: 'stole' }] },
    { text: 'The money was stolen by the treasurer.', errors: [{ span: 'stolen' }] },
    { text: 'The clerk’s lies have cost us thousands.', errors: [{ span: 'lies' }] },
  ],
} satisfies RuleCases;
