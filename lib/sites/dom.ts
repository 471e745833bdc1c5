// Small DOM readers shared by the site adapters.
import type { Attachment } from '../engine/index.ts';

// Linear: no nested quantifiers; the domain is dot-separated labels.
const EMAIL = /(?<![\w.+'-])[\w.+'-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;

/** Every distinct email address in a string, lower-cased, in order. */
export function emailsIn(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set((value.match(EMAIL) ?? []).map((a) => a.toLowerCase()))];
}

/** Adds addresses to a list without duplicates. */
export function addUnique(list: string[], addresses: readonly string[]): void {
  for (const a of addresses) if (!list.includes(a)) list.push(a);
}

/** Nearest ancestor (within `maxDepth` levels) that contains an element matching `selector`. */
export function ancestorContaining(el: Element, selector: string, maxDepth = 20): Element | null {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?|avif)$/i;
const VIDEO_EXT = /\.(?:mp4|mov|m4v|webm|avi|mkv|3gp)$/i;

export function kindFromName(name: string): Attachment['kind'] {
  const trimmed = name.trim();
  if (IMAGE_EXT.test(trimmed)) return 'image';
  if (VIDEO_EXT.test(trimmed)) return 'video';
  return 'file';
}

/**
 * Photos and videos previewed in a composer: local uploads are shown from blob: or data: URLs,
 * which avatars and emoji never use.
 */
export function mediaPreviews(scope: ParentNode): Attachment[] {
  const found: Attachment[] = [];
  for (const img of scope.querySelectorAll<HTMLImageElement>('img[src^="blob:"], img[src^="data:image/"]')) {
    found.push({ kind: 'image', name: img.getAttribute('alt') ?? '' });
  }
  for (const video of scope.querySelectorAll('video')) found.push({ kind: 'video', name: video.getAttribute('aria-label') ?? '' });
  return found;
}

/** Input value or text, trimmed. */
export function valueOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
  return (el.textContent ?? '').trim();
}

/** Whether an element is not rendered (display: none on it or an ancestor, or `hidden`). */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || (node as HTMLElement).style?.display === 'none') return true;
  }
  // Stylesheet rules need layout: Chromium answers with checkVisibility.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' && el.isConnected ? !check.call(el) : false;
}

/** The topmost elements matching `selector` inside `scope` (not nested in another match). */
export function outermost(scope: ParentNode, selector: string): Element[] {
  return [...scope.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector) || !scope.contains(el.parentElement.closest(selector)));
}

/** The first of several nodes in document order. */
export function firstInDocument<T extends Node>(nodes: readonly (T | null | undefined)[]): T | null {
  let first: T | null = null;
  for (const node of nodes) {
    if (!node) continue;
    if (!first || first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) first = node;
  }
  return first;
}
