// Timing on the real editors: the first underline after the last keystroke on a 300-word draft;
// long tasks while a composer page loads and the user starts to write; and long tasks while typing
// steadily into a 5,000-word Gmail draft. Long tasks are those the page's own PerformanceObserver
// reports, each attributed to the extension or not from a Chromium trace (the script time from
// chrome-extension:// inside that task).
// Figures go to tests/e2e/artifacts/timing.json; BENCHMARKS.md quotes them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, FIXTURE_URLS, launchWithExtension, REPO_ROOT, waitForUnderlines, type FixtureName, type Harness } from './harness.ts';

const SENTENCES = [
  'The parish council meets on Tuesday evening in the village hall.',
  'Everyone is welcome to come along and hear about the footpaths.',
  'The play area inspection is booked for the second week of the month.',
  'New benches will be placed near the pond once the ground has dried out.',
  'Thank you to the volunteers who cleared the hedges along the lane.',
  'The minutes of the last meeting are on the noticeboard by the shop.',
];

/** About `words` words of everyday council news, in short paragraphs. */
function draftOf(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    out.push(s + (i % 4 === 3 ? '\n' : ' '));
    count += s.split(' ').length;
  }
  return out.join('').trim();
}

const results: Record<string, unknown> = {};

type FixtureApi = { setText?(a: unknown, b?: unknown): unknown; setBody?(i: number, t: string): void };

async function setDraft(page: Page, site: string, text: string): Promise<void> {
  await page.evaluate(
    ({ site, text }) => {
      const f = (window as unknown as { __fixture: FixtureApi }).__fixture;
      if (site === 'facebook') return f.setText!(text);
      if (site === 'x') return f.setText!(0, text);
      return f.setBody!(0, text);
    },
    { site, text },
  );
}

/** Page-side clock: when the last key went down, and the first frame painted with `words` underlined after it. */
async function armLatencyProbe(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const state = { lastKey: 0, seen: 0 };
    (window as unknown as { __probe: typeof state }).__probe = state;
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const look = (now: number) => {
      const found = [...registry.values()].some((h) => [...h].some((r) => r.toString() === w));
      if (found && state.lastKey && !state.seen) state.seen = now;
      if (!state.seen) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, words);
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

async function trace<T>(client: CDPSession, fn: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
  // The sampling profiler inside the trace sees every JS frame, microtask continuations included.
  await client.send('Tracing.start', { categories: 'devtools.timeline,toplevel,blink.user_timing,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
  const result = await fn();
  await client.send('Tracing.end');
  await done;
  return { result, events };
}

/** JS samples from the trace's CPU profile: time and whether the extension's code is on the stack. */
function extensionSamples(events: TraceEvent[]): { pid: number; tid: number; ts: number; weightUs: number; extension: boolean }[] {
  const out: { pid: number; tid: number; ts: number; weightUs: number; extension: boolean }[] = [];
  const profiles = new Map<string, { pid: number; tid: number; time: number; nodes: Map<number, ProfileNode>; pending: { ts: number; node: number }[] }>();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') profiles.set(key, { pid: e.pid, tid: e.tid, time: e.args?.data?.startTime ?? e.ts, nodes: new Map(), pending: [] });
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(key);
    if (!profile) continue;
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      profile.pending.push({ ts: profile.time, node });
    });
  }
  for (const profile of profiles.values()) {
    const fromExtension = new Map<number, boolean>();
    const isExtension = (id: number): boolean => {
      const known = fromExtension.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const value = !!node && ((node.callFrame.url ?? '').startsWith('chrome-extension://') || (node.parent !== undefined && isExtension(node.parent)));
      fromExtension.set(id, value);
      return value;
    };
    profile.pending.forEach((sample, i) => {
      const next = profile.pending[i + 1];
      out.push({ pid: profile.pid, tid: profile.tid, ts: sample.ts, weightUs: next ? Math.min(next.ts - sample.ts, 5000) : 0, extension: isExtension(sample.node) });
    });
  }
  return out;
}

/** Starts recording the page's long tasks with its own PerformanceObserver (before the page's scripts run). */
async function observeLongTasks(page: Page): Promise<void> {
  const install = () => {
    const w = window as unknown as { __ppcLongTasks?: { startTime: number; duration: number }[] };
    if (w.__ppcLongTasks) return;
    const seen: { startTime: number; duration: number }[] = [];
    w.__ppcLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  };
  await page.addInitScript(install);
  await page.evaluate(install);
}

/** Puts a user-timing mark in the page: its time on the page's clock, to find in the trace. */
async function clockMark(page: Page): Promise<number> {
  return page.evaluate(() => performance.mark('ppc-clock').startTime);
}

