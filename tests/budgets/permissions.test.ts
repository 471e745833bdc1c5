// Budget: the built manifest of each browser asks for `storage` and host access to the composer
// sites only. No <all_urls>, tabs, scripting, webRequest or unlimitedStorage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readManifest, TARGETS, type Manifest } from './built.ts';
import { ALLOWED_MATCH_PATTERNS, permissionProblems } from './permissions.ts';

const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Manifest;

describe.each(TARGETS)('the $browser build', ({ dir }) => {
  const manifest = readManifest(dir);

  it('asks for storage and the composer sites, nothing else', () => {
    expect(permissionProblems(manifest)).toEqual([]);
    expect(manifest.permissions?.filter((p) => !p.includes('://'))).toEqual(['storage']);
  });

  it('runs its content script on exactly the composer sites', () => {
    const matches = new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
    expect([...matches].sort()).toEqual([...ALLOWED_MATCH_PATTERNS].sort());
  });
});

describe('the check can fail', () => {
  it('on a deliberately over-permissioned MV3 manifest, naming each problem', () => {
    expect(permissionProblems(fixture('broken-manifest.json'))).toEqual([
      'permissions: tabs (forbidden) is not allowed',
      'permissions: scripting (forbidden) is not allowed',
      'permissions: webRequest (forbidden) is not allowed',
      'permissions: unlimitedStorage (forbidden) is not allowed',
      'optional_permissions: history (forbidden) is not allowed (no optional permissions)',
      'host_permissions: <all_urls> (forbidden) is not a composer site',
      'host_permissions: https://*.google.com/* is not a composer site',
      'content_scripts.0.matches: *://*/* (forbidden) is not a composer site',
      'web_accessible_resources.0.matches: <all_urls> (forbidden) is not a composer site',
      'externally_connectable: not allowed',
    ]);
  });

  it('on a deliberately over-permissioned MV2 manifest', () => {
    expect(permissionProblems(fixture('broken-manifest-mv2.json'))).toEqual([
      'permissions: http://*/* (forbidden) is not allowed',
      'permissions: webRequestBlocking (forbidden) is not allowed',
      'permissions: storage is missing',
      'web_accessible_resources.0: options.html is not a content-script chunk',
    ]);
  });

  it('on one extra permission or one extra host added to the real manifest', () => {
    const real = readManifest(TARGETS[0].dir);
    expect(permissionProblems({ ...real, permissions: [...(real.permissions ?? []), 'unlimitedStorage'] })).toEqual(['permissions: unlimitedStorage (forbidden) is not allowed']);
    const wider = structuredClone(real);
    wider.content_scripts![0]!.matches!.push('https://www.google.com/*');
    expect(permissionProblems(wider)).toEqual(['content_scripts.0.matches: https://www.google.com/* is not a composer site']);
  });
});
