// Edits go through the editor's own input path, never by touching its DOM: a selection, then
// execCommand('insertText') (or a beforeinput event if that is refused). Lexical and Draft.js
// see ordinary typing, update their own state, and their own undo takes the change back.

/** Lets the editor notice the new selection (Lexical and Draft.js read it on selectionchange). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    // Background tabs get no frames.
    setTimeout(finish, 50);
  });
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** Focuses the editor without scrolling and selects `range` (or, in a textarea, [start, end)). */
export function selectInEditor(editor: HTMLElement, target: Range | { start: number; end: number }): void {
  editor.focus({ preventScroll: true });
  if (isTextField(editor)) {
    if (!(target instanceof Range)) editor.setSelectionRange(target.start, target.end);
    return;
  }
  if (!(target instanceof Range)) return;
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(target);
}

/** Types `text` over the current selection (an empty string deletes it) the way a user would. */
export function typeOverSelection(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  let done = false;
  try {
    // Deprecated, but still the one call every browser routes through the editing pipeline
    // (beforeinput, input, the undo stack).
    done = text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
  } catch {
    done = false;
  }
  if (done) return true;
  const event = new InputEvent('beforeinput', {
    inputType: text ? 'insertText' : 'deleteContentBackward',
    data: text || null,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  editor.dispatchEvent(event);
  // An editor that handled it itself cancels the event.
  return event.defaultPrevented;
}

/** Replaces a span: select it, let the editor see the selection, then type over it. */
export async function replaceSpan(editor: HTMLElement, target: Range | { start: number; end: number }, text: string): Promise<boolean> {
  selectInEditor(editor, target);
  await nextFrame();
  return typeOverSelection(editor, text);
}

/** Scrolls a span into view and selects it (from the findings panel). */
export function revealSpan(editor: HTMLElement, range: Range | null): void {
  if (range) {
    const anchor = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  } else {
    editor.scrollIntoView({ block: 'nearest' });
  }
  if (range) selectInEditor(editor, range);
  else editor.focus({ preventScroll: true });
}
