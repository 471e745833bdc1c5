// Light pieces shared by the store and the pack checks: zod errors as "path: problem" lines, and
// the shape of a pack check. No rules or engine code here, so the popup stays small.
import { z } from 'zod';
import { describeZodError } from '../engine/draft.ts';
import { PackSchema, type Pack } from '../engine/pack.ts';

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** Checks pack data from outside; the full check is pack-safety.ts checkPackData. */
export type PackChecker = (data: unknown) => PackCheck;

/** zod's issues as "path: problem" lines, with `prefix` put before each path. */
export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  if (prefix.length === 0) return describeZodError(error);
  const issues = error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  return describeZodError(new z.ZodError(issues as z.core.$ZodIssue[]));
}

/**
 * The pack schema alone: what the popup uses to read stored packs (they were fully checked when
 * they were saved, and the content script checks the mirrored pack fully again).
 */
export const checkPackSchema: PackChecker = (data) => {
  const parsed = PackSchema.safeParse(data);
  return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, problems: zodProblems(parsed.error) };
};
