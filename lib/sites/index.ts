import { facebook } from './facebook.ts';
import { gmail } from './gmail.ts';
import { outlook } from './outlook.ts';
import type { SiteAdapter } from './types.ts';
import { x } from './x.ts';

export type { SiteAdapter, EmailContext, Trail } from './types.ts';

/** The adapter for a host name, or null on any other site. */
export function adapterFor(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase();
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return facebook;
  if (['x.com', 'mobile.x.com', 'twitter.com', 'mobile.twitter.com'].includes(host)) return x;
  if (host === 'mail.google.com') return gmail;
  if (['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'].includes(host)) return outlook;
  return null;
}
