import type { Attachment } from '../engine/index.ts';
import { addUnique, ancestorContaining, emailsIn, isHidden, kindFromName, mediaPreviews, outermost, valueOf } from './dom.ts';
import { emailContext, FORWARDED_HEADER } from './email.ts';
import type { SiteAdapter, Trail } from './types.ts';

// Compose roots: inline reply or docked compose (div.M9), pop-out window (div.AD).
const COMPOSE_ROOT = 'div.M9, div.AD';
// Body: Gmail marks its editable with g_editable (aria-label "Message Body" is localised).
const BODY = 'div[g_editable="true"]';
// Fallback body: an editable in a compose root that is not a recipient or subject field.
const BODY_FALLBACK = ':is(div.M9, div.AD) div[contenteditable="true"]:not([name]):not([role="combobox"])';
const SUBJECT = 'input[name="subjectbox"]';
// Absent when the account has a single address.
const FROM = '[name="from"]';
// Recipient fields; chips carry the address in data-hovercard-id, older UIs keep hidden inputs.
const FIELD = { to: '[name="to"]', cc: '[name="cc"]', bcc: '[name="bcc"]' } as const;
const CHIP_ADDRESS_ATTRS = ['data-hovercard-id', 'email', 'data-email'];
// Quoted trail: newer builds add gmail_quote_container around the same parts.
const QUOTE = 'div.gmail_quote_container, div.gmail_quote';
// The "…" button that shows a trimmed (collapsed) trail.
const SHOW_TRIMMED = '.ajR';
// The Send button (class aoO); the tooltip and label start "Send" in English.
const SEND = 'div[role="button"].aoO, [role="button"][data-tooltip^="Send"], [role="button"][aria-label^="Send"], button[aria-label^="Send"]';
// Attachment chips below the body; the checkbox name has been stable for years.
const ATTACHMENT_CHIP = 'input[name="attach"]';
// An inline reply sits inside a conversation's message list.
const THREAD = '[role="list"], .nH.if, .adn';

function readField(root: Element, selector: string): string[] {
  const addresses: string[] = [];
  for (const field of root.querySelectorAll(selector)) {
    if (field instanceof HTMLInputElement) {
      addUnique(addresses, emailsIn(field.value));
      continue;
    }
    for (const chip of field.querySelectorAll(CHIP_ADDRESS_ATTRS.map((a) => `[${a}]`).join(', '))) {
      for (const attr of CHIP_ADDRESS_ATTRS) addUnique(addresses, emailsIn(chip.getAttribute(attr)));
    }
    // An address typed but not yet turned into a chip is still sent.
    for (const input of field.querySelectorAll('input')) addUnique(addresses, emailsIn(input.value));
  }
  return addresses;
}

/** The account's own address: Gmail's tab title reads "Inbox - me@example.com - Gmail". */
function accountAddress(doc: Document): string {
  return emailsIn(doc.title)[0] ?? '';
}

// Chip: [role=listitem][aria-label="Attachment: name"] > input[name=attach] + .vI (the file name).
function attachmentName(input: Element): string {
  const chip = input.closest('[role="listitem"], .dL') ?? input.parentElement;
  return valueOf(chip?.querySelector('.vI')) || (chip?.getAttribute('aria-label') ?? '').replace(/^Attachment:\s*/i, '') || valueOf(chip);
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  channel: 'email',
  sendSelector: SEND,
  findEditors(root) {
    const bodies = [...root.querySelectorAll<HTMLElement>(BODY)];
    if (bodies.length) return bodies;
    return [...root.querySelectorAll<HTMLElement>(BODY_FALLBACK)].filter((el) => !el.parentElement?.closest('[contenteditable="true"]'));
  },
  composeRoot(editor) {
    return editor.closest(COMPOSE_ROOT) ?? ancestorContaining(editor, SEND) ?? editor.parentElement ?? editor;
  },
  uiAnchor(editor) {
    return editor;
  },
  readEmail(editor, root) {
    const from = emailsIn(valueOf(root.querySelector(FROM)) || root.querySelector(FROM)?.getAttribute('value'))[0] ?? accountAddress(editor.ownerDocument);
    const subjectInput = root.querySelector<HTMLInputElement>(SUBJECT);
    const quote = editor.querySelector(QUOTE);
    return emailContext({
      from,
      to: readField(root, FIELD.to),
      cc: readField(root, FIELD.cc),
      bcc: readField(root, FIELD.bcc),
      subject: subjectInput?.value ?? '',
      inThread: !!root.closest(THREAD) && !!quote,
      forwardedBody: !!quote && FORWARDED_HEADER.test(quote.textContent ?? ''),
    });
  },
  findTrail(editor, root): Trail | null {
    const quote = outermost(editor, QUOTE)[0];
    const button = root.querySelector<HTMLElement>(SHOW_TRIMMED) ?? editor.querySelector<HTMLElement>(SHOW_TRIMMED);
    const expand = button ? () => button.click() : undefined;
    if (quote) {
      // A forward's forwarded message is the point of the forward, not a trail.
      if (FORWARDED_HEADER.test(quote.textContent?.slice(0, 200) ?? '')) return null;
      return { start: quote, collapsed: isHidden(quote), expand };
    }
    // Trimmed and not yet in the body: Gmail still sends it.
    if (button && !isHidden(button)) return { start: null, collapsed: true, expand };
    return null;
  },
  readAttachments(editor, root) {
    const found: Attachment[] = [];
    for (const input of root.querySelectorAll(ATTACHMENT_CHIP)) {
      const name = attachmentName(input);
      found.push({ kind: kindFromName(name), name });
    }
    // Pictures pasted into the body are sent too.
    for (const img of editor.querySelectorAll('img')) found.push({ kind: 'image', name: img.getAttribute('alt') ?? '' });
    for (const media of mediaPreviews(root)) if (!found.some((f) => f.kind === media.kind && f.name === media.name)) found.push(media);
    return found;
  },
};
