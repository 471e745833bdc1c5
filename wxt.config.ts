import { defineConfig } from 'wxt';

// Host access is limited to the four composer sites; nothing wider is requested.
export default defineConfig({
  srcDir: '.',
  // Explicit imports everywhere: the engine must not pick up browser globals by accident.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Parish Post Check',
    description:
      "Checks posts and emails against your parish council's social media policy as you write. Nothing leaves your browser.",
    permissions: ['storage'],
    // A council's IT can push settings through policy (storage.managed): Chrome and Edge read the
    // schema below; Firefox reads policies.json keyed by this id. See README, "Deploying to a whole council".
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parish-post-check@parish-post-check.invalid' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
