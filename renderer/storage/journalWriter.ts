/**
 * The journal writer: turns edits into journal entries (editLog records with their
 * Änderungsprotokoll text) and writes them with the small plan header in ONE transaction, and
 * writes checkpoints (the whole plan). Both are a compare-and-set: the transaction reads the
 * header's revision and the journal's last seq first. When another window wrote since, the
 * edits are put on top of the stored state (the last write wins per cell); a checkpoint is
 * written only while it is still the newest state.
 */
import type { Command } from '../../shared/commands/command';
import { describeChanges } from '../../shared/commands/describeChanges';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord } from '../../shared/storage/records';
import { planRecordFor } from '../../shared/storage/records';
import { replayJournal } from '../../shared/storage/replayJournal';
import type { AmipDb } from './db';
import type { PlanState } from './planState';
import { journalAfter, lastJournalSeq, readPlanState, redescribeUnannounced } from './planState';
import type { PendingEdit } from './saveQueue';

/** Where a window's state stands in the database: header revision and last journal entry. */
export interface StoredPosition {
  rev: number;
  seq: number;
}

/** A stored position with the plan it holds. */
export interface SavedState extends StoredPosition {
  plan: Plan;
}

/** Who writes an entry, stamped on it. */
export interface EntryStamp {
  planId: Id;
  author: string;
  windowId: string;
  /** Header revision the entry belongs to (a hint: the order of entries is their seq). */
  rev: number;
}

export type FailedEntry = PlanState['failed'][number];

/** What one edit writes into the journal, its Änderungsprotokoll text described from before → after. */
export function journalEntry(
  edit: { before: Plan; after: Plan; command: Command; label: string; at: string },
  stamp: EntryStamp,
): EditLogRecord {
  return {
    planId: stamp.planId,
    at: edit.at,
    author: stamp.author,
    windowId: stamp.windowId,
    rev: stamp.rev,
    label: edit.label,
    command: edit.command,
    changes: describeChanges(edit.before, edit.after, edit.command, edit.label),
  };
}

/** Puts edits on top of another plan; each gets its new before/after, those that fail are collected. */
export function rebaseEdits(
  base: Plan,
  edits: readonly PendingEdit[],
): { edits: PendingEdit[]; rejected: PendingEdit[]; plan: Plan } {
  const r = replayJournal(base, edits);
  return {
    edits: r.applied.map((s) => ({ ...s.entry, before: s.before, after: s.after })),
    rejected: r.failed.map((f) => f.entry),
    plan: r.plan,
  };
}

export interface JournalWrite {
  /** Where the stored plan stands now. */
  rev: number;
  seq: number;
  plan: Plan;
  /** The stored plan when the edits were put on top of another window's state (else null). */
  merged: Plan | null;
  /** The edits as written (rebased when merged). */
  written: PendingEdit[];
  /** Edits that no longer fit the stored state (e.g. their row was deleted elsewhere). */
  rejected: PendingEdit[];
  /** Other windows' entries written since this window's last read. */
  theirs: EditLogRecord[];
  /** Stored entries since then that could not be applied (a damaged journal). */
  failed: FailedEntry[];
  /** The plan had been deleted in another window and is stored again. */
  recreated: boolean;
  /** The whole plan was written (it was missing), so the journal starts over. */
  fullWrite: boolean;
  /** Duration of the transaction in ms (start to commit). */
  ms: number;
}

/**
 * Writes `batch` (this window's edits on top of `base`) as journal entries and the header, in
 * one compare-and-set transaction. Throws when the transaction fails (nothing is written then).
 */
