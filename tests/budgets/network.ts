// The no-network budget: the extension pages' CSP allows no connections, and the shipped code
// contains no network API and no remote address, apart from the inert strings allowed below.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { filesIn, type Manifest } from './built.ts';

// ---- the extension pages' Content Security Policy -------------------------------------------

/** The directives of a CSP string: name → sources. */
export function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

export function extensionPagesCsp(manifest: Manifest): string | undefined {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

/** What is wrong with the extension pages' CSP; empty when no page can connect anywhere. */
export function cspProblems(manifest: Manifest): string[] {
  const csp = extensionPagesCsp(manifest);
  if (!csp) return ['content_security_policy: missing (the browser default allows connections)'];
  const directives = parseCsp(csp);
  const problems: string[] = [];
  // connect-src falls back to default-src when absent.
  const connect = directives.get('connect-src') ?? directives.get('default-src');
  if (!connect || connect.join(' ') !== "'none'") problems.push(`connect-src: ${connect ? connect.join(' ') : '(not set)'}; expected 'none'`);
  const script = directives.get('script-src') ?? directives.get('default-src') ?? [];
  for (const source of script) if (source !== "'self'") problems.push(`script-src: ${source} is not allowed (only 'self')`);
  const object = directives.get('object-src') ?? directives.get('default-src') ?? [];
  if (!object.every((s) => s === "'none'" || s === "'self'")) problems.push(`object-src: ${object.join(' ')}; expected 'none' or 'self'`);
  for (const [name, sources] of directives) {
    for (const source of sources) if (/^(?:https?:|wss?:|\*)/.test(source)) problems.push(`${name}: remote source ${source} is not allowed`);
  }
  return problems;
}

// ---- the shipped code -------------------------------------------------------------------------

/** Network APIs: any of these in the shipped code fails the budget, unless allowed below. */
export const NETWORK_APIS: { name: string; pattern: RegExp }[] = [
  { name: 'fetch', pattern: /\bfetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'WebTransport', pattern: /\bWebTransport\b/g },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
  { name: 'importScripts', pattern: /\bimportScripts\s*\(/g },
];

/** An address anywhere in the code: scheme, "://", then the rest up to a delimiter. */
const REMOTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]*/gi;

export interface AllowedUse {
  /** For 'url': matched against the whole address. For 'api': against the code around the use (160 characters either side). */
  kind: 'url' | 'api';
  pattern: RegExp;
  /** Why it is inert: read by a reviewer, not by the test. */
  reason: string;
}

/**
 * The explicit allow-list. Each entry must still match something in the build (a stale entry
 * fails the test), so the list stays as short as what actually ships.
 */
export const ALLOWED: AllowedUse[] = [
  // -- addresses that are names, not places to connect to --
  { kind: 'url', pattern: /^http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/, reason: 'XML namespace URIs (React DOM creates SVG and MathML elements with them); never fetched' },
  { kind: 'url', pattern: /^https?:\/\/json-schema\.org\/draft(?:-0[47]|\/2020-12)\/schema#?$/, reason: "zod's toJSONSchema writes these as the $schema identifier; never fetched" },
  { kind: 'url', pattern: /^https:\/\/(?:www\.|m\.|web\.|mobile\.)?(?:facebook\.com|x\.com|twitter\.com)\/\*$|^https:\/\/(?:mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com)\/\*$/, reason: "the content script's match patterns (WXT keeps them in the bundle); compared against location, never fetched" },
  // -- addresses inside error messages of libraries, shown as text --
  { kind: 'url', pattern: /^https:\/\/react\.dev\/errors\/$/, reason: "React's minified error message text: \"visit https://react.dev/errors/N\"" },
  { kind: 'url', pattern: /^https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/API\/Element\/attachShadow#elements_you_can_attach_a_shadow_to$/, reason: '@webext-core/isolated-element: text of the error thrown for a bad custom element name' },
  { kind: 'url', pattern: /^https:\/\/tinyurl\.com\/y2uuvskb$|^http:\/\/bit\.ly\/2kdckMn$/, reason: "Dexie's error message texts (IndexedDB missing; transaction committed too early)" },
  { kind: 'url', pattern: /^http:\/\/\[\$\{\w+\}\]$/, reason: "zod's IPv6 check: new URL(`http://[${address}]`) parses the address; nothing is requested" },
  // -- fetch calls of the extension's own files, in branches the extension never takes --
  {
    kind: 'api',
    pattern: /getURL\(`\/content-scripts\/[\w-]+\.css`\);try\{return await\(await fetch\(\w+\)\)\.text\(\)\}/,
    reason: "WXT's createShadowRootUi loads the entrypoint's CSS from the extension (runtime.getURL) only with cssInjectionMode 'ui'; the content script uses 'manual' and passes its CSS as text",
  },
  {
    kind: 'api',
    pattern: /`url`in \w+\?\w+\.textContent=await fetch\(\w+\.url\)\.then\(\w+=>\w+\.text\(\)\)|`url`in \w+\?await fetch\(\w+\.url\)\.then\(\w+=>\w+\.text\(\)\)/,
    reason: "@webext-core/isolated-element fetches a stylesheet only when given { url }; WXT always passes { textContent }",
  },
];

export interface NetworkFinding {
  file: string;
  kind: 'url' | 'api';
  /** The address, or the API's name. */
  text: string;
  /** The code around it, for the failure message. */
  context: string;
}

const SCANNED = new Set(['.js', '.mjs', '.cjs', '.html', '.htm', '.css', '.json', '.svg']);
const around = (code: string, index: number, length: number, width = 160) => code.slice(Math.max(0, index - width), index + length + width);

/** Every network API use and remote address in a built extension, with the allow-list applied. */
export function scanBundle(dir: string, allowed: readonly AllowedUse[] = ALLOWED): { findings: NetworkFinding[]; used: Set<AllowedUse> } {
  const findings: NetworkFinding[] = [];
  const used = new Set<AllowedUse>();
  for (const file of filesIn(dir)) {
    // The manifest's match patterns are the permissions budget's business.
    if (file === 'manifest.json' || !SCANNED.has(extname(file).toLowerCase())) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(REMOTE_URL)) {
      const url = match[0].replace(/(?<![.,;:])[.,;:]+$/, '');
      const allow = allowed.find((a) => a.kind === 'url' && a.pattern.test(url));
      if (allow) used.add(allow);
      else findings.push({ file, kind: 'url', text: url, context: around(code, match.index, match[0].length, 60) });
    }
    for (const api of NETWORK_APIS) {
      for (const match of code.matchAll(api.pattern)) {
        const context = around(code, match.index, match[0].length);
        const allow = allowed.find((a) => a.kind === 'api' && a.pattern.test(context));
        if (allow) used.add(allow);
        else findings.push({ file, kind: 'api', text: api.name, context: around(code, match.index, match[0].length, 60) });
      }
    }
  }
  return { findings, used };
}
