/**
 * The save queue of one open plan: the edits not yet written, the debounce that coalesces a
 * burst into one write (`debounceMs` after the last edit, at most `maxWaitMs` after the first),
 * the chain that runs writes, checkpoints and reads one after the other, the save state the
 * indicator shows, and the retry with growing waits after a failure. The queue decides when to
 * write; what a write does is the session's (autosave.ts) and the journal writer's.
 */
import type { Command } from '../../shared/commands/command';
import type { Plan } from '../../shared/model/plan';
import type { StorageProblem } from '../../shared/storage/storageErrors';
import { classifyStorageError } from '../../shared/storage/storageErrors';

export type SaveState =
  | { kind: 'saved'; at: string | null; acknowledged: number }
  | { kind: 'saving'; pending: number; acknowledged: number }
  | { kind: 'error'; problem: StorageProblem; pending: number; acknowledged: number };

/** One committed command (`before` → `after`) that is not written yet. */
export interface PendingEdit {
  before: Plan;
  after: Plan;
  command: Command;
  label: string;
  /** ISO 8601; when it was made. */
  at: string;
}

export interface QueueTiming {
  debounceMs: number;
  maxWaitMs: number;
  /** Waits between retries after a failure (the last one repeats). */
  retryMs: readonly number[];
}

export class SaveQueue {
  /** Edits not yet written, oldest first; the first `inFlight` are being written now. */
  pending: PendingEdit[] = [];
  /** Edits taken by the write transaction that is running now. */
  inFlight = 0;
  private readonly timing: QueueTiming;
  private readonly write: () => Promise<void>;
  private firstPendingAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private chain: Promise<void> = Promise.resolve();
  private state: SaveState = { kind: 'saved', at: null, acknowledged: 0 };
  private readonly listeners = new Set<(s: SaveState) => void>();
  private disposed = false;

  /** `write` writes what is pending (it calls `written`/`settled` or `failed`). */
  constructor(timing: QueueTiming, write: () => Promise<void>) {
    this.timing = timing;
    this.write = write;
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: (s: SaveState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Writes, checkpoints and reads run one after the other; one that throws does not stop the rest. */
  enqueue(fn: () => Promise<void>): Promise<void> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Queues an edit and schedules the write. */
  add(edit: PendingEdit): void {
    if (!this.pending.length) this.firstPendingAt = Date.now();
    this.pending.push(edit);
    if (this.state.kind !== 'error')
      this.setState({ kind: 'saving', pending: this.pending.length, acknowledged: this.state.acknowledged });
    else this.setState({ ...this.state, pending: this.pending.length });
    this.schedule();
  }

  private schedule(): void {
    if (this.state.kind === 'error') return; // the retry timer writes
    if (this.timer) clearTimeout(this.timer);
    const waited = Date.now() - this.firstPendingAt;
    const delay = Math.max(0, Math.min(this.timing.debounceMs, this.timing.maxWaitMs - waited));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  /** Writes everything pending now (version saved, plan switched, retry). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.enqueue(this.write);
  }

  /** The first `count` edits are written: they leave the queue, and the retries start over. */
  written(count: number): void {
    this.attempt = 0;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.pending.splice(0, count);
  }

  /** After `written` (and a merge): `count` more edits are saved; what came meanwhile is scheduled. */
  settled(count: number): void {
    const acknowledged = this.state.acknowledged + count;
    if (this.pending.length) {
      this.setState({ kind: 'saving', pending: this.pending.length, acknowledged });
      this.firstPendingAt = Date.now();
      this.schedule();
    } else this.setState({ kind: 'saved', at: new Date().toISOString(), acknowledged });
  }

  /** The write failed: the edits stay, the state says why, and a retry is scheduled. */
  failed(err: unknown): void {
    const problem = classifyStorageError(err);
    this.setState({
      kind: 'error',
      problem,
      pending: this.pending.length,
      acknowledged: this.state.acknowledged,
    });
    const waits = this.timing.retryMs;
    const wait = waits[Math.min(this.attempt, waits.length - 1)] ?? 5000;
    this.attempt++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.disposed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, wait);
  }

  /** The edits no running write has taken (what an urgent flush may write itself). */
  notInFlight(): PendingEdit[] {
    return this.pending.slice(this.inFlight);
  }

  /** Takes `edits` (from `notInFlight`) out, so the regular writer does not write them twice. */
  take(edits: readonly PendingEdit[]): void {
    this.pending.splice(this.inFlight, edits.length);
  }

  /** Puts `edits` back in front of anything queued since (their urgent write failed). */
  putBack(edits: readonly PendingEdit[]): void {
    this.pending.splice(this.inFlight, 0, ...edits);
  }

  /** `count` edits were written outside the queue (urgent flush). */
  acknowledge(count: number): void {
    const acknowledged = this.state.acknowledged + count;
    if (!this.pending.length) this.setState({ kind: 'saved', at: new Date().toISOString(), acknowledged });
    else this.setState({ ...this.state, acknowledged });
  }

  private setState(s: SaveState): void {
    this.state = s;
    for (const l of [...this.listeners]) l(s);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }
}
