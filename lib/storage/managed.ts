// The council's managed settings (storage.managed, pushed by Chrome/Edge group policy or
// Firefox's policies.json). Each key is checked on its own: a bad value is dropped with a
// message, and the rest still apply.
import { isBuiltinPackId } from './builtin-packs.ts';
import type { Pack } from '../engine/pack.ts';
import { MANAGED_FIELDS, type ManagedKey, type ManagedSettings } from './records.ts';
import { zodProblems, type PackChecker } from './problems.ts';

export interface ParsedManaged {
  values: ManagedSettings;
  /** The council's own pack (from `customPack`), already checked. */
  pack: Pack | null;
  problems: string[];
}

export const NO_MANAGED: ParsedManaged = { values: {}, pack: null, problems: [] };

/** `checkPack` checks the council's own pack (pack-safety.ts checkPackData in full). */
export function parseManaged(raw: unknown, checkPack: PackChecker): ParsedManaged {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return NO_MANAGED;
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (!(key in MANAGED_FIELDS)) {
      problems.push(`${key}: not a setting this version understands, so it is ignored`);
      continue;
    }
    const result = MANAGED_FIELDS[key as ManagedKey].safeParse(value);
    if (result.success) values[key] = result.data;
    else problems.push(...zodProblems(result.error, [key]));
  }

  let pack: Pack | null = null;
  if (typeof values.customPack === 'string') {
    let data: unknown;
    try {
      data = JSON.parse(values.customPack);
    } catch (error) {
      problems.push(`customPack: not valid JSON (${(error as Error).message})`);
    }
    if (data !== undefined) {
      const checked = checkPack(data);
      if (checked.ok) {
        if (isBuiltinPackId(checked.pack.id)) problems.push(`customPack.id: "${checked.pack.id}" is a built-in pack's id; the council's own pack needs its own id`);
        else pack = checked.pack;
      } else problems.push(...checked.problems.map((line) => `customPack.${line}`));
    }
    delete values.customPack;
  }
  return { values: values as ManagedSettings, pack, problems };
}

interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/** Reads storage.managed. Firefox without a managed manifest, and some test browsers, throw: no values then. */
export async function readManaged(area: ManagedArea | undefined, checkPack: PackChecker): Promise<ParsedManaged> {
  if (!area) return NO_MANAGED;
  try {
    return parseManaged(await area.get(null), checkPack);
  } catch {
    return NO_MANAGED;
  }
}
