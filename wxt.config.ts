import { defineConfig } from 'wxt';

// Host access is limited to the four composer sites; nothing wider is requested.
export default defineConfig({
  srcDir: '.',
  // Explicit imports everywhere: the engine must not pick up browser globals by accident.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Parish Post Check',
    description:
      "Checks posts and emails against your parish council's social media policy as you write. Nothing leaves your browser.",
    permissions: ['storage'],
  },
});
