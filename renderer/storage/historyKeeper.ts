/**
 * The undo history survives a reload: it is kept per plan in the settings table (`undo:<id>`),
 * the newest steps only, together with the journal position it belongs to. A history applies
 * only to exactly the plan it was made on: the stored plan must have reached that journal
 * entry and nothing else since, except the entries this window appended while closing (their
 * number is kept with it). Anything else (another window's edit, a restored version, a damaged
 * journal) drops it; undoing then starts afresh, as before.
 *
 * Written after a regular save that left nothing pending, a moment later (one write for a
 * burst); when the window closes, in the same transaction as the last journal entries
 * (urgentFlush.ts), or on its own.
 */
import type { History, HistoryEntry } from '../../shared/commands/history';
import type { Id } from '../../shared/model/plan';
import type { SettingRecord } from '../../shared/storage/records';
import type { AmipDb } from './db';
import { journalAfter } from './planState';
import { putSettingUrgently } from './urgentFlush';

/** Steps kept per plan (undo and redo together): a day's careful work, a few hundred KB. */
export const HISTORY_KEPT = 100;
const DELAY_MS = 300;

export interface StoredHistory {
  /** The journal entry the history's plan includes… */
  seq: number;
  /** …plus this many entries after it, appended by `windowId` while it closed. */
  extra: number;
  windowId: string;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const historyKey = (planId: Id) => `undo:${planId}`;

export function historyRecord(
  planId: Id,
  at: Omit<StoredHistory, 'past' | 'future'>,
  h: History,
): SettingRecord {
  const value: StoredHistory = {
    ...at,
    past: h.past.slice(-HISTORY_KEPT),
    future: h.future.slice(0, Math.max(0, HISTORY_KEPT - Math.min(h.past.length, HISTORY_KEPT))),
  };
  return { key: historyKey(planId), value };
}

function isStoredHistory(v: unknown): v is StoredHistory {
  const h = v as Partial<StoredHistory> | null;
  return (
    !!h &&
    typeof h.seq === 'number' &&
    typeof h.extra === 'number' &&
    typeof h.windowId === 'string' &&
    Array.isArray(h.past) &&
    Array.isArray(h.future) &&
    [...h.past, ...h.future].every(
      (e) =>
        !!e && typeof e.label === 'string' && !!e.forward && !!e.inverse && typeof e.forward === 'object',
    )
  );
}

/**
 * The kept history of a plan whose stored state reached journal entry `seq`, or null (a
 * history that does not apply is deleted).
 */
export async function loadHistory(db: AmipDb, planId: Id, seq: number): Promise<History | null> {
  try {
    const rec = await db.settings.get(historyKey(planId));
    if (!rec) return null;
    const h = rec.value;
    let fits = isStoredHistory(h) && seq >= h.seq;
    if (fits && isStoredHistory(h) && seq !== h.seq) {
      const after = await journalAfter(db, planId, h.seq);
      fits = after.length === h.extra && after.every((e) => e.windowId === h.windowId);
    } else if (fits && isStoredHistory(h)) fits = h.extra === 0;
    if (!fits || !isStoredHistory(h)) {
      await db.settings.delete(historyKey(planId));
      return null;
    }
    return { past: h.past, future: h.future };
  } catch {
    return null;
  }
}

/** Keeps one open plan's history (StorageController makes one per opened plan). */
export class HistoryKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: SettingRecord | null = null;

  constructor(
    private readonly db: AmipDb,
    private readonly planId: Id,
    private readonly windowId: string,
    private readonly history: () => History,
  ) {}

  /** Everything is saved up to journal entry `seq` and the editor shows exactly that plan. */
  saved(seq: number): void {
    this.pending = historyRecord(this.planId, { seq, extra: 0, windowId: this.windowId }, this.history());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), DELAY_MS);
  }

  /** Writes a waiting record now (before another plan is opened). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    return this.write();
  }

  private async write(): Promise<void> {
    this.timer = null;
    const rec = this.pending;
    this.pending = null;
    if (!rec) return;
    try {
      await this.db.settings.put(rec);
    } catch {
      // Not kept: after a reload undo starts afresh, nothing of the plan is affected.
    }
  }

  /** The record to write with the closing window's last journal entries (`extra` of them after `seq`). */
  urgentRecord(seq: number, extra: number): SettingRecord {
    this.cancel();
    return historyRecord(this.planId, { seq, extra, windowId: this.windowId }, this.history());
  }

  /** The window closes with nothing left to append: a waiting record is written now. */
  flushUrgently(): void {
    const rec = this.pending;
    if (!rec) return;
    this.cancel();
    putSettingUrgently(this.db, rec);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
