// The Firefox build passes Mozilla's add-on linter (web-ext lint) with no errors, and with no
// warnings other than those kept, for the reasons given in the README ("Firefox: web-ext lint").
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readManifest, REPO_ROOT, TARGETS } from './built.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const FIREFOX = TARGETS.find((t) => t.browser === 'firefox')!;

/** Runs web-ext lint on a directory and returns its JSON report. */
export async function lintFirefox(dir: string): Promise<LintReport> {
  const bin = join(REPO_ROOT, 'node_modules/.bin/web-ext');
  // web-ext exits non-zero when there are errors; the JSON is on stdout either way.
  const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
}

/** The code at a warning's position. */
function codeAt(dir: string, m: LintMessage, before = 400, after = 100): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const col = m.column ?? 0;
  return line.slice(Math.max(0, col - before), col + after);
}

/**
 * Warnings kept, each recognised by the code it points at (not just by its code), so that a new
 * innerHTML in our own code is not waved through.
 */
export function unexplainedWarnings(dir: string, warnings: LintMessage[]): LintMessage[] {
  return warnings.filter((m) => {
    // React DOM's handling of the dangerouslySetInnerHTML prop. Our components never pass it
    // (ESLint forbids it) and build DOM without innerHTML: Gmail's Trusted Types would throw.
    if (m.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(m.message)) {
      const code = codeAt(dir, m);
      return !(/dangerouslySetInnerHTML/.test(code) && /__html/.test(code));
    }
    return true;
  });
}

describe('the Firefox build', () => {
  it('passes web-ext lint: no errors, and only the warnings the README explains', async () => {
    readManifest(FIREFOX.dir);
    const report = await lintFirefox(FIREFOX.dir);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`)).toEqual([]);
    expect(unexplainedWarnings(FIREFOX.dir, report.warnings).map((w) => `${w.code} ${w.file ?? ''}:${w.line ?? ''} ${w.message}`)).toEqual([]);
    expect(report.notices.map((n) => `${n.code} ${n.message}`)).toEqual([]);
  });
});
