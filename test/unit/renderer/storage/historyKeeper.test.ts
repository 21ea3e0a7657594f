/**
 * The undo history is kept with the stored plan and comes back only for exactly that plan
 * (issue 16, habit 5): after a reload (a new controller on the same database) undo and redo
 * go on; a journal entry of another window, or a history of another state, drops it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { PlanStore } from '../../../../renderer/state/planStore';
import { historyKey, historyRecord, loadHistory } from '../../../../renderer/storage/historyKeeper';
import { StorageController } from '../../../../renderer/storage/storageController';
import { openDb, uniqueDbName } from './helpers';

const controllers: StorageController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.dispose();
});

async function open(name: string): Promise<{ c: StorageController; store: PlanStore }> {
  const store = new PlanStore(beispielplan());
  const c = new StorageController(store, openDb(name));
  controllers.push(c);
  await c.start();
  return { c, store };
}

const set = (store: PlanStore, key: string, value: number) =>
  store.execute({ type: 'setInputs', changes: [{ key, value }] });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the undo history survives a reload', () => {
  it('undo and redo go on after the plan is opened again', async () => {
    const name = uniqueDbName();
    const first = await open(name);
    set(first.store, 'row.r-egz.eintritte', 600);
    set(first.store, 'row.r-esg.eintritte', 90);
    first.store.undo();
    await first.c.flush();
    await wait(400);
    first.c.dispose();
    controllers.splice(0);

    const second = await open(name);
    const h = second.store.getState().history;
    expect(h.past.map((e) => e.label)).toHaveLength(1);
    expect(h.future).toHaveLength(1);
    second.store.redo();
    expect(second.store.getState().plan.schwerpunkte[0]!.rows.find((r) => r.id === 'r-esg')).toMatchObject({
      eintritte: 90,
    });
    second.store.undo();
    second.store.undo();
    expect(second.store.getState().plan.schwerpunkte[0]!.rows.find((r) => r.id === 'r-egz')).toMatchObject({
      eintritte: 550,
    });
  });

  it('a history that does not belong to the stored state is dropped', async () => {
    const name = uniqueDbName();
    const { c, store } = await open(name);
    set(store, 'row.r-egz.eintritte', 600);
    await c.flush();
    await wait(400);
    const planId = store.getState().plan.id;
    const rec = await c.db.settings.get(historyKey(planId));
    const seq = (rec?.value as { seq: number }).seq;
    expect(await loadHistory(c.db, planId, seq)).not.toBeNull();
    // another window wrote after it
    await c.db.editLog.add({
      planId,
      at: '2016-01-01T00:00:00.000Z',
      author: 'B',
      windowId: 'anderes',
      rev: 9,
      label: 'Eingabe',
      command: { type: 'setInputs', changes: [{ key: 'row.r-mia.eintritte', value: 851 }] },
      changes: [],
    });
    expect(await loadHistory(c.db, planId, seq + 1)).toBeNull();
    expect(await c.db.settings.get(historyKey(planId))).toBeUndefined();
    // entries appended by the closing window itself are expected: the count must match
    const h = store.getState().history;
    await c.db.settings.put(historyRecord(planId, { seq, extra: 1, windowId: 'anderes' }, h));
    expect(await loadHistory(c.db, planId, seq + 1)).not.toBeNull();
    await c.db.settings.put(historyRecord(planId, { seq, extra: 2, windowId: 'anderes' }, h));
    expect(await loadHistory(c.db, planId, seq + 1)).toBeNull();
  });
});
