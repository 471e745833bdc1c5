import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/sites/matches.ts';
import { zodWithoutEval } from './lib/build/zod-without-eval.ts';

/**
 * The extension pages' (options, popup, background) Content Security Policy: only the extension's
 * own scripts, no plugins, and no connections (`connect-src 'none'` blocks fetch, XHR, WebSocket,
 * EventSource and sendBeacon to any web address). Checked by
 * tests/budgets/network.test.ts; the pages are opened under it by tests/e2e/extension-pages.e2e.ts.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Host access is limited to the four composer sites; nothing wider is requested.
export default defineConfig({
  srcDir: '.',
  // PPC_OUT_DIR builds somewhere other than .output/ (so a check can build while another run reads
  // .output/). The budget tests and `npm run size` read it too; the e2e harness takes extensionDir.
  outDir: process.env.PPC_OUT_DIR || '.output',
  // Explicit imports everywhere: the engine must not pick up browser globals by accident.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // No code generation at run time (zod's JIT), and no modulepreload polyfill (it would fetch).
  vite: () => ({ plugins: [zodWithoutEval()], build: { modulePreload: { polyfill: false } } }),
  zip: {
    // Firefox's sources archive (for add-on review): the code and the build set-up, not build output.
    excludeSources: ['.output/**', 'tests/e2e/fixtures/dist/**', 'tests/e2e/artifacts/**', 'coverage/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: 'Parish Post Check',
    description:
      "Checks posts and emails against your parish council's social media policy as you write. Nothing leaves your browser.",
    permissions: ['storage'],
    // The composer sites only (the content script's matches): the popup reads the active tab's
    // address to know which site it is on, which needs host access and not the "tabs" permission.
    host_permissions: [...CONTENT_MATCHES],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // A council's IT can push settings through policy (storage.managed): Chrome and Edge read the
    // schema below; Firefox reads policies.json keyed by this id. See README, "Deploying to a whole council".
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parish-post-check@parish-post-check.invalid',
              // Firefox's data-collection consent: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
