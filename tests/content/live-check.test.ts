import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveCheck } from '../../lib/live-check.ts';

describe('live check', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then checks once', async () => {
    const run = vi.fn(async () => {});
    const live = createLiveCheck({ run, signal: new AbortController().signal, debounceMs: 100, maxWaitMs: 1000 });
    for (let i = 0; i < 5; i++) {
      live.schedule();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still checks while typing never pauses', async () => {
    const run = vi.fn(async () => {});
    const live = createLiveCheck({ run, signal: new AbortController().signal, debounceMs: 100, maxWaitMs: 300 });
    for (let i = 0; i < 10; i++) {
      live.schedule();
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('aborts a stale run when a newer one starts', async () => {
    const signals: AbortSignal[] = [];
    const run = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<void>((resolve) => setTimeout(resolve, 500));
    });
    const live = createLiveCheck({ run, signal: new AbortController().signal });
    void live.runNow();
    void live.runNow();
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
  });

  it('holds checks during IME composition', async () => {
    const run = vi.fn(async () => {});
    const live = createLiveCheck({ run, signal: new AbortController().signal, debounceMs: 10 });
    live.setComposing(true);
    live.schedule();
    await vi.advanceTimersByTimeAsync(50);
    expect(run).not.toHaveBeenCalled();
    live.setComposing(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps an exception in a check away from the caller', async () => {
    const live = createLiveCheck({ run: async () => Promise.reject(new Error('boom')), signal: new AbortController().signal });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    await expect(live.runNow()).resolves.toBeUndefined();
    expect(debug).toHaveBeenCalled();
  });

  it('stops for good when the composer goes', async () => {
    const controller = new AbortController();
    const run = vi.fn(async () => {});
    const live = createLiveCheck({ run, signal: controller.signal, debounceMs: 10 });
    live.schedule();
    controller.abort();
    await vi.advanceTimersByTimeAsync(50);
    expect(run).not.toHaveBeenCalled();
  });
});
