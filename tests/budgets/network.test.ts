// Budget: no network, by construction. The extension pages' CSP says connect-src 'none', and the
// built bundles of each browser contain no network API and no remote address (apart from the
// commented allow-list in network.ts, each entry of which must still be needed).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readManifest, TARGETS } from './built.ts';
import { ALLOWED, cspProblems, extensionPagesCsp, scanBundle, type AllowedUse } from './network.ts';

const usedAnywhere = new Set<AllowedUse>();

describe.each(TARGETS)('the $browser build', ({ dir }) => {
  it("gives the extension pages a CSP with connect-src 'none'", () => {
    const manifest = readManifest(dir);
    expect(cspProblems(manifest)).toEqual([]);
    expect(extensionPagesCsp(manifest)).toContain("connect-src 'none'");
  });

  it('ships no network API and no remote address', () => {
    const { findings, used } = scanBundle(dir);
    for (const a of used) usedAnywhere.add(a);
    expect(findings).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('has no entry that the builds no longer need', () => {
    const stale = ALLOWED.filter((a) => !usedAnywhere.has(a)).map((a) => `${a.kind} ${a.pattern}`);
    expect(stale).toEqual([]);
  });
});

describe('the check can fail', () => {
  const broken = join(FIXTURES, 'broken-bundle');

  it('on a CSP that allows connections and remote scripts', () => {
    expect(cspProblems(readManifest(broken))).toEqual([
      "connect-src: https://collect.example.com; expected 'none'",
      'script-src: https://cdn.example.com is not allowed (only \'self\')',
      'script-src: remote source https://cdn.example.com is not allowed',
      'connect-src: remote source https://collect.example.com is not allowed',
    ]);
    expect(cspProblems({ manifest_version: 3 })).toEqual(['content_security_policy: missing (the browser default allows connections)']);
    expect(cspProblems({ manifest_version: 2, content_security_policy: "default-src 'none'; script-src 'self'" })).toEqual([]);
  });

  it('on a bundle that uses every network API and names remote addresses', () => {
    const { findings } = scanBundle(broken);
    const seen = findings.map((f) => `${f.file}: ${f.kind} ${f.text}`).sort();
    expect(seen).toEqual(
      [
        'background.js: api RTCPeerConnection',
        'background.js: api importScripts',
        'background.js: url https://cdn.example.com/engine.js',
        'content-scripts/content.js: api EventSource',
        'content-scripts/content.js: api WebSocket',
        'content-scripts/content.js: api WebTransport',
        'content-scripts/content.js: api XMLHttpRequest',
        'content-scripts/content.js: api fetch',
        'content-scripts/content.js: api sendBeacon',
        'content-scripts/content.js: url http://collect.example.com/x',
        'content-scripts/content.js: url https://collect.example.com/drafts',
        'content-scripts/content.js: url https://collect.example.com:4433/wt',
        'content-scripts/content.js: url wss://collect.example.com/live',
        'options.html: url https://cdn.example.com/analytics.js',
      ].sort(),
    );
  });
});
