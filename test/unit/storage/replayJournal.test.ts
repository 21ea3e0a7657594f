/** The one journal replay (shared/storage/replayJournal.ts): order, change time, failures, replacements. */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../shared/model/inputs';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { replayJournal } from '../../../shared/storage/replayJournal';
import { setValue } from '../renderer/storage/helpers';

const EGZ = 'row.r-egz.mittelansatz';

describe('replayJournal', () => {
  it('applies the entries in order, so the later write of a cell wins, and stamps each entry’s time', () => {
    const base = beispielplan();
    const r = replayJournal(base, [
      { command: setValue(EGZ, 1), at: '2016-11-12T09:00:00.000Z' },
      { command: setValue('row.r-mag.eintritte', 2), at: '2016-11-12T09:01:00.000Z' },
      { command: setValue(EGZ, 3), at: '2016-11-12T09:02:00.000Z' },
    ]);
    expect(readInput(r.plan, EGZ)).toBe(3);
    expect(readInput(r.plan, 'row.r-mag.eintritte')).toBe(2);
    expect(r.plan.header.changedAt).toBe('2016-11-12T09:02:00.000Z');
    expect(r.applied.map((s) => readInput(s.before, EGZ))).toEqual([2_200_000, 1, 1]);
    expect(r.applied.map((s) => readInput(s.after, EGZ))).toEqual([1, 1, 3]);
    expect(r.failed).toEqual([]);
    expect(readInput(base, EGZ)).toBe(2_200_000); // pure: the base is untouched
  });

  it('reports an entry that no longer fits and goes on with the next; whole-plan replacements are skipped', () => {
    const deleted = {
      command: { type: 'deleteRows' as const, rowIds: ['r-esg'] },
      at: '2016-11-12T09:00:00.000Z',
    };
    const late = { command: setValue('row.r-esg.eintritte', 90), at: '2016-11-12T09:01:00.000Z' };
    const restored = { command: null, at: '2016-11-12T09:02:00.000Z' };
    const next = { command: setValue(EGZ, 7), at: '2016-11-12T09:03:00.000Z' };
    const r = replayJournal(beispielplan(), [deleted, late, restored, next]);
    expect(r.failed.map((f) => f.entry)).toEqual([late]);
    expect(r.failed[0]!.reason).not.toBe('');
    expect(r.applied.map((s) => s.entry)).toEqual([deleted, next]);
    expect(readInput(r.plan, EGZ)).toBe(7);
    expect(readInput(r.plan, 'row.r-esg.eintritte')).toBeUndefined();
  });
});
