/**
 * The current state of a stored plan = its last checkpoint (`planContents`, written now and
 * then) plus the journal entries written after it (`editLog`, one small write per edit burst).
 * Writing only the journal keeps one save fast even for 5.000-row plans; the checkpoint keeps
 * loading fast. Both are read in one transaction, so the state is always consistent.
 */
import { applyCommand } from '../../shared/commands/applyCommand';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord, PlanContentRecord, PlanRecord } from '../../shared/storage/records';
import type { AmipDb } from './db';

export interface PlanState {
  record: PlanRecord | undefined;
  content: PlanContentRecord | undefined;
  /** Checkpoint + journal; undefined when there is no content. */
  plan: Plan | undefined;
  /** Revision of `plan` (the header's rev when the journal was applied completely). */
  rev: number;
  /** Journal entries that could not be applied (a damaged journal): reported, not dropped. */
  failed: { entry: EditLogRecord; reason: string }[];
}

/** Journal entries of a plan newer than `rev`, oldest first (seq grows with rev). */
export async function journalSince(db: AmipDb, planId: Id, rev: number): Promise<EditLogRecord[]> {
  const newer = await db.editLog
    .where('[planId+seq]')
    .between([planId, -Infinity], [planId, Infinity])
    .reverse()
    .until((e) => e.rev <= rev)
    .toArray();
  return newer.filter((e) => e.rev > rev).reverse();
}

/** Reads checkpoint and journal in one transaction and applies the journal. */
export async function readPlanState(db: AmipDb, planId: Id): Promise<PlanState> {
  const { record, content, journal } = await db.transaction(
    'r',
    db.plans,
    db.planContents,
    db.editLog,
    async () => {
      const content = await db.planContents.get(planId);
      return {
        record: await db.plans.get(planId),
        content,
        journal: content ? await journalSince(db, planId, content.rev) : [],
      };
    },
  );
  if (!content) return { record, content, plan: undefined, rev: record?.rev ?? 0, failed: [] };
  let plan = content.plan;
  let rev = content.rev;
  const failed: PlanState['failed'] = [];
  for (const entry of journal) {
    if (!entry.command) continue; // whole-plan replacements write a checkpoint themselves
    try {
      plan = applyCommand(plan, entry.command).plan;
      plan = { ...plan, header: { ...plan.header, changedAt: entry.at } };
      rev = entry.rev;
    } catch (err) {
      failed.push({ entry, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  // Failed entries are reported by the caller; the plan continues from the newest revision.
  if (record) rev = Math.max(rev, record.rev);
  return { record, content, plan, rev, failed };
}
