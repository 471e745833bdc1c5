// What a composer page and the background say to each other about checking. The engine (and the
// language analysis, whose start-up alone would freeze the page for hundreds of milliseconds)
// runs in the extension's background; the page sends a composer's text and gets findings back.
// Types and constants only, so that importing this costs the content script nothing.
import type { DraftInput, Finding } from './engine/index.ts';
import type { SiteId } from './settings/schema.ts';

/** Beyond this many characters only the start is checked, and the user is told so. */
export const MAX_ANALYSED_CHARS = 50_000;

/** Content script → background: check one composer's text. Answered with a CheckReply. */
export const CHECK_MESSAGE = 'ppc:check';
/** Content script → background: a composer has gone; forget what was cached for it. */
export const RELEASE_MESSAGE = 'ppc:release';
/** Content script → background, while a composer has focus: keep the checker ready. */
export const WARM_MESSAGE = 'ppc:warm';

export interface CheckRequest {
  type: typeof CHECK_MESSAGE;
  /** The composer, unique within its tab (the cache of each is kept apart). */
  composer: string;
  site: SiteId;
  channel: DraftInput['channel'];
  /** The message as typed, without the quoted trail. */
  text: string;
  email?: DraftInput['email'];
  attachments: NonNullable<DraftInput['attachments']>;
  /** The quoted trail of an email, checked apart (offsets in its own text); null when there is none. */
  trail: { text: string; collapsed: boolean } | null;
}

export interface CheckReply {
  /** Checking is switched off for this site: no findings. */
  paused: boolean;
  /** Findings in `text`, with the quick fixes the content script can apply. */
  findings: Finding[];
  /** Findings in the trail's text. */
  trailFindings: Finding[];
  /** For each rule whose dismissal asks a reason: the question to ask. */
  dismissReasons: Record<string, string>;
}

export interface ReleaseMessage {
  type: typeof RELEASE_MESSAGE;
  composer: string;
}

export interface WarmMessage {
  type: typeof WARM_MESSAGE;
}

/** How the content script asks for a check: over runtime messaging, or in-process in tests. */
export type CheckTransport = (request: CheckRequest, signal: AbortSignal) => Promise<CheckReply>;
