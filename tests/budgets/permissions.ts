// The permissions budget: the extension asks for `storage` and for the composer sites, nothing else.
import type { Manifest } from './built.ts';

/** The only API permission the extension may ask for. */
export const ALLOWED_PERMISSIONS = ['storage'] as const;

/**
 * The only hosts it may touch: the composers of Facebook, X (and Twitter), Gmail and Outlook, over
 * https, any path. Kept here on its own (not imported from lib/sites/matches.ts), so that widening
 * the content script's matches fails this test.
 */
export const ALLOWED_HOSTS = [
  'facebook.com',
  'www.facebook.com',
  'm.facebook.com',
  'web.facebook.com',
  'x.com',
  'mobile.x.com',
  'twitter.com',
  'mobile.twitter.com',
  'mail.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
] as const;
export const ALLOWED_MATCH_PATTERNS: readonly string[] = ALLOWED_HOSTS.map((host) => `https://${host}/*`);

/** Never, whatever else changes. Listed so the failure message says why. */
export const FORBIDDEN = ['<all_urls>', 'tabs', 'scripting', 'webRequest', 'webRequestBlocking', 'unlimitedStorage', 'activeTab', 'cookies', 'history', 'nativeMessaging', 'declarativeNetRequest', 'debugger', 'management', 'downloads', 'clipboardRead'];

/** Manifest keys that would give web pages or other extensions a way in. */
const FORBIDDEN_KEYS = ['externally_connectable', 'chrome_url_overrides', 'devtools_page', 'sandbox', 'update_url', 'oauth2', 'key'];

/** Every way in which a manifest asks for more than it may; empty when it is within budget. */
export function permissionProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  const describe = (value: string) => (FORBIDDEN.includes(value) || /^(?:\*|https?|wss?|file|ftp):\/\/\*(?:\/|$)/.test(value) ? `${value} (forbidden)` : value);

  const permissions = manifest.permissions ?? [];
  for (const p of permissions) {
    if (ALLOWED_PERMISSIONS.includes(p as (typeof ALLOWED_PERMISSIONS)[number])) continue;
    // An MV2 manifest lists host permissions among its permissions.
    if (manifest.manifest_version === 2 && ALLOWED_MATCH_PATTERNS.includes(p)) continue;
    problems.push(`permissions: ${describe(p)} is not allowed`);
  }
  for (const p of ALLOWED_PERMISSIONS) if (!permissions.includes(p)) problems.push(`permissions: ${p} is missing`);
  for (const p of manifest.optional_permissions ?? []) problems.push(`optional_permissions: ${describe(p)} is not allowed (no optional permissions)`);
  for (const p of manifest.optional_host_permissions ?? []) problems.push(`optional_host_permissions: ${describe(p)} is not allowed`);
  for (const p of manifest.host_permissions ?? []) if (!ALLOWED_MATCH_PATTERNS.includes(p)) problems.push(`host_permissions: ${describe(p)} is not a composer site`);

  (manifest.content_scripts ?? []).forEach((cs, i) => {
    if (!cs.matches?.length) problems.push(`content_scripts.${i}.matches: empty`);
    for (const m of cs.matches ?? []) if (!ALLOWED_MATCH_PATTERNS.includes(m)) problems.push(`content_scripts.${i}.matches: ${describe(m)} is not a composer site`);
    for (const key of ['include_globs', 'match_origin_as_fallback'] as const) if (key in cs) problems.push(`content_scripts.${i}.${key}: not allowed (it widens where the script runs)`);
  });

  (manifest.web_accessible_resources ?? []).forEach((war, i) => {
    if (typeof war === 'string') {
      // MV2 (Firefox): a resource listed here is reachable from any page. Only the lazily loaded
      // content-script chunks may be listed.
      if (!/^content-scripts\/[\w.-]+\.js$/.test(war)) problems.push(`web_accessible_resources.${i}: ${war} is not a content-script chunk`);
      return;
    }
    if (war.extension_ids?.length) problems.push(`web_accessible_resources.${i}.extension_ids: not allowed`);
    for (const m of war.matches ?? []) if (!ALLOWED_MATCH_PATTERNS.includes(m)) problems.push(`web_accessible_resources.${i}.matches: ${describe(m)} is not a composer site`);
  });

  for (const key of FORBIDDEN_KEYS) if (key in manifest) problems.push(`${key}: not allowed`);
  return problems;
}
