/** The storage controller keeps the deleted plans for "Rückgängig" while the app is open. */
import { afterEach, describe, expect, it } from 'vitest';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { emptyPlan } from '../../../../shared/storage/newPlans';
import { PlanStore } from '../../../../renderer/state/planStore';
import { createPlan, listPlans } from '../../../../renderer/storage/planRepository';
import { StorageController } from '../../../../renderer/storage/storageController';
import { openDb, uniqueDbName } from './helpers';

const controllers: StorageController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.dispose();
});

async function started(name = uniqueDbName()) {
  const store = new PlanStore(beispielplan());
  const c = new StorageController(store, openDb(name));
  controllers.push(c);
  await c.start();
  const other = emptyPlan({
    id: 'p-essen',
    jobcenter: 'Jobcenter Essen',
    year: 2016,
    now: '2016-01-01T00:00:00.000Z',
    author: 'Frau A',
  });
  await createPlan(c.db, other, 'w');
  return { c, other, store };
}

const ids = async (c: StorageController) => (await listPlans(c.db)).map((p) => p.id).sort();

describe('StorageController: deleted plans', () => {
  it('a deleted plan is listed for undo and comes back with it', async () => {
    const { c, other } = await started();
    const opened = c.getState().planId!;
    await c.deletePlan(other.id);
    expect(await ids(c)).toEqual([opened]);
    expect(c.getState().deleted.map((d) => d.plan.id)).toEqual([other.id]);
    await c.undoDelete();
    expect(await ids(c)).toEqual([opened, other.id].sort());
    expect(c.getState().deleted).toEqual([]);
  });

  it('undo brings back the plan deleted last, then the one before', async () => {
    const { c, other } = await started();
    const third = { ...other, id: 'p-bochum', header: { ...other.header, jobcenter: 'Jobcenter Bochum' } };
    await createPlan(c.db, third, 'w');
    await c.deletePlan(other.id);
    await c.deletePlan(third.id);
    await c.undoDelete();
    expect(c.getState().deleted.map((d) => d.plan.id)).toEqual([other.id]);
    expect(await ids(c)).toContain(third.id);
    expect(await ids(c)).not.toContain(other.id);
  });

  it('listeners hear of it (the Start screen re-renders), and the open plan cannot be deleted', async () => {
    const { c, other } = await started();
    let heard = 0;
    c.subscribe(() => heard++);
    await c.deletePlan(other.id);
    expect(heard).toBeGreaterThan(0);
    await expect(c.deletePlan(c.getState().planId!)).rejects.toThrow('geöffnete Plan');
  });
});

describe('StorageController: opening a stored plan', () => {
  it('the plan is remembered as the last one before it reaches the store, and a restart opens it', async () => {
    const name = uniqueDbName();
    const { c, other, store } = await started(name);
    const settings = c.db.settings;
    const put = settings.put.bind(settings);
    let remembered = false;
    settings.put = ((item: { key: string; value: unknown }, key?: string) =>
      put(item, key).then((r) => {
        if (item.key === 'lastPlanId' && item.value === other.id) remembered = true;
        return r;
      })) as typeof settings.put;
    let rememberedAtLoad: boolean | null = null;
    store.subscribe((change) => {
      if (change.kind === 'load' && change.plan.id === other.id) rememberedAtLoad = remembered;
    });
    expect((await c.openPlan(other.id)).ok).toBe(true);
    expect(rememberedAtLoad).toBe(true);
    c.dispose();
    const again = new StorageController(new PlanStore(beispielplan()), openDb(name));
    controllers.push(again);
    await again.start();
    expect(again.getState().planId).toBe(other.id);
  });
});
