/**
 * Autosave of one open plan. Every committed command is recorded; bursts are coalesced and
 * written in ONE IndexedDB transaction (the small plan header and the edit-log entries, which
 * are the journal, see planState.ts) a few milliseconds after the last keystroke, at most
 * `maxWaitMs` after the first. The whole plan is written as a checkpoint in quiet moments.
 * Failures keep the edits in memory, are shown in German and retried.
 *
 * Several windows may write one plan. Every write is a compare-and-set inside one transaction:
 * it reads the header's revision and the journal's last seq, and when another window wrote
 * since, this window's commands are put on top of the stored state (the last write wins per
 * cell, both windows say so). A closing window cannot wait for a read, so `flushUrgently` only
 * appends journal entries; whoever reads the plan next replays them in order and brings the
 * header up to date. A checkpoint is written only for the state that is still the newest.
 */
import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';
import type { Command } from '../../shared/commands/command';
import type { ChangeLogEntry } from '../../shared/commands/describeChanges';
import { describeChanges } from '../../shared/commands/describeChanges';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord, PlanRecord } from '../../shared/storage/records';
import { planRecordFor } from '../../shared/storage/records';
import { conflictingKeys } from '../../shared/storage/rebase';
import { replayJournal } from '../../shared/storage/replayJournal';
import type { StorageProblem } from '../../shared/storage/storageErrors';
import { classifyStorageError } from '../../shared/storage/storageErrors';
import type { AmipDb } from './db';
import type { PlanState } from './planState';
import {
  failedEntryMessage,
  journalAfter,
  lastJournalSeq,
  readPlanState,
  redescribeUnannounced,
} from './planState';

export type SaveState =
  | { kind: 'saved'; at: string | null; acknowledged: number }
  | { kind: 'saving'; pending: number; acknowledged: number }
  | { kind: 'error'; problem: StorageProblem; pending: number; acknowledged: number };

export type NoticeKind = 'ueberschrieben' | 'ueberschreibt' | 'verworfen' | 'geloescht' | 'aktualisiert';

/** Something the user must be told about (shown by the save indicator). */
export interface SaveNotice {
  kind: NoticeKind;
  message: string;
  at: string;
}

/** Where a window's state stands in the database: header revision and last journal entry. */
export interface StoredPosition {
  rev: number;
  seq: number;
}

interface PendingEdit {
  before: Plan;
  after: Plan;
  command: Command;
  label: string;
  at: string;
}

type FailedEntry = PlanState['failed'][number];

export interface AutosaveOptions {
  windowId: string;
  /** The user's name for the Änderungsprotokoll (read at write time). */
  author: () => string;
  /** Called when the plan must be replaced in the editor (another window's write). */
  onReplace: (plan: Plan) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Waits between retries after a failure (the last one repeats). */
  retryMs?: readonly number[];
  /** Write a checkpoint (the whole plan) after this many journal entries… */
  checkpointEvery?: number;
  /** …or when no edit came for this long. */
  checkpointIdleMs?: number;
}

const RECENT_LIMIT = 500;

