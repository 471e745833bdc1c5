// What Gmail and Outlook share: deciding reply, forward and likely reply-all from what was read.
import type { EmailContext } from './types.ts';

const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw)\s*:/i;
const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr)\s*:/i;

export function emailContext(fields: {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The composer sits in a thread (an inline reply), whatever its subject says. */
  inThread: boolean;
  /** The body carries a forwarded-message header. */
  forwardedBody: boolean;
}): EmailContext {
  const forward = FORWARD_SUBJECT.test(fields.subject) || (fields.forwardedBody && !REPLY_SUBJECT.test(fields.subject));
  const reply = !forward && (REPLY_SUBJECT.test(fields.subject) || fields.inThread);
  return {
    from: fields.from,
    to: fields.to,
    cc: fields.cc,
    bcc: fields.bcc,
    subject: fields.subject,
    reply,
    forward,
    // No site says "reply all": a reply to more than one visible recipient is the practical sign.
    replyAll: reply && fields.to.length + fields.cc.length > 1,
  };
}

export const FORWARDED_HEADER = /(?<!-)-{5,}\s*Forwarded message\s*-{5,}/i;
