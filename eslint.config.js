// @ts-check
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

// Network APIs are banned outright: a draft never leaves the browser.
const NETWORK_MESSAGE = 'Parish Post Check makes no network requests: drafts never leave the browser.';
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map((name) => ({ name, message: NETWORK_MESSAGE }));

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'coverage/', 'tests/e2e/fixtures/dist/', 'tests/e2e/artifacts/', 'tests/budgets/fixtures/'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // ReDoS: every regular expression must match in linear time.
      'regexp/no-super-linear-backtracking': 'error',
      // …and no quantifier at the start of a pattern makes an unanchored search quadratic.
      'regexp/no-super-linear-move': 'error',
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: NETWORK_MESSAGE },
        { object: 'window', property: 'fetch', message: NETWORK_MESSAGE },
        { object: 'globalThis', property: 'fetch', message: NETWORK_MESSAGE },
        { object: 'self', property: 'fetch', message: NETWORK_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource|WebTransport)$/]", message: NETWORK_MESSAGE },
        { selector: "MemberExpression[property.name='sendBeacon']", message: NETWORK_MESSAGE },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
        // The UI builds its DOM without HTML strings (Gmail enforces Trusted Types); web-ext lint's
        // innerHTML warning on React DOM is kept in the README on that basis.
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings: build the DOM with elements and text.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: no DOM and no browser APIs, so it runs unchanged in Node.
    files: ['lib/engine/**', 'rules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'react', 'react-dom', 'dexie'], message: 'The engine stays pure: no browser or UI imports.' }] }],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS, ...['document', 'window', 'browser', 'chrome', 'navigator', 'localStorage', 'indexedDB'].map((name) => ({ name, message: 'The engine stays pure: no DOM or browser APIs.' }))],
    },
  },
);
