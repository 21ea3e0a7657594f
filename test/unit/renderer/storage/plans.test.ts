/** Plan management on the local database: list, create, variants, rename, delete with undo, quarantine, files. */
import { describe, expect, it } from 'vitest';
import { serializePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { emptyPlan, planFromBeispiel } from '../../../../shared/storage/newPlans';
import { listEditLog } from '../../../../renderer/storage/editLog';
import {
  checkAllPlans,
  createPlan,
  deletePlan,
  duplicatePlan,
  listPlans,
  listQuarantine,
  loadPlan,
  renamePlan,
  undoDelete,
} from '../../../../renderer/storage/planRepository';
import { importPlanFile } from '../../../../renderer/storage/planFiles';
import { saveVersion, listVersions } from '../../../../renderer/storage/versionRepository';
import { freshDbs } from './helpers';

const fresh = freshDbs();

const at = (iso: string) => ({ now: iso, author: 'Test' });

describe('Planliste', () => {
  it('lists plans newest change first and finds them by Jobcenter, Variante or Jahr', async () => {
    const db = fresh();
    await createPlan(
      db,
      emptyPlan({
        id: 'p-essen',
        jobcenter: 'Jobcenter Essen',
        year: 2017,
        ...at('2016-10-01T08:00:00.000Z'),
      }),
      'w',
    );
    await createPlan(
      db,
      emptyPlan({
        id: 'p-koeln',
        jobcenter: 'Jobcenter Köln',
        year: 2018,
        ...at('2017-10-01T08:00:00.000Z'),
      }),
      'w',
    );
    await createPlan(db, planFromBeispiel({ id: 'p-bsp', ...at('2015-11-12T10:00:00.000Z') }), 'w');
    expect((await listPlans(db)).map((p) => p.id)).toEqual(['p-koeln', 'p-essen', 'p-bsp']);
    expect((await listPlans(db, 'köln')).map((p) => p.id)).toEqual(['p-koeln']);
    expect((await listPlans(db, 'jobcenter 2017')).map((p) => p.id)).toEqual(['p-essen']);
    expect((await listPlans(db, 'BEISPIELPLAN')).map((p) => p.id)).toEqual(['p-bsp']);
    expect(await listPlans(db, 'Dortmund')).toEqual([]);
  });

  it('an empty plan and the Beispielplan are valid plans', async () => {
    const db = fresh();
    await createPlan(
      db,
      emptyPlan({ id: 'p-leer', jobcenter: 'Jobcenter Test', year: 2019, ...at('2018-09-01T00:00:00.000Z') }),
      'w',
    );
    await createPlan(
      db,
      emptyPlan({
        id: 'p-vorlage',
        jobcenter: 'Jobcenter Test',
        year: 2019,
        schwerpunkte: 'vorlage',
        ...at('2018-09-01T00:00:00.000Z'),
      }),
      'w',
    );
    await createPlan(db, planFromBeispiel({ id: 'p-bsp', ...at('2018-09-01T00:00:00.000Z') }), 'w');
    const leer = await loadPlan(db, 'p-leer');
    expect(leer.ok && leer.plan.schwerpunkte).toEqual([]);
    // The variant is not named like the status: the header read "Entwurf [Entwurf]".
    expect(leer.ok && [leer.plan.header.variante, leer.plan.header.status]).toEqual([
      'Hauptvariante',
      'Entwurf',
    ]);
    const vorlage = await loadPlan(db, 'p-vorlage');
    expect(vorlage.ok && vorlage.plan.schwerpunkte.map((a) => a.name)).toContain('Jugendliche (U25)');
    expect(vorlage.ok && vorlage.plan.schwerpunkte.every((a) => a.rows.length === 0)).toBe(true);
    const bsp = await loadPlan(db, 'p-bsp');
    expect(bsp.ok && bsp.plan.schwerpunkte).toEqual(beispielplan().schwerpunkte);
  });

  it('duplicates a plan as a variant linked to the original', async () => {
    const db = fresh();
    await createPlan(db, beispielplan(), 'w');
    const copy = await duplicatePlan(db, beispielplan().id, 'Entwurf 2', 'Frau A', 'w');
    expect(copy.id).not.toBe(beispielplan().id);
    expect(copy.header.variante).toBe('Entwurf 2');
    expect(copy.header.sourcePlanId).toBe(beispielplan().id);
    expect(copy.schwerpunkte).toEqual(beispielplan().schwerpunkte);
    expect(await listPlans(db)).toHaveLength(2);
  });

  it('renames a plan and logs the rename in its Änderungsprotokoll', async () => {
    const db = fresh();
    const plan = beispielplan();
    await createPlan(db, plan, 'w');
    await renamePlan(db, plan.id, { variante: 'beschlossen' }, 'Herr B', 'w');
    const [rec] = await listPlans(db, 'beschlossen');
    expect(rec?.header.variante).toBe('beschlossen');
    expect(rec?.rev).toBe(2);
    const log = await listEditLog(db, plan.id);
    expect(log).toHaveLength(1);
    expect(log[0]!.author).toBe('Herr B');
  });

  it('deletes a plan with its versions and log, and undo puts everything back', async () => {
    const db = fresh();
    const plan = beispielplan();
    await createPlan(db, plan, 'w');
    await renamePlan(db, plan.id, { variante: 'X' }, 'A', 'w');
    await saveVersion(db, plan.id, 'Vorlage Trägerversammlung 12.11.', 'A');
    const deleted = await deletePlan(db, plan.id);
    expect(await listPlans(db)).toEqual([]);
    expect(await db.versions.count()).toBe(0);
    expect(await db.editLog.count()).toBe(0);
    await undoDelete(db, deleted);
    const back = await loadPlan(db, plan.id);
    expect(back.ok && back.plan.header.variante).toBe('X');
    expect((await listVersions(db, plan.id)).map((v) => v.name)).toEqual([
      'Vorlage Trägerversammlung 12.11.',
    ]);
    expect(await listEditLog(db, plan.id)).toHaveLength(1);
  });
});

describe('Beschädigte Datensätze', () => {
  it('a plan that fails validation is quarantined with German errors and reported; the others still open', async () => {
    const db = fresh();
    await createPlan(db, beispielplan(), 'w');
    await createPlan(
      db,
      emptyPlan({ id: 'p-gut', jobcenter: 'Jobcenter Gut', year: 2017, ...at('2016-01-01T00:00:00.000Z') }),
      'w',
    );
    // Corrupt the Beispielplan's content behind the app's back.
    const content = (await db.planContents.get(beispielplan().id))!;
    const broken = structuredClone(content);
    (broken.plan.schwerpunkte[0]!.rows[1] as { eintritte: unknown }).eintritte = 'fünfhundert';
    await db.planContents.put(broken);

    const moved = await checkAllPlans(db);
    expect(moved.map((q) => q.id)).toEqual([beispielplan().id]);
    expect(moved[0]!.title).toBe('Jobcenter Düsseldorf 2016 – Beispielplan Düsseldorf 2016');
    expect(moved[0]!.errors[0]!.path).toContain('schwerpunkte[0].rows[1].eintritte');
    expect(moved[0]!.errors[0]!.message).toMatch(/[äöüß]|Zahl|erwartet/);
    expect((await listPlans(db)).map((p) => p.id)).toEqual(['p-gut']);
    const stillThere = await listQuarantine(db);
    expect(stillThere).toHaveLength(1);
    expect(stillThere[0]!.contentRecord).toEqual(broken);
    const good = await loadPlan(db, 'p-gut');
    expect(good.ok).toBe(true);
  });
});

describe('Beschädigte Datensätze: Schlüssel, die ein Objekt verändern könnten', () => {
  it('a prototype key in a stored row quarantines the plan with what and where; the record is kept whole', async () => {
    const db = fresh();
    await createPlan(db, beispielplan(), 'w');
    const content = (await db.planContents.get(beispielplan().id))!;
    const broken = structuredClone(content);
    const rows = broken.plan.schwerpunkte[1]!.rows as unknown[];
    rows[0] = JSON.parse('{"__proto__": {"polluted": true}, "kind": "instrument", "id": "r-x"}');
    await db.planContents.put(broken);

    const r = await loadPlan(db, beispielplan().id);
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'quarantined') return;
    expect(r.quarantine.errors).toEqual([
      { path: 'plan.schwerpunkte[1].rows[0]', message: 'unzulässiger Schlüssel "__proto__"' },
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const kept = await listQuarantine(db);
    expect(kept[0]!.contentRecord).toEqual(broken);
    expect(await listPlans(db)).toEqual([]);
  });
});

describe('Pläne aus der Zeit vor dem Dateiformat 2', () => {
  it('a plan stored with schema version 1 (checkpoint, journal and version) opens, migrated, and is not quarantined', async () => {
    const db = fresh();
    const plan = beispielplan();
    await createPlan(db, plan, 'w');
    // The checkpoint as version 1 stored it: no target groups at all.
    const content = (await db.planContents.get(plan.id))!;
    const old = structuredClone(content) as unknown as { plan: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    old.plan.schemaVersion = 1;
    delete old.plan.zielgruppen;
    delete old.plan.stammdaten.zielgruppen;
    await db.planContents.put(old as unknown as typeof content);
    // A journal entry written by the old version on top of it still applies.
    await renamePlan(db, plan.id, { variante: 'Entwurf 2' }, 'Test', 'w');

    const loaded = await loadPlan(db, plan.id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.plan.schemaVersion).toBe(2);
    expect(loaded.plan.stammdaten.zielgruppen.map((z) => z.id)).toEqual([
      'u25',
      'ue50',
      'alleinerziehende',
      'lzb',
      'gefluechtete',
      'behinderung',
    ]);
    expect(loaded.plan.zielgruppen).toEqual([]);
    expect(loaded.plan.header.variante).toBe('Entwurf 2');
    expect(loaded.warnings).toEqual([]);
    expect(await listQuarantine(db)).toEqual([]);
  });
});

describe('Dateien', () => {
  it('opening a file never overwrites: a new id is stored as is, a known id becomes a new variant', async () => {
    const db = fresh();
    const plan = beispielplan();
    const text = serializePlanFile(plan);
    const first = await importPlanFile(db, text, 'Plan.amip.json', 'w');
    expect(first.ok && first.asVariant).toBe(false);
    await renamePlan(db, plan.id, { variante: 'lokal geändert' }, 'A', 'w');
    const second = await importPlanFile(db, text, 'Plan.amip.json', 'w');
    if (!second.ok) throw new Error('import failed');
    expect(second.asVariant).toBe(true);
    expect(second.plan.header.sourcePlanId).toBe(plan.id);
    const local = await loadPlan(db, plan.id);
    expect(local.ok && local.plan.header.variante).toBe('lokal geändert');
    expect(await listPlans(db)).toHaveLength(2);
  });

  it('a broken file is refused with German messages for every problem and stores nothing', async () => {
    const db = fresh();
    const plan = beispielplan() as unknown as {
      header: { year: unknown };
      haushalt: { mittelausstattung: { plan: unknown } };
    };
    plan.header.year = 'zweitausendsechzehn';
    plan.haushalt.mittelausstattung.plan = -5;
    const result = await importPlanFile(db, serializePlanFile(plan as never), 'kaputt.amip.json', 'w');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
    expect(result.errors.map((e) => e.path).join(' ')).toContain('header.year');
    expect(result.errors.map((e) => e.path).join(' ')).toContain('mittelausstattung.plan');
    expect(await listPlans(db)).toEqual([]);
  });
});
