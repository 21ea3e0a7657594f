/**
 * Autosave of one open plan. Every committed command is recorded; bursts are coalesced and
 * written in ONE IndexedDB transaction (the small plan header and the edit-log entries, which
 * are the journal, see planState.ts) a few milliseconds after the last keystroke, at most
 * `maxWaitMs` after the first. The whole plan is written as a checkpoint in quiet moments.
 * Failures keep the edits in memory, are shown in German and retried.
 *
 * Several windows may write one plan. Every write is a compare-and-set inside one transaction;
 * when another window wrote since, this window's commands are put on top of the stored state
 * (the last write wins per cell, both windows say so). A closing window cannot wait for a
 * read, so `flushUrgently` only appends journal entries; whoever reads the plan next replays
 * them in order and brings the header up to date. A checkpoint is written only for the state
 * that is still the newest.
 *
 * This session holds where the window stands (revision, journal seq, the plan stored there)
 * and ties the parts together:
 * - saveQueue.ts: pending edits, debounce, one-after-another chain, save state, retries;
 * - journalWriter.ts: journal entries, the compare-and-set write and checkpoint transactions;
 * - urgentFlush.ts: the same-tick append when the page is hidden or closed (and those events);
 * - windowSync.ts: other windows' writes (live query, read and fold in, what to tell the user);
 * - planState.ts + shared/storage/replayJournal.ts: reading checkpoint + journal, the one replay.
 */
import type { Command } from '../../shared/commands/command';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord, PlanRecord, SettingRecord } from '../../shared/storage/records';
import type { AmipDb } from './db';
import type { FailedEntry, StoredPosition } from './journalWriter';
import { journalEntry, rebaseEdits, writeCheckpoint, writeJournal } from './journalWriter';
import type { PendingEdit, SaveState } from './saveQueue';
import { SaveQueue } from './saveQueue';
import { appendUrgently } from './urgentFlush';
import type { NoticeKind, SaveNotice } from './windowSync';
import { pullStoredState, syncNotices, watchStoredPlan } from './windowSync';

export type { NoticeKind, SaveNotice, SaveState, StoredPosition };

export interface AutosaveOptions {
  windowId: string;
  /** The user's name for the Änderungsprotokoll (read at write time). */
  author: () => string;
  /** Called when the plan must be replaced in the editor (another window's write). */
  onReplace: (plan: Plan) => void;
  /** A regular write left nothing pending: the stored plan is `plan`, up to journal entry `seq`. */
  onSaved?: (seq: number, plan: Plan) => void;
  /** A setting to write with the entries a closing window appends (`extra` after `seq`). */
  urgentSetting?: (seq: number, extra: number) => SettingRecord | null;
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
/** Write times kept for measurements. */
const WRITE_TIMES_KEPT = 500;

export class AutosaveSession {
  readonly planId: Id;
  private readonly db: AmipDb;
  private readonly opts: Required<
    Omit<AutosaveOptions, 'onReplace' | 'author' | 'onSaved' | 'urgentSetting'>
  > &
    Pick<AutosaveOptions, 'onReplace' | 'author' | 'onSaved' | 'urgentSetting'>;
  private readonly queue: SaveQueue;
  private baseRev: number;
  /** The last journal entry `savedPlan` includes. */
  private baseSeq: number;
  /** The plan as stored at `baseRev`/`baseSeq` (what a checkpoint writes). */
  private savedPlan: Plan;
  /** Written by flushUrgently but not yet part of `savedPlan` (they are in the editor's plan). */
  private unsettled: PendingEdit[] = [];
  /** The regular write's transaction while it runs (a closing window aborts it, see flushUrgently). */
  private writing: IDBTransaction | null = null;
  /** flushUrgently aborted the regular write and appended its batch: its failure is no failure. */
  private takenOver = false;
  /** This window's commands since it last took over another window's state. */
  private recentMine: Command[] = [];
  private journalLength = 0;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  private stopWatching: (() => void) | null = null;
  private readonly noticeListeners = new Set<(n: SaveNotice) => void>();
  private disposed = false;
  /** Durations of the last write transactions in ms (start to commit), for measurements. */
  readonly writeTimes: number[] = [];

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
    this.queue = new SaveQueue(this.opts, () => this.writeOnce());
  }

