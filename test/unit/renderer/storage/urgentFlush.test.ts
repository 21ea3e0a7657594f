/** The urgent flush's append, and the page events that call for it. */
import { describe, expect, it } from 'vitest';
import type { EditLogRecord } from '../../../../shared/storage/records';
import type { PageLifecycleTarget } from '../../../../renderer/storage/urgentFlush';
import { appendUrgently, watchPageLifecycle } from '../../../../renderer/storage/urgentFlush';
import { freshDbs, openDb, uniqueDbName } from './helpers';

const fresh = freshDbs();

const entry = (label: string): EditLogRecord => ({
  planId: 'p-1',
  at: '2016-01-01T00:00:00.000Z',
  author: 'Frau A',
  windowId: 'w-a',
  rev: 2,
  label,
  command: { type: 'setInputs', changes: [{ key: 'hh.egz.plan', value: 1 }] },
  changes: [],
});

function done(): { on: { complete: () => void; abort: () => void }; result: Promise<string> } {
  let on!: { complete: () => void; abort: () => void };
  const result = new Promise<string>((resolve) => {
    on = { complete: () => resolve('complete'), abort: () => resolve('abort') };
  });
  return { on, result };
}

describe('appendUrgently', () => {
  it('appends the entries in order in one transaction issued at once', async () => {
    const db = fresh();
    await db.open();
    const { on, result } = done();
    expect(appendUrgently(db, () => [entry('eins'), entry('zwei')], on)).toBe(true);
    expect(await result).toBe('complete');
    expect((await db.editLog.toArray()).map((e) => e.label)).toEqual(['eins', 'zwei']);
  });

  it('issues nothing while the database is not open (the regular writer keeps the edits)', () => {
    const db = openDb(uniqueDbName());
    let built = false;
    const { on } = done();
    const issued = appendUrgently(
      db,
      () => {
        built = true;
        return [entry('eins')];
      },
      on,
    );
    expect(issued).toBe(false);
    expect(built).toBe(false);
  });

  it('an entry that cannot be stored writes none of them (no half batch next to the retry)', async () => {
    const db = fresh();
    await db.open();
    const broken = { ...entry('kaputt'), author: (() => 'x') as unknown as string }; // not cloneable
    const { on } = done();
    expect(appendUrgently(db, () => [entry('eins'), broken], on)).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.editLog.count()).toBe(0);
  });
});

/** A window and its document as event targets, enough for the page events. */
function fakeWindow() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const win = Object.assign(new EventTarget(), { document: doc });
  return { win: win as unknown as Window, doc };
}

function recorder(failed = false) {
  const calls: string[] = [];
  const target: PageLifecycleTarget = {
    flushUrgently: () => calls.push('flush'),
    sync: () => calls.push('sync'),
    retry: () => calls.push('retry'),
    saveFailed: () => failed,
  };
  return { calls, target };
}

describe('watchPageLifecycle', () => {
  it('hidden, pagehide, beforeunload flush urgently; shown again and focus sync; online retries', () => {
    const { win, doc } = fakeWindow();
    const { calls, target } = recorder();
    watchPageLifecycle(win, target);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    const unload = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(unload);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('focus'));
    win.dispatchEvent(new Event('online'));
    expect(calls).toEqual(['flush', 'flush', 'flush', 'sync', 'sync', 'retry']);
    expect(unload.defaultPrevented).toBe(false);
  });

  it('after a failed save: closing asks the browser to warn, focus retries', () => {
    const { win } = fakeWindow();
    const { calls, target } = recorder(true);
    watchPageLifecycle(win, target);
    const unload = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(unload);
    win.dispatchEvent(new Event('focus'));
    expect(unload.defaultPrevented).toBe(true);
    expect(calls).toEqual(['flush', 'retry']);
  });

  it('stop removes every listener', () => {
    const { win, doc } = fakeWindow();
    const { calls, target } = recorder();
    watchPageLifecycle(win, target)();
    for (const type of ['pagehide', 'beforeunload', 'focus', 'online']) win.dispatchEvent(new Event(type));
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toEqual([]);
  });
});
