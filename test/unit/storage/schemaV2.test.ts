/** Schema v1 → v2: seed a v1 database, open it with the current schema, compare (Signal's pattern). */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { V1_STORES } from '../../../shared/storage/schema/v1';
import type { PlanRecordV1 } from '../../../shared/storage/schema/v1';
import { UPGRADE_WRITER, upgradePlanRecordV1 } from '../../../shared/storage/schema/v2';
import { CURRENT_DB_VERSION } from '../../../shared/storage/schema';
import { planSearchText } from '../../../shared/storage/records';
import { openDb, uniqueDbName } from '../renderer/storage/helpers';

function v1Record(id: string, rev: number, jobcenter: string): PlanRecordV1 {
  const plan = beispielplan();
  plan.id = id;
  plan.header.jobcenter = jobcenter;
  return { id, updatedAt: plan.header.changedAt, rev, plan };
}

describe('Schema v2 (Planliste getrennt vom Planinhalt, Quarantäne)', () => {
  it('splits a v1 record into header and content without changing the plan (pure transform)', () => {
    const old = v1Record('p-1', 7, 'Jobcenter Essen');
    const up = upgradePlanRecordV1(old);
    expect(up.ok).toBe(true);
    if (!up.ok) return;
    expect(up.content).toEqual({ id: 'p-1', rev: 7, plan: old.plan });
    expect(up.plan.header).toEqual(old.plan.header);
    expect(up.plan.rev).toBe(7);
    expect(up.plan.updatedAt).toBe(old.plan.header.changedAt);
    expect(up.plan.rowCount).toBe(old.plan.schwerpunkte.reduce((n, a) => n + a.rows.length, 0));
    expect(up.plan.search).toContain('jobcenter essen');
    expect(up.plan.lastWriter).toBe(UPGRADE_WRITER);
  });

  it('returns a record without plan as broken instead of dropping it', () => {
    const broken = { id: 'kaputt', updatedAt: '', rev: 1, plan: undefined } as unknown as PlanRecordV1;
    expect(upgradePlanRecordV1(broken)).toEqual({ ok: false, broken });
  });

  it('upgrades a seeded v1 database: plans, versions, edit log and settings survive; a broken plan is quarantined', async () => {
    const name = uniqueDbName();
    const seed = new Dexie(name, { indexedDB, IDBKeyRange });
    seed.version(1).stores(V1_STORES);
    const a = v1Record('p-a', 3, 'Jobcenter Düsseldorf');
    const b = v1Record('p-b', 1, 'Jobcenter Köln');
    await seed
      .table('plans')
      .bulkAdd([a, b, { id: 'p-kaputt', updatedAt: '2016-01-01', rev: 1, plan: null }]);
    await seed
      .table('versions')
      .add({ id: 'v-1', planId: 'p-a', name: 'Vorlage', createdAt: '2016-11-12T09:00:00.000Z' });
    await seed.table('editLog').add({ planId: 'p-a', at: '2016-11-12T09:00:00.000Z', label: 'x' });
    await seed.table('settings').put({ key: 'userName', value: 'Frau Beispiel' });
    seed.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    const plans = await db.plans.orderBy('id').toArray();
    expect(plans.map((p) => p.id)).toEqual(['p-a', 'p-b']);
    const expectedA = upgradePlanRecordV1(a);
    if (!expectedA.ok) throw new Error('unreachable');
    expect(plans[0]).toEqual(expectedA.plan);
    expect(plans[1]!.search).toBe(planSearchText(b.plan.header));
    expect(await db.planContents.get('p-a')).toEqual({ id: 'p-a', rev: 3, plan: a.plan });
    expect(await db.planContents.get('p-b')).toEqual({ id: 'p-b', rev: 1, plan: b.plan });
    const q = await db.quarantine.get('p-kaputt');
    expect(q?.errors[0]?.message).toMatch(/konnte nicht übernommen werden/);
    expect(q?.planRecord).toEqual({ id: 'p-kaputt', updatedAt: '2016-01-01', rev: 1, plan: null });
    expect(
      await db.versions.where('[planId+createdAt]').between(['p-a', ''], ['p-a', '\uffff']).count(),
    ).toBe(1);
    expect(
      await db.editLog.where('[planId+seq]').between(['p-a', -Infinity], ['p-a', Infinity]).count(),
    ).toBe(1);
    expect((await db.settings.get('userName'))?.value).toBe('Frau Beispiel');
    db.close();
  });
});
