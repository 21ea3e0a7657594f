/**
 * Autosave of one open plan. Every committed command is recorded; bursts are coalesced and
 * written in ONE IndexedDB transaction (the small plan header and the edit-log entries, which
 * are the journal, see planState.ts) a few milliseconds after the last keystroke, at most
 * `maxWaitMs` after the first. The whole plan is written as a checkpoint in quiet moments. Failures keep
 * the edits in memory, are shown in German and retried. Writes of other windows are picked
 * up (Dexie liveQuery); when both windows wrote the same cell, the last write wins and both
 * windows say so.
 */
import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';
import type { Command } from '../../shared/commands/command';
import type { ChangeLogEntry } from '../../shared/commands/describeChanges';
import { describeChanges } from '../../shared/commands/describeChanges';
import { applyCommand } from '../../shared/commands/applyCommand';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord, PlanRecord } from '../../shared/storage/records';
import { planRecordFor } from '../../shared/storage/records';
import { conflictingKeys } from '../../shared/storage/rebase';
import type { StorageProblem } from '../../shared/storage/storageErrors';
import { classifyStorageError } from '../../shared/storage/storageErrors';
import type { AmipDb } from './db';
import { journalSince, readPlanState } from './planState';

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

interface PendingEdit {
  before: Plan;
  after: Plan;
  command: Command;
  label: string;
  at: string;
}

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

/** Applies commands one by one; those that fail are collected (the other window changed structure). */
function replay(
  base: Plan,
  edits: readonly PendingEdit[],
): { edits: PendingEdit[]; rejected: PendingEdit[]; plan: Plan } {
  let plan = base;
  const out: PendingEdit[] = [];
  const rejected: PendingEdit[] = [];
  for (const e of edits) {
    try {
      const applied = applyCommand(plan, e.command);
      out.push({ ...e, before: plan, after: applied.plan });
      plan = applied.plan;
    } catch {
      rejected.push(e);
    }
  }
  return { edits: out, rejected, plan };
}

function labelsOf(keys: string[], entries: readonly EditLogRecord[]): string {
  const labels = new Set<string>();
  for (const e of entries)
    for (const c of e.changes) if (c.cellKey && keys.includes(c.cellKey)) labels.add(c.what);
  const list = [...labels];
  return list.length > 3 ? `${list.slice(0, 3).join('; ')} und ${list.length - 3} weitere` : list.join('; ');
}

export class AutosaveSession {
  readonly planId: Id;
  private readonly db: AmipDb;
  private readonly opts: Required<Omit<AutosaveOptions, 'onReplace' | 'author'>> &
    Pick<AutosaveOptions, 'onReplace' | 'author'>;
  private baseRev: number;
  private pending: PendingEdit[] = [];
  private firstPendingAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private chain: Promise<void> = Promise.resolve();
  private state: SaveState = { kind: 'saved', at: null, acknowledged: 0 };
  private readonly listeners = new Set<(s: SaveState) => void>();
  private readonly noticeListeners = new Set<(n: SaveNotice) => void>();
  private recentMine: Command[] = [];
  private sub: Subscription | null = null;
  private disposed = false;
  /** Edits taken by the write transaction that is running now. */
  private inFlight = 0;
  /** Durations of the last write transactions in ms (start to commit), for measurements. */
  readonly writeTimes: number[] = [];

