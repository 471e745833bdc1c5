// Which of the four sites a tab's address belongs to, by the same hosts the content script matches.
import { CONTENT_MATCHES } from '../../lib/sites/matches.ts';
import type { SiteId } from '../../lib/settings/schema.ts';

const HOST_SITE: Record<string, SiteId> = {};
for (const pattern of CONTENT_MATCHES) {
  const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
  if (!host) continue;
  HOST_SITE[host] = host.endsWith('facebook.com') ? 'facebook' : host.endsWith('x.com') || host.endsWith('twitter.com') ? 'x' : host === 'mail.google.com' ? 'gmail' : 'outlook';
}

export function siteForUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' ? (HOST_SITE[hostname] ?? null) : null;
  } catch {
    return null;
  }
}
