/**
 * Plans stored by the release before schema 2 (issue 14) open after the update: the checkpoint
 * is upgraded before its journal is replayed, a version of that time opens and restores, and
 * nothing goes to quarantine.
 */
import { describe, expect, it } from 'vitest';
import { computeAll } from '../../../../shared/calc/engine';
import type { Plan } from '../../../../shared/model/plan';
import { SCHEMA_VERSION } from '../../../../shared/model/plan';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { planRecordFor } from '../../../../shared/storage/records';
import { listQuarantine, loadPlan } from '../../../../renderer/storage/planRepository';
import { getVersion, restoreVersion } from '../../../../renderer/storage/versionRepository';
import { freshDbs } from './helpers';

const fresh = freshDbs();

/** The Beispielplan as the release before wrote it into the database. */
function storedV1(): Plan {
  const plan = JSON.parse(JSON.stringify(beispielplan())) as Record<string, unknown>;
  plan.schemaVersion = 1;
  delete plan.globalbudget;
  delete plan.personal;
  delete plan.verpflichtungen;
  return plan as unknown as Plan;
}

describe('a plan stored before schema 2', () => {
  it('loads with its journal replayed on the upgraded checkpoint', async () => {
    const db = fresh();
    const old = storedV1();
    await db.plans.add(planRecordFor(old, 1, 'alt', 0));
    await db.planContents.add({ id: old.id, rev: 1, plan: old, seq: 0 });
    await db.editLog.add({
      planId: old.id,
      at: '2016-01-05T09:30:00.000Z',
      author: 'Frau P',
      windowId: 'alt',
      rev: 2,
      label: 'Mittelansatz ändern',
      command: { type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 2_300_000 }] },
      changes: [],
    });
    const r = await loadPlan(db, old.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.plan.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.plan.globalbudget.schaetzungen).toHaveLength(3);
    expect(computeAll(r.plan)['portfolio.mittelansatzEgt']).toBe(
      computeAll(beispielplan())['portfolio.mittelansatzEgt']! + 100_000,
    );
    expect(await listQuarantine(db)).toEqual([]);
  });

  it('a version saved then opens and restores in the current schema', async () => {
    const db = fresh();
    const now = storedV1();
    const current = beispielplan();
    await db.plans.add(planRecordFor(current, 3, 'w', 0));
    await db.planContents.add({ id: current.id, rev: 3, plan: current, seq: 0 });
    await db.versions.add({
      id: 'v-alt',
      planId: current.id,
      name: 'Stand Oktober',
      kind: 'named',
      createdAt: '2015-10-01T08:00:00.000Z',
      author: 'Frau P',
      rev: 1,
      plan: now,
    });
    const v = await getVersion(db, 'v-alt');
    expect(v?.plan.schemaVersion).toBe(SCHEMA_VERSION);
    expect(v?.plan.verpflichtungen.eintraege).toEqual([]);
    const restored = await restoreVersion(db, 'v-alt', 'Frau P', 'w');
    expect(restored.plan.schemaVersion).toBe(SCHEMA_VERSION);
    const r = await loadPlan(db, current.id);
    expect(r.ok && r.plan.globalbudget.grundlageId).toBe('gs-bmas');
  });
});
