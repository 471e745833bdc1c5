import { ancestorContaining, mediaPreviews } from './dom.ts';
import type { SiteAdapter } from './types.ts';

// Lexical marks its own root; these attributes are set by the editor library, not by
// Facebook's hashed class names, so they survive redesigns.
const LEXICAL_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
// Fallback if the Lexical marker ever goes: any rich textbox inside a dialog or form.
const TEXTBOX_FALLBACK = '[role="dialog"] div[contenteditable="true"][role="textbox"], form div[contenteditable="true"][role="textbox"]';
// Post / Reply / Comment buttons are role=button with an aria-label (English UI; localised elsewhere).
const SEND = [
  '[role="button"][aria-label="Post"]',
  '[role="button"][aria-label="Reply"]',
  '[role="button"][aria-label="Comment"]',
  '[role="button"][aria-label="Send"]',
  'button[type="submit"]',
].join(', ');
// The create-post composer is a dialog; an inline composer sits in a form.
const COMPOSE_CONTAINER = '[role="dialog"], form';

export const facebook: SiteAdapter = {
  site: 'facebook',
  channel: 'facebook',
  sendSelector: SEND,
  findEditors(root) {
    const editors = [...root.querySelectorAll<HTMLElement>(LEXICAL_EDITOR)];
    if (editors.length) return editors;
    return [...root.querySelectorAll<HTMLElement>(TEXTBOX_FALLBACK)];
  },
  composeRoot(editor) {
    return editor.closest(COMPOSE_CONTAINER) ?? ancestorContaining(editor, SEND) ?? editor.parentElement ?? editor;
  },
  uiAnchor(editor) {
    return editor;
  },
  readAttachments(_editor, root) {
    return mediaPreviews(root);
  },
};
