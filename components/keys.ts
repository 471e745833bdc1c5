import type { KeyboardEvent } from 'react';

/**
 * Keys pressed in our UI are ours. Without this, typing a reason could trigger the site's own
 * shortcuts (Gmail's "c", X's "n"), because outside the shadow root the event seems to come
 * from a plain element rather than a text box.
 */
export function keepKeysInside(event: KeyboardEvent) {
  event.stopPropagation();
}

/** Every element a keyboard user can reach inside `root`, in tab order. */
export function tabbables(root: HTMLElement): HTMLElement[] {
  const selector =
    'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.hidden);
}

/** The focused element, looking inside the shadow root that holds `node`. */
export function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}
