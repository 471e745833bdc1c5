import type { Attachment, Channel, Email } from '../engine/index.ts';
import type { SiteId } from '../settings/schema.ts';

/** What an email adapter reads around the body, handed to the engine as `draft.email`. */
export interface EmailContext extends Email {
  /** A reply (subject "Re:", or an inline reply in a thread). */
  reply: boolean;
}

/** Where a quoted trail starts in the body; it runs from there to the end of the editor. */
export interface Trail {
  /** Null when the trail is trimmed and not yet in the DOM. */
  start: Node | null;
  /** Hidden behind a "…" button: still sent, not visible. */
  collapsed: boolean;
  /** Shows a collapsed trail (clicks the site's own button), so it can be read or removed. */
  expand?: () => void;
}

export interface SiteAdapter {
  site: SiteId;
  channel: Channel;
  /** Every compose body under `root`, including several open at once. */
  findEditors(root: ParentNode): HTMLElement[];
  /** The element holding one compose form: its recipients, subject, attachments and buttons. */
  composeRoot(editor: HTMLElement): Element;
  /** The per-composer UI goes right after this element (outside the editable, in tab order after it). */
  uiAnchor(editor: HTMLElement): Element;
  /** Post / Send / Reply controls. */
  sendSelector: string;
  readEmail?(editor: HTMLElement, root: Element): EmailContext;
  findTrail?(editor: HTMLElement, root: Element): Trail | null;
  readAttachments(editor: HTMLElement, root: Element): Attachment[];
}
