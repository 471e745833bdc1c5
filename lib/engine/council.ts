import type { CouncilDetails } from './draft.ts';
import type { Pack } from './pack.ts';

/** The pack as this council has tailored it: its own details replace the pack's where given. */
export function applyCouncilDetails(pack: Pack, details: CouncilDetails | undefined): Pack {
  if (!details) return pack;
  const o = pack.official;
  return {
    ...pack,
    official: {
      ...o,
      emails: details.officialEmails ?? o.emails,
      domains: details.officialDomains ?? o.domains,
      clerkEmail: details.clerkEmail ?? o.clerkEmail,
      websites: details.websites ?? o.websites,
      handles: details.handles ?? o.handles,
      phones: details.phones ?? o.phones,
    },
  };
}
