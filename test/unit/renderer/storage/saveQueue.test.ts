/** The save queue alone: when it writes, what it shows, how it retries (the write is a stub). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import type { PendingEdit } from '../../../../renderer/storage/saveQueue';
import { SaveQueue } from '../../../../renderer/storage/saveQueue';

const plan = beispielplan();
const edit = (label: string): PendingEdit => ({
  before: plan,
  after: plan,
  command: { type: 'setInputs', changes: [] },
  label,
  at: '2016-01-01T00:00:00.000Z',
});

/** A queue whose write takes everything pending (or fails while `failing`), counting writes. */
function queue(timing = { debounceMs: 25, maxWaitMs: 150, retryMs: [500, 1000] }) {
  const writes: string[][] = [];
  const ctl = { failing: false };
  const q: SaveQueue = new SaveQueue(timing, async () => {
    const batch = q.pending.slice();
    if (!batch.length) return;
    if (ctl.failing) {
      q.failed(Object.assign(new Error('voll'), { name: 'QuotaExceededError' }));
      return;
    }
    writes.push(batch.map((e) => e.label));
    q.written(batch.length);
    q.settled(batch.length);
  });
  return { q, writes, ctl };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SaveQueue', () => {
  it('coalesces a burst: one write debounceMs after the last edit', async () => {
    const { q, writes } = queue();
    q.add(edit('a'));
    await vi.advanceTimersByTimeAsync(20);
    q.add(edit('b'));
    expect(q.getState()).toMatchObject({ kind: 'saving', pending: 2, acknowledged: 0 });
    await vi.advanceTimersByTimeAsync(20);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toEqual([['a', 'b']]);
    expect(q.getState()).toMatchObject({ kind: 'saved', acknowledged: 2 });
  });

  it('writes at most maxWaitMs after the first edit, however fast the typing', async () => {
    const { q, writes } = queue();
    for (let t = 0; t < 150; t += 10) {
      q.add(edit(`e${t}`));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(writes.length).toBe(1);
    expect(writes[0]!.length).toBe(15);
  });

  it('a failure shows the reason, keeps the edits and retries with the given waits (the last repeats)', async () => {
    const { q, writes, ctl } = queue();
    const states: string[] = [];
    q.subscribe((s) => states.push(s.kind));
    ctl.failing = true;
    q.add(edit('a'));
    await vi.advanceTimersByTimeAsync(25);
    expect(q.getState()).toMatchObject({ kind: 'error', pending: 1, problem: { kind: 'quota' } });
    q.add(edit('b')); // no write of its own while failing: the retry timer writes
    expect(q.getState()).toMatchObject({ kind: 'error', pending: 2 });
    await vi.advanceTimersByTimeAsync(499);
    ctl.failing = false;
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([['a', 'b']]);
    expect(q.getState()).toMatchObject({ kind: 'saved', acknowledged: 2 });
    expect(states).toEqual(['saving', 'error', 'error', 'saved']);
  });

  it('retry waits grow and stay at the last one', async () => {
    const { q, writes, ctl } = queue();
    ctl.failing = true;
    q.add(edit('a'));
    await vi.advanceTimersByTimeAsync(25); // 1st failure, next try in 500
    await vi.advanceTimersByTimeAsync(500); // 2nd failure, next in 1000
    await vi.advanceTimersByTimeAsync(1000); // 3rd failure, next in 1000 again
    ctl.failing = false;
    await vi.advanceTimersByTimeAsync(999);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([['a']]);
  });

  it('an urgent flush takes the edits no write has taken, and puts them back in front if it fails', () => {
    const { q } = queue();
    q.add(edit('a'));
    q.add(edit('b'));
    q.inFlight = 1; // 'a' is being written
    const urgent = q.notInFlight();
    expect(urgent.map((e) => e.label)).toEqual(['b']);
    q.take(urgent);
    q.add(edit('c'));
    q.putBack(urgent);
    expect(q.pending.map((e) => e.label)).toEqual(['a', 'b', 'c']);
  });

  it('edits written outside the queue count as saved once nothing else waits', () => {
    const { q } = queue();
    q.add(edit('a'));
    q.take(q.notInFlight());
    q.acknowledge(1);
    expect(q.getState()).toMatchObject({ kind: 'saved', acknowledged: 1 });
  });

  it('runs queued work one after the other, also after one throws', async () => {
    const { q } = queue();
    const order: string[] = [];
    const first = q.enqueue(async () => {
      await Promise.resolve();
      order.push('1');
      throw new Error('kaputt');
    });
    const second = q.enqueue(async () => {
      order.push('2');
    });
    await expect(first).rejects.toThrow('kaputt');
    await second;
    expect(order).toEqual(['1', '2']);
  });

  it('dispose stops the timers: nothing is written afterwards', async () => {
    const { q, writes } = queue();
    q.add(edit('a'));
    q.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });
});
