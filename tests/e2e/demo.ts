// `npm run demo`: opens Chromium (headed) with the built extension loaded, on the demo pages: the
// guide first, then the Facebook, X, Gmail and Outlook fixtures on their real addresses (served
// locally by the e2e harness; every other request is blocked). Runs until the window is closed.
//
//   npm run demo                 build the extension and the fixtures, then open the window
//   xvfb-run -a npm run demo     the same on a machine without a display
//   tsx tests/e2e/demo.ts --check   open everything, check the pages loaded and the extension is
//                                   running on them, then close and exit (0 = all good)
import type { Page } from 'playwright-core';
import type { FixtureName } from './harness.ts';

const CHECK = process.argv.includes('--check');

/** The tabs, in order: the guide, then one composer per site. */
const TABS: { name: FixtureName; label: string }[] = [
  { name: 'guide', label: 'Guide' },
  { name: 'facebook', label: 'Facebook (Lexical)' },
  { name: 'xThread', label: 'X thread (Draft.js)' },
  { name: 'gmailReplyAll', label: 'Gmail reply-all' },
  { name: 'outlookReplyAll', label: 'Outlook reply-all' },
];

function fail(message: string): never {
  console.error(`\nnpm run demo: ${message}\n`);
  process.exit(1);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'there is no display to open Chromium on (DISPLAY is not set).\n' +
      '  On a desktop, run it from a terminal inside your graphical session.\n' +
      '  On a server or in a container, use a virtual display:  xvfb-run -a npm run demo\n' +
      '  (apt-get install -y xvfb), or run the automated version instead:  npm run test:e2e',
  );
}

// Imported only now, so that a missing display is reported at once.
const { FIXTURE_URLS, launchWithExtension } = await import('./harness.ts');

const waylandOnly = process.platform === 'linux' && !process.env.DISPLAY;
const started = Date.now();
let harness: Awaited<ReturnType<typeof launchWithExtension>>;
try {
  harness = await launchWithExtension({
    headless: false,
    viewport: null,
    args: ['--start-maximized', ...(waylandOnly ? ['--ozone-platform=wayland'] : [])],
  });
} catch (error) {
  fail(`Chromium did not start: ${(error as Error).message.split('\n')[0]}`);
}
const h = harness;

// The persistent context opens with one blank tab: the guide takes it.
const [first] = h.context.pages();
const pages: { name: FixtureName; label: string; page: Page }[] = [];
for (const [i, tab] of TABS.entries()) {
  const page = i === 0 && first ? first : await h.context.newPage();
  await page.goto(FIXTURE_URLS[tab.name], { waitUntil: 'load' });
  pages.push({ ...tab, page });
}
await pages[0]!.page.bringToFront();

const summary = async () => {
  const rows = [];
  for (const { label, page, name } of pages) {
    const injected = await h.contentScriptInjected(page);
    rows.push(`  ${label.padEnd(22)} ${page.url()}${name === 'guide' ? '' : injected ? '  (extension running)' : '  (extension NOT running)'}`);
  }
  return rows.join('\n');
};

if (CHECK) {
  // Give the content scripts a moment, then check every composer tab.
  const missing: string[] = [];
  for (const { label, page, name } of pages) {
    if (name === 'guide') {
      if ((await page.title()) !== 'Parish Post Check: try it') missing.push(`${label}: the guide did not load`);
      continue;
    }
    const ready = await page.evaluate(() => typeof (window as { __fixture?: unknown }).__fixture === 'object').catch(() => false);
    if (!ready) missing.push(`${label}: the page did not load`);
    await h.waitForContentScript(page, 15_000).catch(() => missing.push(`${label}: the extension is not running on it`));
  }
  console.log(`demo: ${pages.length} tabs open in ${Date.now() - started} ms\n${await summary()}`);
  const leaks = h.networkViolations();
  if (leaks.length) missing.push(`requests left the browser: ${leaks.map((r) => r.url).join(', ')}`);
  await h.close();
  if (missing.length) fail(`check failed:\n  ${missing.join('\n  ')}`);
  console.log('demo: check passed');
  process.exit(0);
}

console.log(`
Parish Post Check demo: Chromium is open with the extension loaded.
${await summary()}

Start with the Guide tab. Everything runs locally: requests to the internet are blocked.
Close the Chromium window (or press Ctrl+C here) to stop.`);

let closing = false;
const stop = async (code: number) => {
  if (closing) return;
  closing = true;
  const leaks = h.networkViolations();
  if (leaks.length) console.warn(`\nWarning: ${leaks.length} request(s) from the extension or to unknown hosts were blocked:\n${leaks.map((r) => `  ${r.source} ${r.url}`).join('\n')}`);
  await h.close();
  process.exit(code);
};
h.context.on('close', () => void stop(0));
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));
