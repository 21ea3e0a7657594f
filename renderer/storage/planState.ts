/**
 * The current state of a stored plan = its last checkpoint (`planContents`, written now and
 * then) plus the journal entries written after it (`editLog`, one small write per edit burst),
 * applied in the order they were written (their seq). Writing only the journal keeps one save
 * fast even for 5.000-row plans; the checkpoint keeps loading fast. Both are read in one
 * transaction, so the state is always consistent.
 */
import { describeChanges } from '../../shared/commands/describeChanges';
import { formatDateTime } from '../../shared/format/dateFormat';
import type { Id, Plan } from '../../shared/model/plan';
import { currentPlan } from '../../shared/file/storedPlan';
import type { EditLogRecord, PlanContentRecord, PlanRecord } from '../../shared/storage/records';
import type { ReplayedStep } from '../../shared/storage/replayJournal';
import { replayJournal } from '../../shared/storage/replayJournal';
import type { AmipDb } from './db';

export interface PlanState {
  record: PlanRecord | undefined;
  content: PlanContentRecord | undefined;
  /** Checkpoint + journal; undefined when there is no content. */
  plan: Plan | undefined;
  /** Revision of `plan`: the header's (the checkpoint's when the header is missing). */
  rev: number;
  /** The last journal entry `plan` includes (0: none). */
  seq: number;
  /** The journal entries after the checkpoint that applied, with the plan before and after each. */
  applied: ReplayedStep<EditLogRecord>[];
  /** Journal entries that could not be applied (a damaged journal): reported, not dropped. */
  failed: { entry: EditLogRecord; reason: string }[];
}

/** Seq of the newest journal entry of a plan (0: none). */
export async function lastJournalSeq(db: AmipDb, planId: Id): Promise<number> {
  const key = await db.editLog
    .where('[planId+seq]')
    .between([planId, -Infinity], [planId, Infinity])
    .lastKey();
  return Array.isArray(key) ? Number(key[1]) : 0;
}

/** Journal entries of a plan written after entry `seq`, oldest first. */
export function journalAfter(db: AmipDb, planId: Id, seq: number): Promise<EditLogRecord[]> {
  return db.editLog.where('[planId+seq]').between([planId, seq], [planId, Infinity], false, true).toArray();
}

/**
 * A checkpoint written before checkpoints recorded their seq: the entries with a higher
 * revision follow it (every write then bumped the revision, so revisions grew with seq, and
 * entries appended since carry at least the revision of the checkpoint plus one).
 */
async function journalAfterRev(db: AmipDb, planId: Id, rev: number): Promise<EditLogRecord[]> {
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
  const { record, content, journal, tail } = await db.transaction(
    'r',
    db.plans,
    db.planContents,
    db.editLog,
    async () => {
      // Asked together: one after another, the small reads waited in turn behind the content
      // (a Land plan's structured clone) instead of being answered meanwhile.
      const [content, record, tail] = await Promise.all([
        db.planContents.get(planId),
        db.plans.get(planId),
        lastJournalSeq(db, planId),
      ]);
      const after = content?.seq;
      return {
        record,
        content,
        journal: !content
          ? []
          : after === undefined
            ? await journalAfterRev(db, planId, content.rev)
            : await journalAfter(db, planId, after),
        tail,
      };
    },
  );
  if (!content)
    return { record, content, plan: undefined, rev: record?.rev ?? 0, seq: tail, applied: [], failed: [] };
  // Failed entries are reported by the caller; the plan continues with the entries after them.
  // A checkpoint written before an upgrade is brought to the current format before the journal.
  const { plan, applied, failed } = replayJournal(currentPlan(content.plan), journal);
  const rev = record?.rev ?? journal.reduce((r, e) => Math.max(r, e.rev), content.rev);
  return { record, content, plan, rev, seq: Math.max(tail, content.seq ?? 0), applied, failed };
}

/** The German message for a journal entry that could not be applied. */
export function failedEntryMessage(f: { entry: EditLogRecord; reason: string }): string {
  return `Die Änderung „${f.entry.label}“ vom ${formatDateTime(f.entry.at)} ließ sich nicht anwenden: ${f.reason}`;
}

/**
 * Entries a closing window appended without reading (autosave's flushUrgently) describe their
 * change against the plan that window saw. Once they are read in order, their Änderungsprotokoll
 * text is described again against the plan they actually apply to, so "vorher" is the value the
 * plan held. Call inside a read-write transaction on `editLog`; returns how many were rewritten.
 */
export async function redescribeUnannounced(db: AmipDb, state: PlanState): Promise<number> {
  const announced = state.record?.seq ?? 0;
  const rewritten: EditLogRecord[] = [];
  for (const { entry, before, after } of state.applied) {
    if ((entry.seq ?? 0) <= announced || !entry.command) continue;
    const changes = describeChanges(before, after, entry.command, entry.label);
    if (JSON.stringify(changes) !== JSON.stringify(entry.changes)) rewritten.push({ ...entry, changes });
  }
  if (rewritten.length) await db.editLog.bulkPut(rewritten);
  return rewritten.length;
}
