/**
 * Plans stored in the database before file format 2 (no Zielvereinbarung) load after the
 * upgrade: the checkpoint is upgraded before its journal replays, versions open and restore in
 * the current format, a backup restores, and a target can be added at once.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands/command';
import { newZiel } from '../../../../shared/model/newLines';
import { readInput } from '../../../../shared/model/inputs';
import type { Plan } from '../../../../shared/model/plan';
import { emptyZielvereinbarung } from '../../../../shared/model/ziele';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { planRecordFor } from '../../../../shared/storage/records';
import type { EditLogRecord } from '../../../../shared/storage/records';
import { applyToStoredPlan, loadPlan } from '../../../../renderer/storage/planRepository';
import { getVersion, restoreVersion } from '../../../../renderer/storage/versionRepository';
import { freshDbs, setValue } from './helpers';

const fresh = freshDbs();

/** The Beispielplan as format 1 stored it. */
function storedV1(): Plan {
  const plan = JSON.parse(JSON.stringify(beispielplan())) as Record<string, unknown>;
  plan.schemaVersion = 1;
  delete plan.zielvereinbarung;
  return plan as unknown as Plan;
}

const entry = (planId: string, rev: number, command: Command): EditLogRecord => ({
  planId,
  at: '2026-01-10T10:00:00.000Z',
  author: 'Test',
  windowId: 'w-alt',
  rev,
  label: 'Änderung',
  command,
  changes: [],
});

describe('a plan stored in format 1', () => {
  it('loads upgraded, with the journal written after its checkpoint applied', async () => {
    const db = fresh();
    const old = storedV1();
    await db.plans.put(planRecordFor(old, 2, 'w-alt', 1));
    await db.planContents.put({ id: old.id, rev: 1, plan: old, seq: 0 });
    await db.editLog.add(entry(old.id, 2, setValue('row.r-egz.mittelansatz', 3_000_000)));
    const r = await loadPlan(db, old.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.schemaVersion).toBe(2);
    expect(r.plan.zielvereinbarung).toEqual(emptyZielvereinbarung());
    expect(readInput(r.plan, 'row.r-egz.mittelansatz')).toBe(3_000_000);
    expect(r.warnings).toEqual([]);
    expect(await db.quarantine.count()).toBe(0);
  });

  it('a target added after the upgrade replays onto the old checkpoint', async () => {
    const db = fresh();
    const old = storedV1();
    await db.plans.put(planRecordFor(old, 2, 'w-alt', 1));
    await db.planContents.put({ id: old.id, rev: 1, plan: old, seq: 0 });
    await db.editLog.add(entry(old.id, 2, { type: 'insertZiel', ziel: newZiel('II', 'IQ'), index: 0 }));
    const r = await loadPlan(db, old.id);
    expect(r.ok && r.plan.zielvereinbarung.ziele.map((z) => z.bezeichnung)).toEqual(['IQ']);
    // and a further edit of the stored plan goes through the same path
    const applied = await applyToStoredPlan(
      db,
      old.id,
      { type: 'setZielvereinbarung', patch: { rechtsgrundlage: '§ 48b' } },
      'Test',
      'w',
    );
    expect(applied.zielvereinbarung.rechtsgrundlage).toBe('§ 48b');
  });

  it('a version saved in format 1 opens and restores in the current format', async () => {
    const db = fresh();
    const current = beispielplan();
    await db.plans.put(planRecordFor(current, 1, 'w', 0));
    await db.planContents.put({ id: current.id, rev: 1, plan: current, seq: 0 });
    await db.versions.put({
      id: 'v-alt',
      planId: current.id,
      name: 'vor dem Update',
      kind: 'named',
      createdAt: '2025-12-01T10:00:00.000Z',
      author: 'Frau A',
      rev: 1,
      plan: storedV1(),
    });
    const v = await getVersion(db, 'v-alt');
    expect(v?.plan.zielvereinbarung).toEqual(emptyZielvereinbarung());
    const restored = await restoreVersion(db, 'v-alt', 'Frau A', 'w');
    expect(restored.plan.schemaVersion).toBe(2);
    const r = await loadPlan(db, current.id);
    expect(r.ok).toBe(true);
  });
});
