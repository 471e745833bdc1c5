import type { Attachment } from '../engine/index.ts';
import { addUnique, ancestorContaining, emailsIn, firstInDocument, isHidden, kindFromName, valueOf } from './dom.ts';
import { emailContext, FORWARDED_HEADER } from './email.ts';
import type { SiteAdapter, Trail } from './types.ts';

// Body: the multi-line textbox whose aria-label starts "Message body" (localised elsewhere).
const BODY = 'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]';
// Fallback: a multi-line editable textbox that is not a recipient well.
const BODY_FALLBACK = 'div[contenteditable="true"][aria-multiline="true"]:not([aria-label="To"]):not([aria-label="Cc"]):not([aria-label="Bcc"])';
const SUBJECT = 'input[aria-label="Add a subject"], input[aria-label*="subject" i], input[placeholder*="subject" i]';
// The From control only shows when the account can send as several addresses.
const FROM = '[aria-label^="From"]';
// Recipient wells are labelled "To", "Cc", "Bcc"; chips carry the address in an attribute or text.
const WELL = { to: '[aria-label="To"]', cc: '[aria-label="Cc"]', bcc: '[aria-label="Bcc"]' } as const;
const ADDRESS_ATTRS = ['data-hovercard-id', 'title', 'aria-label', 'data-email', 'email'];
// Quoted trail markers; Outlook prefixes ids (x_…) when messages are quoted again, hence [id*=].
const TRAIL_CONTAINER = '[id*="mail-editor-reference-message-container"]';
const APPEND_ON_SEND = '[id*="appendonsend"]';
const REPLY_HEADER = '[id*="divRplyFwdMsg"]';
// "Show message history" / "…" button that reveals a hidden trail.
const SHOW_HISTORY = 'button[aria-label*="message history" i], button[aria-label="Show original message"], button[title*="message history" i]';
// The compose form (reading-pane reply or full compose).
const COMPOSE_ROOT = '[data-app-section="MailCompose"]';
const SEND = 'button[aria-label="Send"], button[title="Send"], [role="button"][aria-label="Send"], button[name="send"]';
// Attachment cards above the body: a list labelled "Attachments" (or items with a file title).
const ATTACHMENT_ITEM = '[aria-label*="attachment" i] [title], [data-testid="attachment"]';

function readWell(root: Element, selector: string): string[] {
  const addresses: string[] = [];
  for (const well of root.querySelectorAll(selector)) {
    for (const el of [well, ...well.querySelectorAll('*')]) {
      if (el !== well) for (const attr of ADDRESS_ATTRS) addUnique(addresses, emailsIn(el.getAttribute(attr)));
      if (el instanceof HTMLInputElement) addUnique(addresses, emailsIn(el.value));
    }
    addUnique(addresses, emailsIn(well.textContent));
  }
  return addresses;
}

/** The trail's first node: Outlook's reference container, or the append-on-send marker, or the header's <hr>. */
function trailStart(editor: Element): Element | null {
  const header = editor.querySelector(REPLY_HEADER);
  let hr: Element | null = null;
  if (header) {
    for (let prev = header.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.tagName === 'HR' || prev.querySelector('hr')) {
        hr = prev;
        break;
      }
      if ((prev.textContent ?? '').trim()) break;
    }
  }
  return firstInDocument([editor.querySelector(TRAIL_CONTAINER), editor.querySelector(APPEND_ON_SEND), hr, header]);
}

export const outlook: SiteAdapter = {
  site: 'outlook',
  channel: 'email',
  sendSelector: SEND,
  findEditors(root) {
    const bodies = [...root.querySelectorAll<HTMLElement>(BODY)];
    if (bodies.length) return bodies;
    return [...root.querySelectorAll<HTMLElement>(BODY_FALLBACK)];
  },
  composeRoot(editor) {
    return editor.closest(COMPOSE_ROOT) ?? ancestorContaining(editor, SEND) ?? editor.parentElement ?? editor;
  },
  uiAnchor(editor) {
    return editor;
  },
  readEmail(editor, root) {
    const subject = valueOf(root.querySelector(SUBJECT));
    const fromEl = root.querySelector(FROM);
    const from = fromEl ? (emailsIn(fromEl.getAttribute('aria-label'))[0] ?? emailsIn(fromEl.textContent)[0] ?? '') : '';
    const header = editor.querySelector(REPLY_HEADER);
    return emailContext({
      from,
      to: readWell(root, WELL.to),
      cc: readWell(root, WELL.cc),
      bcc: readWell(root, WELL.bcc),
      subject,
      // A reply written in the reading pane has no subject field but quotes the message it answers.
      inThread: !root.querySelector(SUBJECT) && !!header,
      forwardedBody: FORWARDED_HEADER.test(header?.textContent ?? ''),
    });
  },
  findTrail(editor, root): Trail | null {
    const start = trailStart(editor);
    const button = root.querySelector<HTMLElement>(SHOW_HISTORY);
    const expand = button ? () => button.click() : undefined;
    if (start) {
      const visible = start.matches(TRAIL_CONTAINER) || start.tagName === 'HR' ? start : (start.nextElementSibling ?? start);
      return { start, collapsed: isHidden(visible), expand };
    }
    if (button && !isHidden(button)) return { start: null, collapsed: true, expand };
    return null;
  },
  readAttachments(editor, root) {
    const found: Attachment[] = [];
    for (const item of root.querySelectorAll(ATTACHMENT_ITEM)) {
      if (editor.contains(item)) continue;
      const name = item.getAttribute('title') ?? item.getAttribute('aria-label') ?? valueOf(item);
      found.push({ kind: kindFromName(name), name });
    }
    for (const img of editor.querySelectorAll('img')) found.push({ kind: 'image', name: img.getAttribute('alt') ?? '' });
    return found;
  },
};
