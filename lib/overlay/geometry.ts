// Viewport geometry for the overlay: what part of an editor is actually visible, and where
// `position: fixed` really starts (an ancestor with transform/filter/contain moves it).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function toBox(rect: DOMRectReadOnly | Box): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

export function intersect(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

export function contains(box: Box, x: number, y: number, margin = 0): boolean {
  return x >= box.left - margin && x <= box.right + margin && y >= box.top - margin && y <= box.bottom + margin;
}

/** Ancestors that clip their content (overflow other than visible); found once per composer. */
export function clippingAncestors(el: Element): Element[] {
  const found: Element[] = [];
  for (let node = el.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') found.push(node);
  }
  return found;
}

/** The part of `el` inside the viewport and every clipping ancestor, or null when none shows. */
export function visibleBox(el: Element, clippers: readonly Element[]): Box | null {
  let box: Box | null = toBox(el.getBoundingClientRect());
  box = intersect(box, { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
  for (const clipper of clippers) {
    if (!box) return null;
    box = intersect(box, toBox(clipper.getBoundingClientRect()));
  }
  return box;
}

/** Where a 0,0 `position: fixed` element actually lands (non-zero under a transformed ancestor). */
export function fixedOrigin(probe: HTMLElement): { x: number; y: number } {
  const rect = probe.getBoundingClientRect();
  return { x: rect.left, y: rect.top };
}

/**
 * Places a floating element of `size` next to `anchor`: below it when there is room, else above,
 * kept inside the viewport. Returns viewport coordinates.
 */
export function placeNear(anchor: Box, size: { width: number; height: number }, gap = 6): { left: number; top: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  const top = below + size.height <= vh || above < 0 ? Math.min(below, Math.max(0, vh - size.height)) : above;
  const left = Math.min(Math.max(4, anchor.left), Math.max(4, vw - size.width - 4));
  return { left, top };
}
