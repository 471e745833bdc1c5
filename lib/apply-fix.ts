// The mechanics of a quick fix, through the editor's own input path (see editor-input.ts).
import { nextFrame, replaceSpan } from './editor-input.ts';
import type { Edit } from './engine/index.ts';
import type { SiteAdapter } from './sites/index.ts';
import { buildTextModel, type TextModel } from './text-model.ts';

/**
 * Lexical and Draft.js do not take a line break through insertText (Lexical drops the text, or
 * worse): in their editors an inserted line break becomes a space. Mail bodies keep them.
 */
export function singleLine(text: string): string {
  if (!text.includes('\n')) return text;
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  return lead + text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ') + trail;
}

/** Applies edits last to first, re-reading the editor before each (Lexical and Draft.js re-render). */
export async function applyEdits(
  editor: HTMLElement,
  edits: readonly Edit[],
  currentModel: () => TextModel | null,
  options: { lineBreaks: boolean },
): Promise<void> {
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const model = currentModel();
    if (!model) return;
    let text = options.lineBreaks || !edit.text.includes('\n') ? edit.text : singleLine(edit.text);
    // No doubled space where the insertion meets existing whitespace.
    if (text.startsWith(' ') && /\s$/.test(model.text.slice(0, edit.start))) text = text.slice(1);
    if (text.endsWith(' ') && (edit.end >= model.text.length || /^\s/.test(model.text.slice(edit.end)))) text = text.slice(0, -1);
    const target = editor instanceof HTMLTextAreaElement ? { start: edit.start, end: edit.end } : model.rangeFor(edit.start, edit.end);
    if (!target) return;
    await replaceSpan(editor, target, text);
    await nextFrame();
  }
}

/**
 * Removes the quoted trail, and the blank lines before it, as one deletion the editor can undo.
 * A trimmed trail is shown first with the site's own button.
 */
export async function removeTrail(editor: HTMLElement, adapter: SiteAdapter, composeRoot: Element, preserveNewlines: boolean): Promise<void> {
  let trail = adapter.findTrail?.(editor, composeRoot) ?? null;
  if (!trail) return;
  if ((trail.collapsed || !trail.start) && trail.expand) {
    trail.expand();
    for (let i = 0; i < 20 && !(trail?.start && !trail.collapsed); i++) {
      await nextFrame();
      trail = adapter.findTrail?.(editor, composeRoot) ?? null;
    }
  }
  if (!trail?.start) return;
  const main = buildTextModel(editor, { until: trail.start, preserveNewlines });
  const keep = main.text.trimEnd().length;
  const range = editor.ownerDocument.createRange();
  const from = keep > 0 ? main.rangeFor(keep, keep) : null;
  if (from) range.setStart(from.startContainer, from.startOffset);
  else range.setStart(editor, 0);
  range.setEnd(editor, editor.childNodes.length);
  await replaceSpan(editor, range, '');
}
