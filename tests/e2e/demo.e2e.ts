// `npm run demo` (tests/e2e/demo.ts): with no display it stops at once with a clear message instead
// of hanging; under a virtual display (xvfb-run) it opens the guide and the four composer pages with
// the extension running on each. The headed run is skipped where xvfb-run is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './harness.ts';

const DEMO = ['--import', 'tsx', 'tests/e2e/demo.ts'];
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).status === 0;

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

describe('npm run demo', () => {
  test('with no display it fails at once with a clear message', async () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const { code, output, ms } = await run(process.execPath, DEMO, env, 60_000);
    expect(code).toBe(1);
    expect(output).toContain('there is no display');
    expect(output).toContain('xvfb-run -a npm run demo');
    expect(ms).toBeLessThan(60_000);
  });

  test.skipIf(!hasXvfb)('under xvfb-run it opens the guide and the four composers with the extension running', async () => {
    const { code, output } = await run('xvfb-run', ['-a', process.execPath, ...DEMO, '--check'], process.env, 150_000);
    expect(output, output).toContain('demo: check passed');
    expect(code).toBe(0);
    for (const host of ['guide.parish-post-check.test', 'www.facebook.com', 'x.com', 'mail.google.com', 'outlook.office.com']) expect(output).toContain(`https://${host}/`);
    expect(output).not.toContain('NOT running');
  });
});