export async function writeJournal(
  db: AmipDb,
  stamp: Omit<EntryStamp, 'rev'>,
  base: SavedState,
  batch: readonly PendingEdit[],
  /** Gets the transaction as it opens: a closing window aborts it and appends the batch itself. */
  onTransaction?: (tx: IDBTransaction) => void,
): Promise<JournalWrite> {
  const { planId, windowId } = stamp;
  const { rev: baseRev, seq: baseSeq, plan: savedPlan } = base;
  // Described before the transaction opens, so it stays short (redone only after a merge).
  const describe = (edits: readonly PendingEdit[], rev: number): EditLogRecord[] =>
    edits.map((e) => journalEntry(e, { ...stamp, rev }));
  const prepared = describe(batch, 0);
  const lastPlan = batch[batch.length - 1]!.after;
  const preparedHeader = planRecordFor(lastPlan, 0, windowId);
  const started = performance.now();
  const outcome = await db.transaction('rw', [db.plans, db.planContents, db.editLog], async (tx) => {
    onTransaction?.(tx.idbtrans);
    // Both reads in flight together: the compare costs one round trip.
    const [cur, tail] = await Promise.all([db.plans.get(planId), lastJournalSeq(db, planId)]);
    let stored: { plan: Plan; failed: FailedEntry[] } | null = null;
    let theirs: EditLogRecord[] = [];
    if (!cur || cur.rev !== baseRev || cur.seq !== baseSeq || tail !== baseSeq) {
      // Written since this window last read (another window, or this one while closing):
      // put this window's commands on top of the stored state.
      const since = tail > baseSeq ? await journalAfter(db, planId, baseSeq) : [];
      theirs = since.filter((e) => e.windowId !== windowId);
      if (cur) {
        const state = await readPlanState(db, planId);
        if (state.plan) {
          await redescribeUnannounced(db, state);
          stored = { plan: state.plan, failed: state.failed };
        }
      } else if (since.length) {
        // Deleted in another window, then a closing window appended to it: keep those too.
        const r = replayJournal(savedPlan, since);
        stored = { plan: r.plan, failed: r.failed };
      }
    }
    const r = stored ? rebaseEdits(stored.plan, batch) : null;
    const plan = r ? r.plan : lastPlan;
    const rev = (cur?.rev ?? 0) + 1;
    const entries = r ? describe(r.edits, rev) : prepared.map((e) => ({ ...e, rev }));
    const seq = entries.length ? await db.editLog.bulkAdd(entries) : tail;
    // Normally only the journal and the small header are written; a missing plan (deleted
    // in another window, or never stored) gets its whole content.
    if (!cur) await db.planContents.put({ id: planId, rev, plan, seq });
    await db.plans.put(r ? planRecordFor(plan, rev, windowId, seq) : { ...preparedHeader, rev, seq });
    return {
      rev,
      seq,
      plan,
      merged: r ? plan : null,
      written: r ? r.edits : [...batch],
      rejected: r ? r.rejected : [],
      theirs,
      failed: stored ? stored.failed.filter((f) => (f.entry.seq ?? 0) > baseSeq) : [],
      recreated: !cur && baseRev > 0,
      fullWrite: !cur,
    };
  });
  return { ...outcome, ms: performance.now() - started };
}

/**
 * Writes `saved` as the plan's checkpoint, only while the header and the journal are exactly
 * there ('stale' otherwise: another window wrote; 'gone': the plan was deleted). A failure
 * here loses nothing (the journal stays).
 */
export async function writeCheckpoint(
  db: AmipDb,
  planId: Id,
  saved: SavedState,
): Promise<'done' | 'stale' | 'gone' | 'failed'> {
  const { rev, seq, plan } = saved;
  try {
    return await db.transaction('rw', [db.plans, db.planContents, db.editLog], async () => {
      const [cur, tail] = await Promise.all([db.plans.get(planId), lastJournalSeq(db, planId)]);
      if (!cur) return 'gone';
      if (cur.rev !== rev || cur.seq !== seq || tail !== seq) return 'stale';
      await db.planContents.put({ id: planId, rev, plan, seq });
      return 'done';
    });
  } catch {
    return 'failed';
  }
}
