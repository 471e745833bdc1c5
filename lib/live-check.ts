// Debounced, abortable checking for one composer. The page and the user's typing always come
// first: a check waits for a pause in typing (or runs every so often while typing never pauses),
// a newer edit aborts an older run, nothing runs mid-composition, and an exception stops here
// instead of reaching the page. The checking itself runs in the background (check-service.ts).

export interface LiveCheckOptions {
  /** The check itself; `signal` aborts when a newer run starts or the composer goes. */
  run(signal: AbortSignal): Promise<void>;
  signal: AbortSignal;
  /** Quiet time after the last change before checking. */
  debounceMs?: number;
  /** While typing never pauses, still check this often. */
  maxWaitMs?: number;
}

export interface LiveCheck {
  /** Something changed: check soon. */
  schedule(): void;
  /** Check now (settings changed, composer opened). */
  runNow(): Promise<void>;
  /** IME composition in progress: hold checks until it ends. */
  setComposing(composing: boolean): void;
}

export function createLiveCheck({ run, signal, debounceMs = 100, maxWaitMs = 1000 }: LiveCheckOptions): LiveCheck {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let current: AbortController | undefined;
  let composing = false;

  async function start() {
    timer = undefined;
    firstPending = 0;
    if (signal.aborted || composing) return;
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await run(controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) console.debug('[Parish Post Check] check failed', error);
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (current === controller) current = undefined;
    }
  }

  signal.addEventListener('abort', () => {
    if (timer) clearTimeout(timer);
    current?.abort();
  });

  return {
    schedule() {
      if (signal.aborted) return;
      const now = performance.now();
      if (!firstPending) firstPending = now;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
      timer = setTimeout(() => void start(), wait);
    },
    runNow() {
      if (timer) clearTimeout(timer);
      return start();
    },
    setComposing(value) {
      composing = value;
      if (!value) this.schedule();
    },
  };
}
