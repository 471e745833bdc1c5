// Builds a one-file preview of the components and, with --screenshot, photographs it with
// headless Chromium, for a human to look at.
//   npx tsx tests/components/build-preview.ts [--screenshot]
// Writes .output/preview/components.html (and components.png).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { TEXT } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, '.output', 'preview');
const html = join(outDir, 'components.html');
const png = join(outDir, 'components.png');
const WIDTH = 1280;
const HEIGHT = 2150;

const bundle = await build({
  entryPoints: [join(import.meta.dirname, 'preview.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
});
// A closing script tag inside the bundle would end the inline script early.
const script = bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const page = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Parish Post Check: components</title>
<style>
  body { margin: 0; padding: 24px 32px; background: #f0f2f5; color: #050505;
    font: 15px/1.4 Helvetica, Arial, sans-serif; }
  h1 { font-size: 20px; margin: 0 0 16px; }
  h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #65676b; margin: 28px 0 10px; }
  section { margin: 0; }
  .row { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
  .cell { display: flex; flex-direction: column; gap: 6px; }
  .caption { font-size: 12px; color: #65676b; }
  .composer { position: relative; width: 520px; background: #fff; border-radius: 10px;
    box-shadow: 0 1px 2px rgba(0,0,0,.2); padding: 16px 16px 48px; }
  .editor { font-size: 15px; line-height: 1.6; white-space: pre-wrap; }
  #badge-in-composer { position: absolute; right: 12px; bottom: 12px; }
  #card-in-composer { position: absolute; left: 60px; top: 100px; z-index: 1; }
  .dialog-frame { position: relative; width: 620px; height: 900px; transform: translateZ(0);
    overflow: hidden; border-radius: 10px; background: #fff; }
  .dialog-frame .fake { padding: 16px; color: #444; }
</style>
</head>
<body>
<h1>Parish Post Check: components (each in its own shadow root)</h1>
<section data-part="composer">
<div class="row">
  <div class="cell">
    <div class="caption">A Facebook-like composer with underlines, the badge and a card</div>
    <div class="composer" style="height: 460px">
      <div id="editor" class="editor">${escape(TEXT)}</div>
      <div id="card-in-composer"></div>
      <div id="badge-in-composer"></div>
    </div>
  </div>
  <div class="cell"><div class="caption">Panel, with a quoted trail</div><div id="panel"></div></div>
  <div class="cell"><div class="caption">Panel, nothing found</div><div id="panel-empty"></div></div>
</div>
</section>

<section data-part="cards">
<h2>Badges: calm, one warning, mixed and expanded, paused, keyboard focus</h2>
<div class="row">
  <div id="badge-calm"></div><div id="badge-one"></div><div id="badge-mixed"></div>
  <div id="badge-paused"></div><div id="badge-focus"></div>
</div>

<h2>Cards: no fix, whole-draft finding, "I have permission" with an empty reason</h2>
<div class="row">
  <div id="card-attack"></div><div id="card-signature"></div><div id="card-permission"></div>
</div>
</section>

<section data-part="dialog">
<h2>Before sending: "Send anyway" asked for a reason</h2>
<div class="dialog-frame"><div class="fake">Re: Bus shelter on the green. Hello all, …</div><div id="dialog"></div></div>
</section>
<script>${script}</script>
</body>
</html>`;

mkdirSync(outDir, { recursive: true });
writeFileSync(html, page);
console.log(`wrote ${html}`);

if (process.argv.includes('--screenshot')) {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium) throw new Error('Chromium not found: apt-get install -y chromium');
  const shoot = (file: string, width: number, height: number, query = '') => {
    execFileSync(chromium, [
      // Reduced motion: the still shows each component at rest, not halfway through fading in.
      '--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-prefers-reduced-motion',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--window-size=${width},${height}`, '--virtual-time-budget=3000', `--screenshot=${file}`,
      pathToFileURL(html).href + query,
    ], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`wrote ${file}`);
  };
  shoot(png, WIDTH, HEIGHT);
  // Close-ups at actual size, small enough to view without scaling.
  shoot(join(outDir, 'close-composer.png'), 1000, 640, '?only=composer');
  shoot(join(outDir, 'close-cards.png'), 1000, 1000, '?only=cards');
  shoot(join(outDir, 'close-dialog.png'), 700, 1000, '?only=dialog');
}