  /** The plan as stored at `baseRev` (what a checkpoint writes). */
  private savedPlan: Plan;
  private journalLength = 0;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(db: AmipDb, plan: Plan, rev: number, options: AutosaveOptions) {
    this.db = db;
    this.planId = plan.id;
    this.savedPlan = plan;
    this.baseRev = rev;
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

  /** Writes everything pending now (window hidden or closed, version saved, plan switched). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.chain = this.chain.then(() => this.writeOnce());
    return this.chain;
  }

  private async writeOnce(): Promise<void> {
    const batch = this.pending.slice();
    if (!batch.length) return;
    this.inFlight = batch.length;
    const author = this.opts.author();
    const { db, planId } = this;
    const windowId = this.opts.windowId;
    const baseRev = this.baseRev;
    let outcome: {
      rev: number;
      plan: Plan;
      merged: Plan | null;
      written: PendingEdit[];
      rejected: PendingEdit[];
      theirs: EditLogRecord[];
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
        const cur = await db.plans.get(planId);
        let written = batch;
        let rejected: PendingEdit[] = [];
        let merged: Plan | null = null;
        let theirs: EditLogRecord[] = [];
        let plan = lastPlan;
        if (cur && cur.rev !== baseRev) {
          // Another window wrote since we last read: put our commands on top of its state.
          const state = await readPlanState(db, planId);
          theirs = (await journalSince(db, planId, baseRev)).filter((e) => e.windowId !== windowId);
          if (state.plan) {
            const r = replay(state.plan, batch);
            written = r.edits;
            rejected = r.rejected;
            plan = r.plan;
            merged = plan;
          }
        }
        const rev = (cur?.rev ?? 0) + 1;
        // Normally only the journal and the small header are written; a missing plan (deleted
        // in another window, or never stored) gets its whole content.
        if (!cur) await db.planContents.put({ id: planId, rev, plan });
        await db.plans.put(merged ? planRecordFor(plan, rev, windowId) : { ...preparedHeader, rev });
        const entries = merged ? describe(written, rev) : prepared.map((e) => ({ ...e, rev }));
        if (entries.length) await db.editLog.bulkAdd(entries);
        return {
          rev,
          plan,
          merged,
          written,
          rejected,
          theirs,
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
    this.savedPlan = outcome.plan;
    this.journalLength = outcome.fullWrite ? 0 : this.journalLength + outcome.written.length;
    this.pending.splice(0, batch.length);
    this.recentMine.push(...outcome.written.map((e) => e.command));
    if (this.recentMine.length > RECENT_LIMIT)
      this.recentMine.splice(0, this.recentMine.length - RECENT_LIMIT);
    if (outcome.recreated)
      this.notify(
        'geloescht',
        'Der Plan war in einem anderen Fenster gelöscht worden. Ihre Eingaben wurden gespeichert, der Plan ist wieder in der Planliste.',
      );
    if (outcome.merged) this.afterMerge(outcome.merged, outcome.written, outcome.rejected, outcome.theirs);
    const acknowledged = this.state.acknowledged + batch.length;
    if (this.pending.length) {
      this.setState({ kind: 'saving', pending: this.pending.length, acknowledged });
      this.firstPendingAt = Date.now();
      this.schedule();
    } else this.setState({ kind: 'saved', at: new Date().toISOString(), acknowledged });
    this.scheduleCheckpoint();
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    if (this.disposed || !this.journalLength) return;
    if (this.journalLength >= this.opts.checkpointEvery) {
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
   * entries, before switching plans). Skipped when another window wrote meanwhile: its state
   * is newer and the journal covers it. A failure here loses nothing (the journal stays).
   */
  checkpoint(): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (!this.journalLength || this.pending.length) return;
      const { db, planId } = this;
      const rev = this.baseRev;
      const plan = this.savedPlan;
      try {
        const done = await db.transaction('rw', db.plans, db.planContents, async () => {
          const cur = await db.plans.get(planId);
          const content = await db.planContents.get(planId);
          if (!cur || cur.rev !== rev || (content && content.rev >= rev)) return false;
          await db.planContents.put({ id: planId, rev, plan });
          return true;
        });
        if (done || this.baseRev !== rev) this.journalLength = 0;
      } catch {
        this.scheduleCheckpoint();
      }
    });
    return this.chain;
  }

  private afterMerge(
    merged: Plan,
    written: PendingEdit[],
    rejected: PendingEdit[],
    theirs: EditLogRecord[],
  ): void {
    const clash = conflictingKeys(
      written.map((e) => e.command),
      theirs.map((e) => e.command).filter((c): c is Command => c !== null),
    );
    if (clash.length)
      this.notify(
        'ueberschreibt',
        `Ihre Eingabe hat eine Änderung aus einem anderen Fenster überschrieben (zuletzt gespeicherte Eingabe gilt): ${labelsOf(clash, theirs)}.`,
      );
    for (const r of rejected)
      this.notify(
        'verworfen',
        `„${r.label}“ ließ sich nicht übernehmen, weil der Plan in einem anderen Fenster geändert wurde (z. B. Zeile gelöscht). Bitte die Eingabe prüfen und ggf. wiederholen.`,
      );
    // Edits made while writing go on top of the merged state.
    const rest = replay(merged, this.pending);
    this.pending = rest.edits;
    for (const r of rest.rejected)
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
   * database even if the page is torn down right after. No read first, so no merge with
   * another window's simultaneous write: the journal keeps both (last write wins on replay).
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
    const rev = this.baseRev + (this.inFlight ? 2 : 1);
    const windowId = this.opts.windowId;
    const author = this.opts.author();
    const last = batch[batch.length - 1]!.after;
    try {
      const tx = idb.transaction(['plans', 'editLog'], 'readwrite', { durability: 'strict' });
      tx.objectStore('plans').put(planRecordFor(last, rev, windowId));
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
      tx.oncomplete = () => {
        this.baseRev = Math.max(this.baseRev, rev);
        this.savedPlan = last;
        this.journalLength += batch.length;
        const acknowledged = this.state.acknowledged + batch.length;
        if (!this.pending.length)
          this.setState({ kind: 'saved', at: new Date().toISOString(), acknowledged });
      };
      tx.onabort = () => {
        // Put them back in front of anything typed since, and let the regular writer retry.
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

  /** Watches the stored plan for writes of other windows. */
  startSync(): void {
    if (this.sub) return;
    this.sub = liveQuery(() => this.db.plans.get(this.planId)).subscribe({
      next: (rec) => this.onStoredRecord(rec),
      error: () => {
        /* reported by the next write attempt */
      },
    });
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
    this.chain = this.chain.then(() => this.pullRemote());
  }

  private async pullRemote(): Promise<void> {
    if (this.pending.length) return this.writeOnce(); // merges on write
    const { db } = this;
    const since = this.baseRev;
    let state: Awaited<ReturnType<typeof readPlanState>>;
    let theirs: EditLogRecord[];
    try {
      [state, theirs] = await db.transaction('r', db.plans, db.planContents, db.editLog, () =>
        Promise.all([readPlanState(db, this.planId), journalSince(db, this.planId, since)]),
      );
    } catch {
      return;
    }
    if (!state.plan || state.rev <= this.baseRev || this.pending.length) return;
    theirs = theirs.filter((e) => e.windowId !== this.opts.windowId);
    this.baseRev = state.rev;
    this.savedPlan = state.plan;
    const clash = conflictingKeys(
      this.recentMine,
      theirs.map((e) => e.command).filter((c): c is Command => c !== null),
    );
    this.recentMine = [];
    const who = [...new Set(theirs.map((e) => e.author))].join(', ') || 'ein anderes Fenster';
    if (clash.length)
      this.notify(
        'ueberschrieben',
        `Ihre Eingabe wurde in einem anderen Fenster (${who}) überschrieben: ${labelsOf(clash, theirs)}.`,
      );
    else this.notify('aktualisiert', `Änderungen aus einem anderen Fenster (${who}) übernommen.`);
    this.opts.onReplace(state.plan);
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