/**
 * The long tasks the page's PerformanceObserver reported since the mark, each with the extension's
 * share from the trace task it is (the mark gives the page's clock on the trace's).
 */
async function observedLongTasks(page: Page, events: TraceEvent[], tasks: ReturnType<typeof attribute>['tasks'], markMs: number, sinceMs = markMs) {
  const mark = events.find((e) => e.name === 'ppc-clock');
  if (!mark) throw new Error('the clock mark is not in the trace');
  const offsetUs = mark.ts - markMs * 1000;
  const observed = await page.evaluate(() => (window as unknown as { __ppcLongTasks: { startTime: number; duration: number }[] }).__ppcLongTasks);
  return observed
    .filter((o) => o.startTime >= sinceMs)
    .map((o) => {
      const startUs = o.startTime * 1000 + offsetUs;
      const endUs = startUs + o.duration * 1000;
      // The trace task of that renderer that overlaps it most (the two clocks agree to a millisecond or so).
      const overlap = (t: (typeof tasks)[number]) => Math.min(endUs, t.startUs + t.durationMs * 1000) - Math.max(startUs, t.startUs);
      const match = tasks.filter((t) => t.pid === mark.pid && overlap(t) > (o.duration * 1000) / 2).sort((a, b) => overlap(b) - overlap(a))[0];
      return { durationMs: Math.round(o.duration), extensionMs: match ? Math.round(match.extensionMs * 10) / 10 : null };
    });
}

/** A long task is the extension's when most of it, or over 50 ms of it, is the extension's code. */
function extensionsFault(task: { durationMs: number; extensionMs: number | null }): boolean {
  return task.extensionMs === null || task.extensionMs > task.durationMs / 2 || task.extensionMs > 50;
}

/** Top-level tasks on the renderers' main threads, with the extension's JS time inside each. */
function attribute(events: TraceEvent[]) {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = (e: TraceEvent) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  // "ThreadControllerImpl::RunTask" ("RunTask" in older builds); nested ones are inside another.
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && main(e) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts)
    .filter((task, i, all) => !all.slice(Math.max(0, i - 5), i).some((o) => o.pid === task.pid && o.tid === task.tid && o.ts <= task.ts && o.ts + o.dur! >= task.ts + task.dur!));
  const samples = extensionSamples(events).filter((s) => s.extension).sort((a, b) => a.ts - b.ts);
  return {
    sampled: samples.length,
    tasks: tasks.map((task) => {
      const end = task.ts + task.dur!;
      let extensionUs = 0;
      for (const s of samples) if (s.pid === task.pid && s.ts >= task.ts && s.ts < end) extensionUs += s.weightUs;
      return { pid: task.pid, startUs: task.ts, durationMs: task.dur! / 1000, extensionMs: extensionUs / 1000 };
    }),
  };
}