/** Puts edits on top of another plan; each gets its new before/after, those that fail are collected. */
function rebase(
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

function labelsOf(keys: string[], entries: readonly EditLogRecord[]): string {
  const labels = new Set<string>();
  for (const e of entries)
    for (const c of e.changes) if (c.cellKey && keys.includes(c.cellKey)) labels.add(c.what);
  const list = [...labels];
  return list.length > 3 ? `${list.slice(0, 3).join('; ')} und ${list.length - 3} weitere` : list.join('; ');
}

const commandsOf = (entries: readonly EditLogRecord[]): Command[] =>
  entries.map((e) => e.command).filter((c): c is Command => c !== null);

export class AutosaveSession {
  readonly planId: Id;
  private readonly db: AmipDb;
  private readonly opts: Required<Omit<AutosaveOptions, 'onReplace' | 'author'>> &
    Pick<AutosaveOptions, 'onReplace' | 'author'>;
  private baseRev: number;
  /** The last journal entry `savedPlan` includes. */
  private baseSeq: number;
  private pending: PendingEdit[] = [];
  /** Written by flushUrgently but not yet part of `savedPlan` (they are in the editor's plan). */
  private unsettled: PendingEdit[] = [];
  private firstPendingAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private chain: Promise<void> = Promise.resolve();
  private state: SaveState = { kind: 'saved', at: null, acknowledged: 0 };
  private readonly listeners = new Set<(s: SaveState) => void>();
  private readonly noticeListeners = new Set<(n: SaveNotice) => void>();
  /** This window's commands since it last took over another window's state. */
  private recentMine: Command[] = [];
  private sub: Subscription | null = null;
  private disposed = false;
  /** Edits taken by the write transaction that is running now. */
  private inFlight = 0;
  /** Durations of the last write transactions in ms (start to commit), for measurements. */
  readonly writeTimes: number[] = [];

  /** The plan as stored at `baseRev`/`baseSeq` (what a checkpoint writes). */
  private savedPlan: Plan;
  private journalLength = 0;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(db: AmipDb, plan: Plan, at: StoredPosition, options: AutosaveOptions) {
    this.db = db;
    this.planId = plan.id;
    this.savedPlan = plan;
    this.baseRev = at.rev;
    this.baseSeq = at.seq;
    this.opts = {
      debounceMs: 25,
      maxWaitMs: 150,
      retryMs: [500, 1000, 2000, 5000, 10000],
      checkpointEvery: 200,
      checkpointIdleMs: 2000,
      ...options,
    };
  }

  getState = (): SaveState => this.state;

  /** Writes, checkpoints and reads run one after the other; one that throws does not stop the rest. */
  private enqueue(fn: () => Promise<void>): Promise<void> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Revision of the stored plan this window's state is based on. */
  get rev(): number {
    return this.baseRev;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  subscribe = (listener: (s: SaveState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onNotice(listener: (n: SaveNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Records one committed command (`before` → `after`) and schedules the write. */
  record(before: Plan, after: Plan, command: Command, label: string): void {
    if (this.disposed) throw new Error('Die Speicherung dieses Plans ist bereits beendet.');
    if (!this.pending.length) this.firstPendingAt = Date.now();
    this.pending.push({ before, after, command, label, at: new Date().toISOString() });
    if (this.state.kind !== 'error')
      this.setState({ kind: 'saving', pending: this.pending.length, acknowledged: this.state.acknowledged });
    else this.setState({ ...this.state, pending: this.pending.length });
    this.schedule();
  }

  private schedule(): void {
    if (this.state.kind === 'error') return; // the retry timer writes
    if (this.timer) clearTimeout(this.timer);
    const waited = Date.now() - this.firstPendingAt;
    const delay = Math.max(0, Math.min(this.opts.debounceMs, this.opts.maxWaitMs - waited));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  /** Writes everything pending now (version saved, plan switched). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.enqueue(() => this.writeOnce());
  }

  private async writeOnce(): Promise<void> {
    const batch = this.pending.slice();
    if (!batch.length) return;
    this.inFlight = batch.length;
    const author = this.opts.author();
    const { db, planId } = this;
    const windowId = this.opts.windowId;
    const { baseRev, baseSeq, savedPlan } = this;
    // Urgent writes issued before this transaction are ordered before it: its read includes them.
    const settles = new Set(this.unsettled);
    let outcome: {
      rev: number;
      seq: number;
      plan: Plan;
      merged: Plan | null;
      written: PendingEdit[];
      rejected: PendingEdit[];
      theirs: EditLogRecord[];
      failed: FailedEntry[];
      recreated: boolean;
      fullWrite: boolean;
    };
    // Described before the transaction opens, so it stays short (redone only after a merge).
    const describe = (edits: PendingEdit[], rev: number): EditLogRecord[] =>
      edits.map((e) => ({
        planId,
        at: e.at,
        author,
        windowId,
        rev,
        label: e.label,
        command: e.command,
        changes: describeChanges(e.before, e.after, e.command, e.label),
      }));
    const prepared = describe(batch, 0);
    const lastPlan = batch[batch.length - 1]!.after;
    const preparedHeader = planRecordFor(lastPlan, 0, windowId);
    const started = performance.now();
    try {
      outcome = await db.transaction('rw', [db.plans, db.planContents, db.editLog], async () => {
        // Both reads in flight together: the compare costs one round trip.
        const [cur, tail] = await Promise.all([db.plans.get(planId), lastJournalSeq(db, planId)]);
        let base: { plan: Plan; failed: FailedEntry[] } | null = null;
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
              base = { plan: state.plan, failed: state.failed };
            }
          } else if (since.length) {
            // Deleted in another window, then a closing window appended to it: keep those too.
            const r = replayJournal(savedPlan, since);
            base = { plan: r.plan, failed: r.failed };
          }
        }
        const r = base ? rebase(base.plan, batch) : null;
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
          written: r ? r.edits : batch,
          rejected: r ? r.rejected : [],
          theirs,
          failed: base ? base.failed.filter((f) => (f.entry.seq ?? 0) > baseSeq) : [],
          recreated: !cur && baseRev > 0,
          fullWrite: !cur,
        };
      });
    } catch (err) {
      this.inFlight = 0;
      this.failed(err);
      return;
    }
    this.inFlight = 0;
    this.writeTimes.push(performance.now() - started);
    if (this.writeTimes.length > 500) this.writeTimes.shift();
    this.attempt = 0;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.baseRev = outcome.rev;
    this.baseSeq = outcome.seq;
    this.savedPlan = outcome.plan;
    this.unsettled = this.unsettled.filter((e) => !settles.has(e));
    this.journalLength = outcome.fullWrite ? 0 : this.journalLength + outcome.written.length;
    this.pending.splice(0, batch.length);
    if (outcome.recreated)
      this.notify(
        'geloescht',
        'Der Plan war in einem anderen Fenster gelöscht worden. Ihre Eingaben wurden gespeichert, der Plan ist wieder in der Planliste.',
      );
    if (outcome.merged)
      this.afterMerge(outcome.merged, outcome.written, outcome.rejected, outcome.theirs, outcome.failed);
    this.recentMine.push(...outcome.written.map((e) => e.command));
    if (this.recentMine.length > RECENT_LIMIT)
      this.recentMine.splice(0, this.recentMine.length - RECENT_LIMIT);
    const acknowledged = this.state.acknowledged + batch.length;
    if (this.pending.length) {
      this.setState({ kind: 'saving', pending: this.pending.length, acknowledged });
      this.firstPendingAt = Date.now();
      this.schedule();
    } else this.setState({ kind: 'saved', at: new Date().toISOString(), acknowledged });
    this.scheduleCheckpoint();
  }

  private scheduleCheckpoint(idleOnly = false): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    if (this.disposed || !this.journalLength) return;
    if (!idleOnly && this.journalLength >= this.opts.checkpointEvery) {
      void this.checkpoint();
      return;
    }
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      void this.checkpoint();
    }, this.opts.checkpointIdleMs);
  }

  /**
   * Writes the whole plan as the new checkpoint (quiet moments, every `checkpointEvery`
   * entries, before switching plans). Compare-and-set: written only while the header and the
   * journal are exactly where this window's saved state is. Otherwise this window first takes
   * over the stored state (which replays everything written meanwhile) and tries once more. A
   * failure here loses nothing (the journal stays).
   */
  checkpoint(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.journalLength || this.pending.length) return;
      let outcome = await this.writeCheckpoint();
      if (outcome === 'stale') {
        await this.pullNow();
        if (!this.pending.length) outcome = await this.writeCheckpoint();
      }
      if (outcome === 'done' || outcome === 'gone') this.journalLength = 0;
      else this.scheduleCheckpoint(true);
    });
  }

  private async writeCheckpoint(): Promise<'done' | 'stale' | 'gone' | 'failed'> {
    const { db, planId } = this;
    const rev = this.baseRev;
    const seq = this.baseSeq;
    const plan = this.savedPlan;
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

  /** Tells the user what another window's entries did to this window's edits. */
  private tell(theirs: EditLogRecord[], mineNow: Command[], failed: FailedEntry[]): void {
    const wonOver = conflictingKeys(mineNow, commandsOf(theirs));
    const lostTo = conflictingKeys(this.recentMine, commandsOf(theirs)).filter((k) => !wonOver.includes(k));
    const who = [...new Set(theirs.map((e) => e.author))].join(', ') || 'ein anderes Fenster';
    if (wonOver.length)
      this.notify(
        'ueberschreibt',
        `Ihre Eingabe hat eine Änderung aus einem anderen Fenster überschrieben (zuletzt gespeicherte Eingabe gilt): ${labelsOf(wonOver, theirs)}.`,
      );
    if (lostTo.length)
      this.notify(
        'ueberschrieben',
        `Ihre Eingabe wurde in einem anderen Fenster (${who}) überschrieben: ${labelsOf(lostTo, theirs)}.`,
      );
    if (!wonOver.length && !lostTo.length && theirs.length)
      this.notify('aktualisiert', `Änderungen aus einem anderen Fenster (${who}) übernommen.`);
    for (const f of failed) this.notify('verworfen', failedEntryMessage(f));
  }

  private afterMerge(
    merged: Plan,
    written: PendingEdit[],
    rejected: PendingEdit[],
    theirs: EditLogRecord[],
    failed: FailedEntry[],
  ): void {
    this.tell(
      theirs,
      written.map((e) => e.command),
      failed,
    );
    for (const r of rejected)
      this.notify(
        'verworfen',
        `„${r.label}“ ließ sich nicht übernehmen, weil der Plan in einem anderen Fenster geändert wurde (z. B. Zeile gelöscht). Bitte die Eingabe prüfen und ggf. wiederholen.`,
      );
    // Nothing from elsewhere: the merged plan is what the editor already shows (keeps its undo).
    if (!theirs.length && !rejected.length && !failed.length) return;
    // Urgent writes not yet in the merged state, then edits made while writing, go on top of it.
    const urgent = rebase(merged, this.unsettled);
    const rest = rebase(urgent.plan, this.pending);
    this.pending = rest.edits;
    for (const r of [...urgent.rejected, ...rest.rejected])
      this.notify(
        'verworfen',
        `„${r.label}“ ließ sich nach dem Abgleich mit einem anderen Fenster nicht übernehmen.`,
      );
    this.opts.onReplace(rest.plan);
  }

  private failed(err: unknown): void {
    const problem = classifyStorageError(err);
    this.setState({
      kind: 'error',
      problem,
      pending: this.pending.length,
      acknowledged: this.state.acknowledged,
    });
    const waits = this.opts.retryMs;
    const wait = waits[Math.min(this.attempt, waits.length - 1)] ?? 5000;
    this.attempt++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.disposed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, wait);
  }

  /**
   * The window is being hidden or closed: write what is pending NOW, in one raw IndexedDB
   * transaction whose requests and commit are all issued in this same tick, so they reach the
   * database even if the page is torn down right after. There is no time to read first, so
   * nothing is overwritten: the edits are only appended to the journal (after whatever another
   * window wrote meanwhile). The header and the checkpoint are left alone; the next reader
   * replays the entries in order and brings the header up to date (this window too, if it
   * survives, e.g. when it was only hidden).
   */
  flushUrgently(): void {
    const batch = this.pending.slice(this.inFlight);
    if (!batch.length || this.disposed) return;
    let idb: IDBDatabase;
    try {
      idb = this.db.backendDB();
      if (!idb) return;
    } catch {
      return; // not open: the regular retry keeps the edits
    }
    // A hint only (the revision this window knew, plus one): the order of entries is their seq.
    const rev = this.baseRev + 1;
    const windowId = this.opts.windowId;
    const author = this.opts.author();
    try {
      const tx = idb.transaction(['editLog'], 'readwrite', { durability: 'strict' });
      const log = tx.objectStore('editLog');
      for (const e of batch)
        log.add({
          planId: this.planId,
          at: e.at,
          author,
          windowId,
          rev,
          label: e.label,
          command: e.command,
          changes: describeChanges(e.before, e.after, e.command, e.label),
        } satisfies EditLogRecord);
      tx.commit();
      // Taken out of the queue now, so the regular writer does not write them twice.
      this.pending.splice(this.inFlight, batch.length);
      this.unsettled.push(...batch);
      tx.oncomplete = () => {
        this.journalLength += batch.length;
        const acknowledged = this.state.acknowledged + batch.length;
        if (!this.pending.length)
          this.setState({ kind: 'saved', at: new Date().toISOString(), acknowledged });
        else this.setState({ ...this.state, acknowledged });
        // Still open (it was only hidden): fold the entries in and let other windows know.
        if (!this.disposed) void this.sync();
      };
      tx.onabort = () => {
        // Put them back in front of anything typed since, and let the regular writer retry.
        this.unsettled = this.unsettled.filter((e) => !batch.includes(e));
        this.pending.splice(this.inFlight, 0, ...batch);
        void this.flush();
      };
    } catch {
      /* the regular writer still has the edits */
    }
  }

  /** Retry now (button "Erneut versuchen", window regained focus). */
  retry(): Promise<void> {
    return this.flush();
  }

  /**
   * Takes over what was written elsewhere (window shown again or focused, another window's
   * write, a checkpoint that found a newer state); pending edits are written with it.
   */
  sync(): Promise<void> {
    return this.enqueue(() => (this.pending.length ? this.writeOnce() : this.pullNow()));
  }

  /** Watches the stored plan for writes of other windows. */
  startSync(): void {
    if (this.sub) return;
    this.sub = liveQuery(() => this.db.plans.get(this.planId)).subscribe({
      next: (rec) => this.onStoredRecord(rec),
      error: () => {
        /* reported by the next write attempt */
      },
    });
    // A window closed before its entries were folded in: do it now (header, Änderungsprotokoll).
    void this.sync();
  }

  private onStoredRecord(rec: PlanRecord | undefined): void {
    if (this.disposed) return;
    if (!rec) {
      this.notify(
        'geloescht',
        'Dieser Plan wurde in einem anderen Fenster gelöscht. Die nächste Eingabe legt ihn wieder an; nichts geht verloren.',
      );
      return;
    }
    if (rec.rev <= this.baseRev || rec.lastWriter === this.opts.windowId) return;
    void this.sync();
  }

  /**
   * Reads the stored state and takes it over when it moved on. Entries appended by a closing
   * window are folded in here: described against the state they apply to, and announced with a
   * new header revision so that every window takes them over.
   */
  private async pullNow(): Promise<void> {
    const { db, planId } = this;
    const windowId = this.opts.windowId;
    const { baseRev, baseSeq } = this;
    const settles = new Set(this.unsettled);
    let pulled: { state: PlanState & { plan: Plan }; rev: number; theirs: EditLogRecord[] } | null;
    try {
      pulled = await db.transaction('rw', [db.plans, db.planContents, db.editLog], async () => {
        const [cur, tail] = await Promise.all([db.plans.get(planId), lastJournalSeq(db, planId)]);
        if (!cur) return null;
        if (cur.rev === baseRev && cur.seq === baseSeq && tail === baseSeq) return null;
        const state = await readPlanState(db, planId);
        if (!state.plan) return null;
        const theirs = (tail > baseSeq ? await journalAfter(db, planId, baseSeq) : []).filter(
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
    } catch {
      return;
    }
    // Edits typed meanwhile are written by the regular writer, which merges.
    if (!pulled || this.pending.length || this.disposed) return;
    const { state, rev, theirs } = pulled;
    this.baseRev = rev;
    this.baseSeq = state.seq;
    this.savedPlan = state.plan;
    this.unsettled = this.unsettled.filter((e) => !settles.has(e));
    this.journalLength = state.applied.length + state.failed.length;
    const failed = state.failed.filter((f) => (f.entry.seq ?? 0) > baseSeq);
    this.tell(theirs, [], failed);
    if (theirs.length) this.recentMine = [];
    if (theirs.length || failed.length) this.opts.onReplace(rebase(state.plan, this.unsettled).plan);
    this.scheduleCheckpoint(true);
  }

  private notify(kind: NoticeKind, message: string): void {
    const n: SaveNotice = { kind, message, at: new Date().toISOString() };
    for (const l of [...this.noticeListeners]) l(n);
  }

  private setState(s: SaveState): void {
    this.state = s;
    for (const l of [...this.listeners]) l(s);
  }

  /** Stops timers and sync; call `flush()` first (pending edits are written by it). */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.sub?.unsubscribe();
    this.sub = null;
  }
}

export type { ChangeLogEntry };
