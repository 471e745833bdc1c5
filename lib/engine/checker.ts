import { DraftSchema, DraftSettingsSchema, type Draft, type DraftInput, type DraftSettings, type DraftSettingsInput } from './draft.ts';
import type { Finding } from './finding.ts';
import type { Pack } from './pack.ts';
import { parse, type NlpDoc } from './nlp.ts';
import { findQuoted } from './quoted.ts';
import type { Report, RuleEnv, RuleModule, RuleOptions, SentenceContext } from './rule.ts';
import type { RuleId } from './rule-ids.ts';
import { segment, type Sentence } from './segment.ts';
import { applyCouncilDetails } from './council.ts';

export interface CheckerOptions {
  pack: Pack;
  /** Defaults for every draft; a draft's own settings add to them. */
  settings?: DraftSettingsInput;
  /** The rules to run (normally the registry); the pack decides which of them are on. */
  rules: readonly RuleModule[];
  /** Called when a rule throws; the rule's findings are dropped and checking goes on. */
  onRuleError?: (rule: RuleId, error: unknown) => void;
}

export interface Checker {
  readonly pack: Pack;
  check(draft: DraftInput): Finding[];
  /** The same result as `check`, giving way to the page every `budgetMs` of work. */
  checkInSlices(draft: DraftInput, options: { budgetMs: number; yieldToPage: () => Promise<void>; signal?: AbortSignal }): Promise<Finding[]>;
  /** Sentences analysed afresh by the last check (the rest came from the cache). */
  readonly lastFreshSentences: number;
}

type SentenceResult = Map<RuleId, Report[]>;

function mergeSettings(base: DraftSettings, extra: DraftSettings | undefined): DraftSettings {
  if (!extra) return base;
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    pollingDay: extra.pollingDay ?? base.pollingDay,
    sensitiveMatters: union(base.sensitiveMatters, extra.sensitiveMatters),
    permittedNames: union(base.permittedNames, extra.permittedNames),
    localStreets: union(base.localStreets, extra.localStreets),
    council: base.council || extra.council ? { ...base.council, ...extra.council } : undefined,
    rules: base.rules || extra.rules ? { ...base.rules, ...extra.rules } : undefined,
  };
}

function dayOf(iso: string | undefined): Date {
  if (iso) return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}

function render(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => data?.[key] ?? whole);
}