  getState = (): SaveState => this.queue.getState();

  subscribe = (listener: (s: SaveState) => void): (() => void) => this.queue.subscribe(listener);

  /** Revision of the stored plan this window's state is based on. */
  get rev(): number {
    return this.baseRev;
  }

  get pendingCount(): number {
    return this.queue.pending.length;
  }

  onNotice(listener: (n: SaveNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Records one committed command (`before` → `after`) and schedules the write. */
  record(before: Plan, after: Plan, command: Command, label: string): void {
    if (this.disposed) throw new Error('Die Speicherung dieses Plans ist bereits beendet.');
    this.queue.add({ before, after, command, label, at: new Date().toISOString() });
  }

  /** Writes everything pending now (version saved, plan switched). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Retry now (button "Erneut versuchen", window regained focus). */
  retry(): Promise<void> {
    return this.flush();
  }

  private stamp() {
    return { planId: this.planId, author: this.opts.author(), windowId: this.opts.windowId };
  }

  private async writeOnce(): Promise<void> {
    const queue = this.queue;
    const batch = queue.pending.slice();
    if (!batch.length) return;
    queue.inFlight = batch.length;
    const baseSeq = this.baseSeq;
    // Urgent writes issued before this transaction are ordered before it: its read includes them.
    const settles = new Set(this.unsettled);
    let outcome: Awaited<ReturnType<typeof writeJournal>>;
    try {
      const base = { rev: this.baseRev, seq: baseSeq, plan: this.savedPlan };
      outcome = await writeJournal(this.db, this.stamp(), base, batch, (tx) => (this.writing = tx));
    } catch (err) {
      this.writing = null;
      queue.inFlight = 0;
      if (this.takenOver) this.takenOver = false;
      else queue.failed(err);
      return;
    }
    this.writing = null;
    queue.inFlight = 0;
    this.writeTimes.push(outcome.ms);
    if (this.writeTimes.length > WRITE_TIMES_KEPT) this.writeTimes.shift();
    queue.written(batch.length);
    this.baseRev = outcome.rev;
    this.baseSeq = outcome.seq;
    this.savedPlan = outcome.plan;
    this.unsettled = this.unsettled.filter((e) => !settles.has(e));
    this.journalLength = outcome.fullWrite ? 0 : this.journalLength + outcome.written.length;
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
    queue.settled(batch.length);
    if (!queue.pending.length && !this.unsettled.length) this.opts.onSaved?.(this.baseSeq, this.savedPlan);
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
   * entries, before switching plans). When another window wrote meanwhile, this window first
   * takes over the stored state (which replays everything written meanwhile) and tries once
   * more. A failure here loses nothing (the journal stays).
   */
  checkpoint(): Promise<void> {
    return this.queue.enqueue(async () => {
      if (!this.journalLength || this.queue.pending.length) return;
      const saved = () => ({ rev: this.baseRev, seq: this.baseSeq, plan: this.savedPlan });
      let outcome = await writeCheckpoint(this.db, this.planId, saved());
      if (outcome === 'stale') {
        await this.pullNow();
        if (!this.queue.pending.length) outcome = await writeCheckpoint(this.db, this.planId, saved());
      }
      if (outcome === 'done' || outcome === 'gone') this.journalLength = 0;
      else this.scheduleCheckpoint(true);
    });
  }

  /** Tells the user what another window's entries did to this window's edits. */
  private tell(theirs: EditLogRecord[], mineNow: Command[], failed: FailedEntry[]): void {
    for (const n of syncNotices(theirs, mineNow, this.recentMine, failed)) this.notify(n.kind, n.message);
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
    const urgent = rebaseEdits(merged, this.unsettled);
    const rest = rebaseEdits(urgent.plan, this.queue.pending);
    this.queue.pending = rest.edits;
    for (const r of [...urgent.rejected, ...rest.rejected])
      this.notify(
        'verworfen',
        `„${r.label}“ ließ sich nach dem Abgleich mit einem anderen Fenster nicht übernehmen.`,
      );
    this.opts.onReplace(rest.plan);
  }

  /**
   * The window is being hidden or closed: appends what is pending to the journal in this same
   * tick (see urgentFlush.ts). If the window survives (it was only hidden), the entries are
   * folded in by the next sync.
   */
  flushUrgently(): void {
    const queue = this.queue;
    if (this.disposed) return;
    // A regular write still reading when the page goes would die with it (its writes wait for
    // the reads): abort it in this tick and append its batch too. A write already committing
    // cannot be aborted (abort throws) and lands by itself.
    if (queue.inFlight && this.writing) {
      try {
        this.writing.abort();
        this.writing = null;
        this.takenOver = true;
        queue.inFlight = 0;
      } catch {
        /* committing or finished: it lands */
      }
    }
    const batch = queue.notInFlight();
    if (!batch.length) return;
    // A hint only (the revision this window knew, plus one): the order of entries is their seq.
    const stamp = { ...this.stamp(), rev: this.baseRev + 1 };
    // Entries after baseSeq once this lands: the write in flight, earlier urgent ones, these.
    const extra = queue.inFlight + this.unsettled.length + batch.length;
    const setting = () => this.opts.urgentSetting?.(this.baseSeq, extra) ?? null;
    const issued = appendUrgently(
      this.db,
      () => batch.map((e) => journalEntry(e, stamp)),
      {
        complete: () => {
          this.journalLength += batch.length;
          queue.acknowledge(batch.length);
          // Still open (it was only hidden): fold the entries in and let other windows know.
          if (!this.disposed) void this.sync();
        },
        abort: () => {
          // Put them back in front of anything typed since, and let the regular writer retry.
          this.unsettled = this.unsettled.filter((e) => !batch.includes(e));
          queue.putBack(batch);
          void this.flush();
        },
      },
      setting,
    );
    if (!issued) return;
    // Taken out of the queue now, so the regular writer does not write them twice.
    queue.take(batch);
    this.unsettled.push(...batch);
  }

  /**
   * Takes over what was written elsewhere (window shown again or focused, another window's
   * write, a checkpoint that found a newer state); pending edits are written with it.
   */
  sync(): Promise<void> {
    return this.queue.enqueue(() => (this.queue.pending.length ? this.writeOnce() : this.pullNow()));
  }

  /** Watches the stored plan for writes of other windows. */
  startSync(): void {
    if (this.stopWatching) return;
    this.stopWatching = watchStoredPlan(this.db, this.planId, (rec) => this.onStoredRecord(rec));
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

  /** Reads the stored state and takes it over when it moved on (window sync). */
  private async pullNow(): Promise<void> {
    const baseSeq = this.baseSeq;
    const settles = new Set(this.unsettled);
    let pulled: Awaited<ReturnType<typeof pullStoredState>>;
    try {
      pulled = await pullStoredState(this.db, this.planId, this.opts.windowId, {
        rev: this.baseRev,
        seq: baseSeq,
      });
    } catch {
      return;
    }
    // Edits typed meanwhile are written by the regular writer, which merges.
    if (!pulled || this.queue.pending.length || this.disposed) return;
    const { state, rev, theirs } = pulled;
    this.baseRev = rev;
    this.baseSeq = state.seq;
    this.savedPlan = state.plan;
    this.unsettled = this.unsettled.filter((e) => !settles.has(e));
    this.journalLength = state.applied.length + state.failed.length;
    const failed = state.failed.filter((f) => (f.entry.seq ?? 0) > baseSeq);
    this.tell(theirs, [], failed);
    if (theirs.length) this.recentMine = [];
    if (theirs.length || failed.length) this.opts.onReplace(rebaseEdits(state.plan, this.unsettled).plan);
    this.scheduleCheckpoint(true);
  }

  private notify(kind: NoticeKind, message: string): void {
    const n: SaveNotice = { kind, message, at: new Date().toISOString() };
    for (const l of [...this.noticeListeners]) l(n);
  }

  /** Stops timers and sync; call `flush()` first (pending edits are written by it). */
  dispose(): void {
    this.disposed = true;
    this.queue.dispose();
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.stopWatching?.();
    this.stopWatching = null;
  }
}
