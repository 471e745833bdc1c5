import type { SiteAdapter } from './types.ts';

export interface ComposerWatcherOptions {
  adapter: SiteAdapter;
  /** Called once per compose box; `signal` aborts when the box leaves the page or watching stops. */
  onComposer(editor: HTMLElement, signal: AbortSignal): void;
  signal: AbortSignal;
  /** How long to gather DOM changes before looking again; the sites mutate constantly. */
  scanDelayMs?: number;
}

/**
 * Finds every compose box as the single-page app adds and removes them (late boxes, several
 * at once, route changes) and lets each go by aborting its signal when it leaves the DOM.
 */
export function watchComposers({ adapter, onComposer, signal, scanDelayMs = 100 }: ComposerWatcherOptions): { scan(): void } {
  const controllers = new WeakMap<HTMLElement, AbortController>();
  const live = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function scan() {
    timer = undefined;
    if (signal.aborted) return;
    try {
      for (const editor of live) {
        if (!editor.isConnected) {
          controllers.get(editor)?.abort();
          controllers.delete(editor);
          live.delete(editor);
        }
      }
      for (const editor of adapter.findEditors(document)) {
        if (controllers.has(editor)) continue;
        const controller = new AbortController();
        controllers.set(editor, controller);
        live.add(editor);
        onComposer(editor, controller.signal);
      }
    } catch (error) {
      console.debug('[Parish Post Check] composer scan failed', error);
    }
  }

  function schedule() {
    timer ??= setTimeout(scan, scanDelayMs);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A box the observer has not reported yet is picked up the moment it gets focus.
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement) && !controllers.has(target)) scan();
  };
  document.addEventListener('focusin', onFocus, { capture: true, signal });
  window.addEventListener('popstate', schedule, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
    for (const editor of live) controllers.get(editor)?.abort();
    live.clear();
  });
  scan();
  return { scan };
}

function hasText(editor: HTMLElement): boolean {
  return editor instanceof HTMLTextAreaElement ? editor.value.trim() !== '' : (editor.textContent ?? '').trim() !== '';
}

/**
 * Runs `start` once the composer is in use: focused, or holding text (a restored draft, a
 * reply's trail). A feed full of empty comment boxes costs nothing until one is used.
 */
export function whenInUse(editor: HTMLElement, signal: AbortSignal, start: () => void): void {
  if (editor.contains(document.activeElement) || hasText(editor)) {
    start();
    return;
  }
  const controller = new AbortController();
  const go = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    observer.disconnect();
    if (!signal.aborted) start();
  };
  const observer = new MutationObserver(() => hasText(editor) && go());
  observer.observe(editor, { childList: true, characterData: true, subtree: true });
  const options = { signal: AbortSignal.any([signal, controller.signal]) };
  editor.addEventListener('focusin', go, options);
  editor.addEventListener('input', go, options);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
