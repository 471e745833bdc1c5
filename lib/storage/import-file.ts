// Reading a JSON file the person chose (a pack, or the whole settings) and saying what applying
// it would change. Nothing here writes: the options page shows the result first.
import { isBuiltinPackId, RULES_BY_ID, type Pack } from '../engine/index.ts';
import type { RuleId } from '../engine/rule-ids.ts';
import { checkPackData } from './pack-safety.ts';
import { SETTINGS_FILE_FORMAT } from './records.ts';

/** Files bigger than this are refused before parsing (a pack is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

export type FileCheck<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function parseJsonText(text: string): FileCheck<unknown> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problems: [`the file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
}

/** What kind of file this looks like, by its content. */
export function fileKind(data: unknown): 'settings' | 'pack' {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === SETTINGS_FILE_FORMAT ? 'settings' : 'pack';
}

/** A pack file: valid JSON, the strict pack schema, a pack id of its own, and safe patterns. */
export function checkPackFile(text: string): FileCheck<Pack> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const checked = checkPackData(json.value);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  if (isBuiltinPackId(checked.pack.id)) return { ok: false, problems: [`id: "${checked.pack.id}" is a built-in pack; give your pack its own id`] };
  return { ok: true, value: checked.pack };
}

export interface PackChange {
  kind: 'added' | 'removed' | 'changed';
  /** What changes, in words: "Rule “A private person named”: warning → error". */
  text: string;
}

const list = (values: readonly string[]) => (values.length ? values.join(', ') : 'none');

/**
 * What replacing `before` with `after` changes: the policy, the council's official details, and
 * every rule switched on or off, re-graded, or citing another clause.
 */
export function packChanges(before: Pack | null, after: Pack, titles: Partial<Record<RuleId, string>> = {}): PackChange[] {
  const name = (id: string) => titles[id as RuleId] ?? RULES_BY_ID.get(id as RuleId)?.meta.description ?? id;
  if (!before) {
    return Object.entries(after.rules).map(([id, rule]) => ({ kind: 'added' as const, text: `Rule “${name(id)}”: ${rule!.severity}, ${rule!.clause.ref}` }));
  }
  const out: PackChange[] = [];
  if (before.council !== after.council) out.push({ kind: 'changed', text: `Council: ${before.council} → ${after.council}` });
  if (before.policy.title !== after.policy.title || before.policy.date !== after.policy.date) {
    out.push({ kind: 'changed', text: `Policy: ${before.policy.title} (${before.policy.date}) → ${after.policy.title} (${after.policy.date})` });
  }
  const official = [
    ['Official email addresses', 'emails'],
    ['Official domains', 'domains'],
    ['Websites', 'websites'],
    ['Social media handles', 'handles'],
    ['Phone numbers', 'phones'],
    ['Postal addresses', 'addresses'],
    ['Names', 'names'],
  ] as const;
  for (const [label, key] of official) {
    if (JSON.stringify(before.official[key]) !== JSON.stringify(after.official[key])) {
      out.push({ kind: 'changed', text: `${label}: ${list(before.official[key])} → ${list(after.official[key])}` });
    }
  }
  if (before.official.clerkEmail !== after.official.clerkEmail) out.push({ kind: 'changed', text: `Clerk’s address: ${before.official.clerkEmail ?? 'none'} → ${after.official.clerkEmail ?? 'none'}` });
  if (JSON.stringify(before.signature) !== JSON.stringify(after.signature)) out.push({ kind: 'changed', text: 'The required email signature changes' });
  const ids = new Set([...Object.keys(before.rules), ...Object.keys(after.rules)]);
  for (const id of ids) {
    const a = before.rules[id as RuleId];
    const b = after.rules[id as RuleId];
    if (!a && b) out.push({ kind: 'added', text: `Rule “${name(id)}” is switched on: ${b.severity}, ${b.clause.ref}` });
    else if (a && !b) out.push({ kind: 'removed', text: `Rule “${name(id)}” is switched off` });
    else if (a && b) {
      if (a.severity !== b.severity) out.push({ kind: 'changed', text: `Rule “${name(id)}”: ${a.severity} → ${b.severity}` });
      if (a.clause.ref !== b.clause.ref || a.clause.summary !== b.clause.summary) out.push({ kind: 'changed', text: `Rule “${name(id)}” cites ${b.clause.ref}: ${b.clause.summary}` });
    }
  }
  return out;
}
