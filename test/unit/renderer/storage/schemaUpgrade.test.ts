/** Plans stored by release 1 (schema version 1, no notes) open after the upgrade to version 2. */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands/command';
import type { Plan } from '../../../../shared/model/plan';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { planFromBeispiel } from '../../../../shared/storage/newPlans';
import { applyToStoredPlan, createPlan, loadPlan } from '../../../../renderer/storage/planRepository';
import { getVersion, restoreVersion, saveVersion } from '../../../../renderer/storage/versionRepository';
import { freshDbs } from './helpers';

const fresh = freshDbs();

/** What release 1 wrote: the same plan without notes, schema version 1. */
function asRelease1(plan: Plan): Plan {
  const old = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  old.schemaVersion = 1;
  delete old.notizen;
  return old as unknown as Plan;
}

const note: Command = {
  type: 'setNote',
  key: 'hh.mittelausstattung.plan',
  text: 'Bescheid vom 12.11.',
  sheet: 'haushalt',
  where: 'Haushalt (EGT) › Mittelausstattung 2016',
};

describe('a plan stored by release 1', () => {
  it('loads as a version 2 plan, takes a note on top of its old checkpoint, and its versions open', async () => {
    const db = fresh();
    const plan = planFromBeispiel({ id: 'p-alt', now: '2015-11-12T10:00:00.000Z', author: 'Test' });
    await createPlan(db, plan, 'w');
    await saveVersion(db, 'p-alt', 'Vorlage TV', 'Test');
    // Release 1's records: the checkpoint and the version without notes.
    await db.planContents.update('p-alt', { plan: asRelease1(plan) });
    const [version] = await db.versions.toArray();
    await db.versions.update(version!.id, { plan: asRelease1(version!.plan) });

    const loaded = await loadPlan(db, 'p-alt');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.plan).toEqual({ ...plan, notizen: {} });

    // This release's first edit is a journal entry on the old checkpoint.
    await applyToStoredPlan(db, 'p-alt', note, 'Test', 'w');
    const after = await loadPlan(db, 'p-alt');
    expect(after.ok && after.plan.notizen).toEqual({ 'hh.mittelausstattung.plan': 'Bescheid vom 12.11.' });
    expect(after.ok && after.plan.schemaVersion).toBe(2);

    const v = await getVersion(db, version!.id);
    expect(v?.plan.schemaVersion).toBe(2);
    expect(v?.plan.notizen).toEqual({});
    const restored = await restoreVersion(db, version!.id, 'Test', 'w');
    expect(restored.plan.schemaVersion).toBe(2);
    expect(restored.plan.haushalt).toEqual(beispielplan().haushalt);
  });
});
