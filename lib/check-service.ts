// The background's side of checking: one incremental checker per open composer, so a one-word
// edit re-analyses one sentence. Holds drafts in memory only, while their composer is open;
// a composer that goes (or its tab) is forgotten, and only the most recent few are kept.
import { z } from 'zod';
import type { CheckConfig } from './check-config.ts';
import { CHECK_MESSAGE, MAX_ANALYSED_CHARS, type CheckReply, type CheckRequest } from './check-protocol.ts';
import { checkerFor, draftFor } from './draft-setup.ts';
import { CHANNELS, RULES_BY_ID, type Checker, type Finding } from './engine/index.ts';
import { withFix } from './fixes.ts';
import { SITES } from './settings/schema.ts';
import { checkTrail } from './trail-check.ts';

/** A message from a content script, checked before anything reads it. */
export const CheckRequestSchema = z.object({
  type: z.literal(CHECK_MESSAGE),
  composer: z.string().min(1).max(100),
  site: z.enum(SITES),
  channel: z.enum(CHANNELS),
  text: z.string(),
  // Validated in full by the engine's Draft schema.
  email: z.unknown().optional(),
  attachments: z.array(z.unknown()),
  trail: z.object({ text: z.string(), collapsed: z.boolean() }).nullable(),
});

interface ComposerCache {
  configKey: string;
  checker: Checker;
  trailChecker: Checker;
  /** What the trail's findings were computed from; the trail is only checked again when it changes. */
  trailKey: string;
  trailFindings: Finding[];
  run: AbortController | null;
}

export interface CheckServiceOptions {
  /** Composers whose caches are kept; the least recently checked goes first. */
  maxComposers?: number;
  /** Longest stretch of checking before other messages get a turn. */
  sliceMs?: number;
}

const PAUSED: CheckReply = { paused: true, findings: [], trailFindings: [], dismissReasons: {} };

function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class CheckService {
  private readonly composers = new Map<string, ComposerCache>();
  private config: CheckConfig;
  private configKey: string;
  private readonly maxComposers: number;
  private readonly sliceMs: number;

  constructor(config: CheckConfig, options: CheckServiceOptions = {}) {
    this.config = config;
    this.configKey = JSON.stringify(config);
    this.maxComposers = options.maxComposers ?? 24;
    this.sliceMs = options.sliceMs ?? 20;
  }

  /** New settings or pack: every composer's next check uses them. */
  setConfig(config: CheckConfig): void {
    this.config = config;
    this.configKey = JSON.stringify(config);
  }

  /** Checks one composer; `key` tells composers apart across tabs. A newer check of the same composer aborts this one. */
  async check(key: string, request: CheckRequest): Promise<CheckReply> {
    const { settings } = this.config;
    if (settings.disabledSites.includes(request.site)) {
      this.release(key);
      return PAUSED;
    }
    const cache = this.cacheFor(key);
    cache.run?.abort();
    const run = new AbortController();
    cache.run = run;
    try {
      const slices = { budgetMs: this.sliceMs, yieldToPage: yieldToOthers, signal: run.signal };
      const text = request.text.slice(0, MAX_ANALYSED_CHARS);
      const draft = draftFor(settings, request.site, request.channel, { text, email: request.email, attachments: request.attachments }, cache.checker.pack.id);
      const findings = (await cache.checker.checkInSlices(draft, slices)).map((f) => withFix(f, text));
      const trailText = request.trail?.text.slice(0, MAX_ANALYSED_CHARS) ?? '';
      const trailKey = request.trail ? `${request.trail.collapsed}|${JSON.stringify(draft.email ?? null)}|${trailText}` : '';
      if (trailKey !== cache.trailKey) {
        const trailFindings = request.trail ? await checkTrail({ ...draft, text: trailText }, (d) => cache.trailChecker.checkInSlices(d, slices)) : [];
        cache.trailKey = trailKey;
        cache.trailFindings = trailFindings;
      }
      return { paused: false, findings, trailFindings: cache.trailFindings, dismissReasons: dismissReasonsOf([...findings, ...cache.trailFindings]) };
    } finally {
      if (cache.run === run) cache.run = null;
    }
  }

  /** Forgets a composer (it closed). */
  release(key: string): void {
    this.composers.get(key)?.run?.abort();
    this.composers.delete(key);
  }

  /** Forgets every composer whose key starts with `prefix` (a tab closed). */
  releaseAll(prefix: string): void {
    for (const key of [...this.composers.keys()]) if (key.startsWith(prefix)) this.release(key);
  }

  /** Composers with a cache (for tests and the soak test's bookkeeping). */
  get size(): number {
    return this.composers.size;
  }

  private cacheFor(key: string): ComposerCache {
    let cache = this.composers.get(key);
    if (cache && cache.configKey !== this.configKey) cache = undefined;
    if (!cache) {
      cache = { configKey: this.configKey, checker: checkerFor(this.config), trailChecker: checkerFor(this.config), trailKey: '', trailFindings: [], run: null };
    }
    // Most recently used last; the first is the one to drop.
    this.composers.delete(key);
    this.composers.set(key, cache);
    while (this.composers.size > this.maxComposers) this.release(this.composers.keys().next().value!);
    return cache;
  }
}

function dismissReasonsOf(findings: readonly Finding[]): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const f of findings) {
    const reason = RULES_BY_ID.get(f.rule)?.meta.dismissReason;
    if (reason) reasons[f.rule] = reason;
  }
  return reasons;
}
