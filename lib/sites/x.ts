import { ancestorContaining, mediaPreviews } from './dom.ts';
import type { SiteAdapter } from './types.ts';

// Each post of a thread has its own box, tweetTextarea_0, _1, …; on desktop the testid sits on
// (or around) Draft.js's contenteditable, on mobile web around a plain <textarea>.
const THREAD_BOX = '[data-testid^="tweetTextarea_"]';
const BOX_EDITABLE = '[contenteditable="true"], textarea';
// Fallback: any Draft.js editor, should the testids change.
const DRAFT_CONTENT = '.public-DraftEditor-content[contenteditable="true"]';
const DRAFT_ROOT = '.DraftEditor-root';
// "Post" / "Post all" / "Reply": the testids are stable and not localised.
const SEND = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
// Media attached to one post of the composer.
const ATTACHMENTS = '[data-testid="attachments"]';

function editorOf(box: Element): HTMLElement | null {
  if (box.matches(BOX_EDITABLE)) return box as HTMLElement;
  return box.querySelector<HTMLElement>(BOX_EDITABLE);
}

function editorsIn(root: ParentNode): HTMLElement[] {
  const editors = new Set<HTMLElement>();
  // The testid prefix also matches X's wrappers (tweetTextarea_0RichTextInputContainer, _label).
  for (const box of root.querySelectorAll(THREAD_BOX)) {
    const editor = editorOf(box);
    if (editor) editors.add(editor);
  }
  for (const editor of root.querySelectorAll<HTMLElement>(DRAFT_CONTENT)) editors.add(editor);
  return [...editors];
}

/** The widest ancestor that still holds only this post's box (its cell in a thread). */
function postCell(editor: HTMLElement): Element {
  let cell: Element = editor;
  for (let node = editor.parentElement; node; node = node.parentElement) {
    if (node.matches('[role="dialog"], body') || editorsIn(node).length > 1) break;
    cell = node;
  }
  return cell;
}

export const x: SiteAdapter = {
  site: 'x',
  channel: 'x',
  sendSelector: SEND,
  findEditors: editorsIn,
  composeRoot(editor) {
    return editor.closest('[role="dialog"]') ?? ancestorContaining(editor, SEND) ?? editor.parentElement ?? editor;
  },
  uiAnchor(editor) {
    // After Draft's root, not inside it: Draft.js owns everything under .DraftEditor-root.
    return editor.closest(DRAFT_ROOT) ?? editor;
  },
  readAttachments(editor) {
    const cell = postCell(editor);
    const scope = cell.querySelector(ATTACHMENTS) ?? cell;
    return mediaPreviews(scope).concat(
      scope === cell
        ? []
        : [...scope.querySelectorAll('img:not([src^="blob:"]):not([src^="data:"])')].map(() => ({ kind: 'image' as const, name: '' })),
    );
  },
};
