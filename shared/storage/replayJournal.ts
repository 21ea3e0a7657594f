/**
 * The journal replay, defined once: a stored plan is its checkpoint plus the journal entries
 * written after it, applied in the order they were written (the editLog's seq). The same replay
 * puts a window's unsaved commands on top of a newer stored state (autosave's rebase), so the
 * plan, the Änderungsprotokoll and every window agree on which write came last.
 */
import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
import type { Plan } from '../model/plan';

/** What the replay needs of a journal entry or of an edit not yet written. */
export interface JournalStep {
  /** null: a whole-plan replacement (version restored); its writer stored a checkpoint. */
  command: Command | null;
  /** ISO 8601; becomes the plan's change time. */
  at: string;
}

export interface ReplayedStep<T> {
  entry: T;
  before: Plan;
  after: Plan;
}

export interface ReplayResult<T> {
  plan: Plan;
  /** Entries applied, each with the plan before and after it. */
  applied: ReplayedStep<T>[];
  /** Entries whose command no longer fits (e.g. its row was deleted by an earlier entry). */
  failed: { entry: T; reason: string }[];
}

/** Applies the entries' commands in order; one that fails is reported and leaves the plan as it was. */
export function replayJournal<T extends JournalStep>(base: Plan, entries: readonly T[]): ReplayResult<T> {
  let plan = base;
  const applied: ReplayedStep<T>[] = [];
  const failed: ReplayResult<T>['failed'] = [];
  for (const entry of entries) {
    if (!entry.command) continue;
    try {
      const next = applyCommand(plan, entry.command).plan;
      const after = { ...next, header: { ...next.header, changedAt: entry.at } };
      applied.push({ entry, before: plan, after });
      plan = after;
    } catch (err) {
      failed.push({ entry, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { plan, applied, failed };
}
