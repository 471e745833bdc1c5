// Page-wide listeners shared by every composer: re-placing overlays on scroll/resize (batched
// into one animation frame), the pointer for hover cards, and the caret for keyboard cards.
import type { ComposerSession } from '../composer-session.ts';

export interface InteractionOptions {
  sessions(): Iterable<ComposerSession>;
  signal: AbortSignal;
}

export function watchInteraction({ sessions, signal }: InteractionOptions): { requestPlace(): void } {
  let placeQueued = false;
  let pointer: { x: number; y: number; event: Event } | null = null;
  let pointerQueued = false;

  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      console.debug('[Parish Post Check] overlay update failed', error);
    }
  };

  function requestPlace() {
    if (placeQueued) return;
    placeQueued = true;
    requestAnimationFrame(() => {
      placeQueued = false;
      for (const session of sessions()) guard(() => session.place());
    });
  }

  const opts = { capture: true, passive: true, signal };
  // Scroll does not bubble: capture sees every scrollable ancestor's scroll.
  window.addEventListener('scroll', requestPlace, opts);
  window.addEventListener('resize', requestPlace, opts);
  window.visualViewport?.addEventListener('resize', requestPlace, { passive: true, signal });

  document.addEventListener(
    'mousemove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY, event };
      if (pointerQueued) return;
      pointerQueued = true;
      requestAnimationFrame(() => {
        pointerQueued = false;
        const p = pointer;
        if (!p) return;
        for (const session of sessions()) guard(() => session.pointerAt(p.x, p.y, session.owns(p.event)));
      });
    },
    opts,
  );

  document.addEventListener(
    'selectionchange',
    () => {
      const selection = document.getSelection();
      if (!selection?.focusNode) return;
      for (const session of sessions()) if (session.editor.contains(selection.focusNode)) guard(() => session.caretMoved(selection));
      requestPlace();
    },
    { passive: true, signal },
  );

  return { requestPlace };
}
