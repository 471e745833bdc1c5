// Managed settings with a real Chrome policy: the README's worked example (plus a managed capacity)
// written as a Linux policy file for a copy of the built extension, so only that copy, under its
// own extension id, is managed. Chromium reads /etc/chromium/policies/managed/*.json at start-up and
// hands the values to storage.managed. Needs root (as .ci/run runs); skipped, saying why, without it.
import { constants } from 'node:fs';
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR_SELECTORS, EXTENSION_DIR, REPO_ROOT, waitForUnderlines, type Harness } from './harness.ts';
import { axeViolations, builtExtensionDir, launchForOptions, openOptions, waitForSaved } from './options-helpers.ts';
import { waitFor } from './content-helpers.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function canWritePolicies(): Promise<string | null> {
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await access(POLICY_DIR, constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${POLICY_DIR} (${(error as Error).message}); run as root, as .ci/run does`;
  }
}

describe('managed settings (Chrome policy)', () => {
  let h: Harness | undefined;
  let skipReason: string | null = null;
  let policyFile = '';
  let workDir = '';
  let managed: Record<string, unknown> = {};
  let options: Page;

  beforeAll(async () => {
    skipReason = await canWritePolicies();
    if (skipReason) return;
    workDir = await mkdtemp(join(tmpdir(), 'ppc-managed-'));
    const extension = join(workDir, 'extension');
    await cp(builtExtensionDir() ?? EXTENSION_DIR, extension, { recursive: true });
    const id = unpackedExtensionId(extension);
    const example = JSON.parse(await readFile(join(REPO_ROOT, 'tests/storage/fixtures/managed-example.json'), 'utf8')) as Record<string, unknown>;
    managed = { ...example, capacity: 'council' };
    policyFile = join(POLICY_DIR, `ppc-e2e-${id}.json`);
    await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: managed } } }, null, 2));
    h = await launchForOptions({ extensionDir: extension });
    expect(h.extensionId).toBe(id);
  });

  afterAll(async () => {
    await h?.close();
    if (policyFile) await rm(policyFile, { force: true });
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test('the policy reaches storage.managed, and the background mirrors it for the content scripts', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const worker = await h!.serviceWorker();
    const stored = await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null));
    expect(stored).toMatchObject({ managedBy: 'Bottisham Parish Council (the Clerk)', capacity: 'council' });
    const settings = await waitFor(() => h!.getExtensionSettings(), (s) => s?.capacity === 'council', 'managed settings mirrored', 15_000);
    expect(settings).toMatchObject({
      packId: 'bottisham',
      capacity: 'council',
      siteCapacity: { gmail: 'council' },
      rules: { 'heated-tone': { severity: 'error' } },
      localStreets: managed.localStreets,
      sensitiveMatters: managed.sensitiveMatters,
      pollingDay: managed.pollingDay,
      council: managed.council,
    });
  });

  test('a composer checks with the managed capacity', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const composer = await h!.openFixture('facebook', { waitForContentScript: true });
    await composer.locator(EDITOR_SELECTORS.facebook).click();
    await composer.keyboard.type('Speaking on behalf of the council, call Mrs Smith on 07700 900123.');
    // As the council, "on behalf of the council" is not flagged; the phone number still is.
    await waitForUnderlines(composer, (t) => t.includes('07700 900123') && !t.includes('on behalf of the council'), 10_000);
    await composer.close();
  });

  test('the options page shows managed values as locked, says who manages them, and keeps the rest editable', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    options = await openOptions(h!);
    expect(await options.getByTestId('managed-note').innerText()).toContain('Some settings are managed by Bottisham Parish Council (the Clerk).');
    const capacity = options.getByRole('radio', { name: /As the council/ });
    expect(await capacity.isChecked()).toBe(true);
    expect(await capacity.isDisabled()).toBe(true);
    expect(await options.locator('#you').innerText()).toContain('Set by Bottisham Parish Council (the Clerk)');
    expect(await options.getByLabel('Capacity on Gmail').isDisabled()).toBe(true);
    expect(await options.getByLabel('Capacity on Facebook').isDisabled()).toBe(false);
    const heated = options.getByLabel('Your setting for “A heated tone”');
    expect(await heated.inputValue()).toBe('error');
    expect(await heated.isDisabled()).toBe(true);
    expect(await options.getByLabel(/^Local streets/).inputValue()).toBe((managed.localStreets as string[]).join('\n'));
    expect(await options.getByLabel(/^Local streets/).isDisabled()).toBe(true);
    expect(await options.getByLabel(/^Clerk’s email address/).isDisabled()).toBe(true);
    expect(await options.locator('#polling-day').inputValue()).toBe(managed.pollingDay);
    // Not managed: still the person's.
    await options.getByRole('radio', { name: 'Chair' }).check();
    await waitForSaved(options, 'role');
    expect(await h!.getExtensionSettings()).toMatchObject({ role: 'chair', capacity: 'council' });
  });

  test('the locked page has no axe-core violations', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    expect(await axeViolations(options)).toEqual([]);
  });
});