describe('timing', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await mkdir(join(REPO_ROOT, 'tests/e2e/artifacts'), { recursive: true });
    await writeFile(join(REPO_ROOT, 'tests/e2e/artifacts/timing.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    await h.close();
  });

  const editors: [string, FixtureName, string][] = [
    ['facebook', 'facebook', EDITOR_SELECTORS.facebook],
    ['x', 'x', EDITOR_SELECTORS.x],
    ['gmail', 'gmail', EDITOR_SELECTORS.gmail],
    ['outlook', 'outlook', EDITOR_SELECTORS.outlook],
  ];

  for (const [site, fixture, selector] of editors) {
    test(`${site}: the first underline appears within 300 ms of the last keystroke on a 300-word draft`, { timeout: 300_000 }, async () => {
      const page = await h.openFixture(fixture, { waitForContentScript: true });
      // One flagged number up front, so the end of the first whole-draft check can be seen: on a slow
      // machine a fixed wait could let that check run into the first measured keystrokes.
      const marker = '07700 900123';
      await setDraft(page, site, `Ring ${marker} about the hall. ${draftOf(300)}`);
      await page.locator(selector).click();
      await page.keyboard.press('Control+End');
      const onlyMarker = (t: string[]) => t.length === 1 && t[0] === marker;
      await waitForUnderlines(page, onlyMarker, 30_000);
      const latencies: number[] = [];
      const phrase = ' The chair is an idiot';
      for (let run = 0; run < 5; run++) {
        await armLatencyProbe(page, 'idiot');
        // Steady typing, as a person types.
        await page.keyboard.type(phrase, { delay: 40 });
        const probe = await page.waitForFunction(() => {
          const p = (window as unknown as { __probe: { lastKey: number; seen: number } }).__probe;
          return p.seen ? p : null;
        }, null, { timeout: 5000, polling: 20 });
        const { lastKey, seen } = (await probe.jsonValue()) as { lastKey: number; seen: number };
        latencies.push(Math.round(seen - lastKey));
        for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Backspace');
        await waitForUnderlines(page, onlyMarker);
      }
      results[`firstUnderline.${site}`] = { words: 300, runsMs: latencies, maxMs: Math.max(...latencies) };
      expect(Math.max(...latencies), `runs: ${latencies.join(', ')} ms`).toBeLessThanOrEqual(300);
      await page.close();
    });
  }

  for (const [site, fixture, selector] of editors) {
    test(`${site}: loading the page and starting to write cause no long task attributable to the extension`, { timeout: 120_000 }, async () => {
      const page = await h.context.newPage();
      await page.goto('about:blank');
      await observeLongTasks(page);
      const client = await h.context.newCDPSession(page);
      let markMs = 0;
      const { events } = await trace(client, async () => {
        await page.goto(FIXTURE_URLS[fixture]);
        await h.waitForContentScript(page);
        // The page's clock starts at its navigation: every long task it observed is after 0.
        markMs = await clockMark(page);
        await page.locator(selector).click();
        await page.keyboard.type('Please call me on 07700 900123 about the hedge.', { delay: 40 });
        await waitForUnderlines(page, (t) => t.includes('07700 900123'), 15_000);
      });
      await client.detach();
      const { tasks, sampled } = attribute(events);
      const attributable = tasks.filter((t) => t.durationMs > 50 && extensionsFault(t));
      // From the page's own clock 0, so the page load is included.
      const observed = await observedLongTasks(page, events, tasks, markMs, 0);
      results[`startUp.${site}`] = {
        tasksTraced: tasks.length,
        extensionSamples: sampled,
        maxExtensionMsInOneTask: Math.round(Math.max(0, ...tasks.map((t) => t.extensionMs)) * 10) / 10,
        longTasksObserved: observed,
      };
      expect(markMs).toBeGreaterThan(0);
      // The content script did run inside the trace (or the attribution would prove nothing).
      expect(sampled).toBeGreaterThan(0);
      expect(attributable).toEqual([]);
      expect(observed.filter(extensionsFault)).toEqual([]);
      await page.close();
    });
  }

  test('gmail: typing steadily into a 5,000-word draft causes no long task attributable to the extension', { timeout: 600_000 }, async () => {
    const page = await h.openFixture('gmail', { waitForContentScript: true });
    const text = `${draftOf(5000)}\nWhat an idiot.`;
    await setDraft(page, 'gmail', text);
    // The whole draft is checked once, in slices, before the measurement starts.
    await waitForUnderlines(page, (t) => t.includes('idiot'), 60_000);
    const editor = page.locator(EDITOR_SELECTORS.gmail);
    await editor.focus();
    await page.keyboard.press('Control+End');
    await observeLongTasks(page);
    const client = await h.context.newCDPSession(page);
    const typed = ' Thank you all for coming along to the meeting, it was good to see so many of you there.';
    let markMs = 0;
    const { events } = await trace(client, async () => {
      markMs = await clockMark(page);
      await page.keyboard.type(typed, { delay: 60 });
      // The checks that follow the last keystroke are part of typing too.
      await page.waitForTimeout(1500);
    });
    await client.detach();
    const { tasks, sampled } = attribute(events);
    const long = tasks.filter((t) => t.durationMs > 50);
    const maxExtensionMs = Math.max(0, ...tasks.map((t) => t.extensionMs));
    const attributable = long.filter(extensionsFault);
    const observed = await observedLongTasks(page, events, tasks, markMs);
    results['longTasks.gmail5000'] = {
      words: text.split(/\s+/).length,
      characters: text.length,
      keystrokes: typed.length,
      tasksTraced: tasks.length,
      extensionSamples: sampled,
      longTasks: long.map((t) => ({ durationMs: Math.round(t.durationMs), extensionMs: Math.round(t.extensionMs) })),
      longTasksObserved: observed,
      maxExtensionMsInOneTask: Math.round(maxExtensionMs * 10) / 10,
      extensionTotalMs: Math.round(tasks.reduce((sum, t) => sum + t.extensionMs, 0)),
    };
    expect(tasks.length).toBeGreaterThan(typed.length);
    // The profiler did see the extension's code run while typing (or the attribution would prove nothing).
    expect(sampled).toBeGreaterThan(0);
    expect(attributable).toEqual([]);
    // What the page's PerformanceObserver saw: no long task of it is the extension's.
    expect(observed.filter(extensionsFault)).toEqual([]);
    await page.close();
  });
});
