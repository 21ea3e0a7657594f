/**
 * Window sync: what other windows wrote reaches this one. A live query on the plan's header
 * says when another window wrote; `pullStoredState` reads the stored state, and folds in the
 * entries a closing window appended without reading (their Änderungsprotokoll text is described
 * again against the plan they apply to, and a new header revision announces them to every
 * window); `syncNotices` says what the other window's entries did to this window's edits.
 */
import { liveQuery } from 'dexie';
import type { Command } from '../../shared/commands/command';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord, PlanRecord } from '../../shared/storage/records';
import { planRecordFor } from '../../shared/storage/records';
import { conflictingKeys } from '../../shared/storage/rebase';
import type { AmipDb } from './db';
import type { FailedEntry, StoredPosition } from './journalWriter';
import type { PlanState } from './planState';
import {
  failedEntryMessage,
  journalAfter,
  lastJournalSeq,
  readPlanState,
  redescribeUnannounced,
} from './planState';

export type NoticeKind = 'ueberschrieben' | 'ueberschreibt' | 'verworfen' | 'geloescht' | 'aktualisiert';

/** Something the user must be told about (shown by the save indicator). */
export interface SaveNotice {
  kind: NoticeKind;
  message: string;
  at: string;
}

/** Calls `onRecord` with the plan's stored header now and after every write; returns unsubscribe. */
export function watchStoredPlan(
  db: AmipDb,
  planId: Id,
  onRecord: (rec: PlanRecord | undefined) => void,
): () => void {
  const sub = liveQuery(() => db.plans.get(planId)).subscribe({
    next: onRecord,
    error: () => {
      /* reported by the next write attempt */
    },
  });
  return () => sub.unsubscribe();
}

export interface PulledState {
  state: PlanState & { plan: Plan };
  /** The header revision now (one more when this read announced a closing window's entries). */
  rev: number;
  /** Other windows' entries after this window's position. */
  theirs: EditLogRecord[];
}

/**
 * Reads the stored state when it moved on from `at` (null: it did not, or the plan is gone).
 * Entries appended by a closing window are folded in here. Throws when the transaction fails.
 */
export function pullStoredState(
  db: AmipDb,
  planId: Id,
  windowId: string,
  at: StoredPosition,
): Promise<PulledState | null> {
  return db.transaction('rw', [db.plans, db.planContents, db.editLog], async () => {
    const [cur, tail] = await Promise.all([db.plans.get(planId), lastJournalSeq(db, planId)]);
    if (!cur) return null;
    if (cur.rev === at.rev && cur.seq === at.seq && tail === at.seq) return null;
    const state = await readPlanState(db, planId);
    if (!state.plan) return null;
    const theirs = (tail > at.seq ? await journalAfter(db, planId, at.seq) : []).filter(
      (e) => e.windowId !== windowId,
    );
    let rev = cur.rev;
    if (cur.seq !== state.seq) {
      await redescribeUnannounced(db, state);
      rev = cur.rev + 1;
      await db.plans.put(planRecordFor(state.plan, rev, windowId, state.seq));
    }
    return { state: { ...state, plan: state.plan }, rev, theirs };
  });
}

const commandsOf = (entries: readonly EditLogRecord[]): Command[] =>
  entries.map((e) => e.command).filter((c): c is Command => c !== null);

function labelsOf(keys: string[], entries: readonly EditLogRecord[]): string {
  const labels = new Set<string>();
  for (const e of entries)
    for (const c of e.changes) if (c.cellKey && keys.includes(c.cellKey)) labels.add(c.what);
  const list = [...labels];
  return list.length > 3 ? `${list.slice(0, 3).join('; ')} und ${list.length - 3} weitere` : list.join('; ');
}

/**
 * What to tell the user about other windows' entries (`theirs`): which of this window's edits
 * just written (`mineNow`) won over theirs, which earlier ones (`recentMine`) they overwrote,
 * else that their changes were taken over; and every stored entry that could not be applied.
 */
export function syncNotices(
  theirs: readonly EditLogRecord[],
  mineNow: readonly Command[],
  recentMine: readonly Command[],
  failed: readonly FailedEntry[],
): { kind: NoticeKind; message: string }[] {
  const out: { kind: NoticeKind; message: string }[] = [];
  const wonOver = conflictingKeys(mineNow, commandsOf(theirs));
  const lostTo = conflictingKeys(recentMine, commandsOf(theirs)).filter((k) => !wonOver.includes(k));
  const who = [...new Set(theirs.map((e) => e.author))].join(', ') || 'ein anderes Fenster';
  if (wonOver.length)
    out.push({
      kind: 'ueberschreibt',
      message: `Ihre Eingabe hat eine Änderung aus einem anderen Fenster überschrieben (zuletzt gespeicherte Eingabe gilt): ${labelsOf(wonOver, theirs)}.`,
    });
  if (lostTo.length)
    out.push({
      kind: 'ueberschrieben',
      message: `Ihre Eingabe wurde in einem anderen Fenster (${who}) überschrieben: ${labelsOf(lostTo, theirs)}.`,
    });
  if (!wonOver.length && !lostTo.length && theirs.length)
    out.push({ kind: 'aktualisiert', message: `Änderungen aus einem anderen Fenster (${who}) übernommen.` });
  for (const f of failed) out.push({ kind: 'verworfen', message: failedEntryMessage(f) });
  return out;
}