function shift(report: Report, by: number): Report {
  if (by === 0) return report;
  return {
    ...report,
    start: report.start + by,
    end: report.end + by,
    fix: report.fix && {
      label: report.fix.label,
      edits: report.fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    },
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

const NO_OPTIONS: RuleOptions = Object.freeze({});
const optionsCache = new WeakMap<Pack, Map<RuleId, RuleOptions>>();

/** The rule's options from the pack, defaults filled in; parsed once per pack. */
function optionsFor(rule: RuleModule, pack: Pack): RuleOptions {
  if (!rule.meta.options) return NO_OPTIONS;
  let perPack = optionsCache.get(pack);
  if (!perPack) optionsCache.set(pack, (perPack = new Map()));
  let options = perPack.get(rule.meta.id);
  if (!options) {
    options = Object.freeze(rule.meta.options.parse(pack.rules[rule.meta.id]?.options ?? {}));
    perPack.set(rule.meta.id, options);
  }
  return options;
}

export function createChecker(options: CheckerOptions): Checker {
  const { onRuleError } = options;
  const baseSettings = DraftSettingsSchema.parse(options.settings ?? {});
  const basePack = options.pack;

  // Per-sentence results from the last check, keyed by quoted-flag + sentence text. Only
  // entries the last check used survive, so memory follows the current draft.
  let cache = new Map<string, SentenceResult>();
  let cacheEnvKey = '';
  let lastFresh = 0;

  function prepare(input: DraftInput) {
    const draft: Draft = DraftSchema.parse(input);
    if (draft.pack !== basePack.id) {
      throw new Error(`this checker holds pack "${basePack.id}" but the draft asks for "${draft.pack}"`);
    }
    const settings = mergeSettings(baseSettings, draft.settings);
    const pack = applyCouncilDetails(basePack, settings.council);
    const env: RuleEnv = {
      pack,
      channel: draft.channel,
      capacity: draft.capacity,
      role: draft.role,
      now: dayOf(draft.now),
      settings,
    };
    const active = options.rules.filter((rule) => {
      const id = rule.meta.id;
      if (!pack.rules[id]) return false;
      if (settings.rules?.[id]?.enabled === false) return false;
      return !rule.meta.channels || rule.meta.channels.includes(draft.channel);
    });
    const envKey = JSON.stringify([pack.id, env.channel, env.capacity, env.role, env.now?.toISOString(), settings]);
    if (envKey !== cacheEnvKey) {
      cache = new Map();
      cacheEnvKey = envKey;
    }
    const quoted = draft.channel === 'email' ? findQuoted(draft.text) : [];
    const sentences = segment(draft.text, quoted);
    return { draft, env, active, quoted, sentences };
  }

  function runRule<T>(id: RuleId, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      onRuleError?.(id, error);
      return fallback;
    }
  }

  function analyseSentence(sentence: Sentence, env: RuleEnv, active: readonly RuleModule[]): SentenceResult {
    let doc: NlpDoc | undefined;
    const local = { ...sentence, start: 0, end: sentence.text.length };
    const nlp = () => (doc ??= parse(sentence.text));
    const result: SentenceResult = new Map();
    for (const rule of active) {
      if (!rule.checkSentence) continue;
      if (sentence.quoted && !rule.meta.readsQuoted) continue;
      const ctx: SentenceContext = { env, options: optionsFor(rule, env.pack), sentence: local, nlp };
      const reports = runRule(rule.meta.id, [], () => rule.checkSentence!(ctx));
      if (reports.length) result.set(rule.meta.id, reports);
    }
    return result;
  }

  // The check as a generator that yields after each freshly analysed sentence, so the same
  // code serves the synchronous check and the sliced one.
  function* run(input: DraftInput): Generator<void, Finding[]> {
    const { draft, env, active, quoted, sentences } = prepare(input);
    const nextCache = new Map<string, SentenceResult>();
    const bySentence: Map<RuleId, Report[]> = new Map();
    lastFresh = 0;
    for (const sentence of sentences) {
      const key = `${sentence.quoted ? 'q' : 'p'}|${sentence.text}`;
      let result = nextCache.get(key) ?? cache.get(key);
      if (!result) {
        result = analyseSentence(sentence, env, active);
        lastFresh++;
        yield;
      }
      nextCache.set(key, result);
      for (const [id, reports] of result) {
        const list = bySentence.get(id) ?? [];
        for (const r of reports) list.push(shift(r, sentence.start));
        bySentence.set(id, list);
      }
    }
    cache = nextCache;

    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const rule of active) {
      const id = rule.meta.id;
      const fromSentences = bySentence.get(id) ?? [];
      const reports = rule.checkDraft
        ? runRule(id, [], () =>
            rule.checkDraft!(
              { env, options: optionsFor(rule, env.pack), text: draft.text, email: draft.email, attachments: draft.attachments, sentences, quoted },
              fromSentences,
            ),
          )
        : fromSentences;
      const packRule = env.pack.rules[id]!;
      const severity = env.settings.rules?.[id]?.severity ?? packRule.severity;
      for (const report of reports) {
        const template = rule.meta.messages[report.messageId];
        if (template === undefined) {
          onRuleError?.(id, new Error(`rule ${id} has no message "${report.messageId}"`));
          continue;
        }
        const start = Math.max(0, Math.min(report.start, draft.text.length));
        const end = Math.max(start, Math.min(report.end, draft.text.length));
        const dedupe = `${id}:${start}:${end}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        findings.push({
          rule: id,
          severity,
          start,
          end,
          message: `${env.pack.shortName} policy ${packRule.clause.ref}: ${render(template, report.data)}`,
          clause: { pack: env.pack.id, ref: packRule.clause.ref, summary: packRule.clause.summary },
          ...(report.fix ? { fix: report.fix } : {}),
        });
      }
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
    return findings;
  }

  return {
    pack: basePack,
    get lastFreshSentences() {
      return lastFresh;
    },
    check(input) {
      const it = run(input);
      for (;;) {
        const step = it.next();
        if (step.done) return step.value;
      }
    },
    async checkInSlices(input, { budgetMs, yieldToPage, signal }) {
      const it = run(input);
      let sliceStart = performance.now();
      for (;;) {
        const step = it.next();
        if (step.done) return step.value;
        if (performance.now() - sliceStart >= budgetMs) {
          await yieldToPage();
          signal?.throwIfAborted();
          sliceStart = performance.now();
        }
      }
    },
  };
}
