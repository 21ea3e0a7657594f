/**
 * The urgent flush: the window is being hidden or closed, so what is pending is written NOW, in
 * one raw IndexedDB transaction whose requests and commit are all issued in this same tick;
 * they reach the database even if the page is torn down right after. There is no time to read
 * first, so nothing is overwritten: the entries are only appended to the journal (after
 * whatever another window wrote meanwhile). The header and the checkpoint are left alone; the
 * next reader replays the entries in order and brings the header up to date (window sync).
 * Also here: the page events that call for it.
 */
import type { EditLogRecord, SettingRecord } from '../../shared/storage/records';
import type { AmipDb } from './db';

/**
 * Appends the entries to the journal in one transaction issued in this tick (`entries` is
 * called only when the database is open), with a setting that belongs to them (the undo
 * history of that state). Returns false when nothing was issued; then the regular writer still
 * has the edits.
 */
export function appendUrgently(
  db: AmipDb,
  entries: () => readonly EditLogRecord[],
  on: { complete: () => void; abort: () => void },
  setting?: () => SettingRecord | null,
): boolean {
  let idb: IDBDatabase;
  try {
    idb = db.backendDB();
    if (!idb) return false;
  } catch {
    return false; // not open: the regular retry keeps the edits
  }
  let tx: IDBTransaction | null = null;
  try {
    // The settings store joins the transaction only when there is a setting to write.
    const extra = setting?.() ?? null;
    tx = idb.transaction(extra ? ['editLog', 'settings'] : ['editLog'], 'readwrite', {
      durability: 'strict',
    });
    const log = tx.objectStore('editLog');
    for (const e of entries()) log.add(e);
    if (extra) tx.objectStore('settings').put(extra);
    tx.commit();
    tx.oncomplete = on.complete;
    tx.onabort = on.abort;
    return true;
  } catch {
    // Not a part of the entries: the regular writer still has them all.
    try {
      tx?.abort();
    } catch {
      /* already finished */
    }
    return false;
  }
}

/** Writes one setting in a transaction issued in this tick (the window is closing). */
export function putSettingUrgently(db: AmipDb, rec: SettingRecord): void {
  try {
    const idb = db.backendDB();
    if (!idb) return;
    const tx = idb.transaction(['settings'], 'readwrite', { durability: 'strict' });
    tx.objectStore('settings').put(rec);
    tx.commit();
  } catch {
    // Not open or already closing: the setting is not kept, nothing else is affected.
  }
}

/** What the page events act on (the open plan's session, through the storage controller). */
export interface PageLifecycleTarget {
  flushUrgently(): void;
  /** Takes over what other windows wrote. */
  sync(): void;
  retry(): void;
  saveFailed(): boolean;
}

/**
 * Hidden or closed: flush urgently. Shown again or focused: take over what other windows
 * wrote (a closing one does not announce itself). Online again or focused after a failure:
 * retry. Returns a function that removes the listeners.
 */
export function watchPageLifecycle(win: Window, target: PageLifecycleTarget): () => void {
  const doc = win.document;
  const flushNow = () => target.flushUrgently();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flushNow();
    else target.sync();
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flushNow();
    if (target.saveFailed()) e.preventDefault(); // unsaved edits: let the browser ask
  };
  const onOnline = () => target.retry();
  const onFocus = () => {
    if (target.saveFailed()) target.retry();
    else target.sync();
  };
  win.addEventListener('pagehide', flushNow);
  win.addEventListener('beforeunload', onBeforeUnload);
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('online', onOnline);
  win.addEventListener('focus', onFocus);
  return () => {
    win.removeEventListener('pagehide', flushNow);
    win.removeEventListener('beforeunload', onBeforeUnload);
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('online', onOnline);
    win.removeEventListener('focus', onFocus);
  };
}
