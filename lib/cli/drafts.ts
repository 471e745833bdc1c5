import { z } from 'zod';
import { createChecker, describeZodError, DraftSchema, isBuiltinPackId, type Checker, type Draft, type DraftInput, type Finding, type Pack } from '../engine/index.ts';

/** The fields a plain-text draft takes from the command line, with the CLI's defaults. */
export const DraftDefaultsSchema = z.object({
  pack: z.string().default('bottisham'),
  channel: z.enum(['facebook', 'x', 'email']).default('facebook'),
  capacity: z.enum(['council', 'personal']).default('personal'),
  role: z.enum(['councillor', 'clerk', 'chair', 'staff']).default('councillor'),
  now: z.string().optional(),
});
export type DraftDefaults = z.output<typeof DraftDefaultsSchema>;

export class InputError extends Error {}

/** Fills a draft's missing fields from the defaults and validates it, naming every bad field. */
export function toDraft(value: unknown, defaults: DraftDefaults, where: string): Draft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: expected a JSON object (a draft)`);
  }
  const merged: Record<string, unknown> = { ...stripUndefined(defaults), ...value };
  const parsed = DraftSchema.safeParse(merged);
  if (!parsed.success) throw new InputError(`${where}: ${describeZodError(parsed.error).join('; ')}`);
  return parsed.data;
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** One checker per pack, reused across drafts so its sentence cache and rule set are built once. */
export class CheckerPool {
  private readonly checkers = new Map<string, Checker>();
  constructor(private readonly customPacks: ReadonlyMap<string, Pack> = new Map()) {}

  check(draft: Draft | DraftInput, where: string): Finding[] {
    return this.checkerFor(draft.pack, where).check(draft);
  }

  private checkerFor(packId: string, where: string): Checker {
    let checker = this.checkers.get(packId);
    if (!checker) {
      const custom = this.customPacks.get(packId);
      if (!custom && !isBuiltinPackId(packId)) {
        const known = [...this.customPacks.keys(), 'bottisham', 'croft', 'withyham', 'pitstone', 'collier-street'];
        throw new InputError(`${where}: pack: unknown pack "${packId}"; choose one of ${known.join(', ')}`);
      }
      checker = createChecker({ pack: custom ?? packId });
      this.checkers.set(packId, checker);
    }
    return checker;
  }
}
