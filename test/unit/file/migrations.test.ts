import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent } from '../../../shared/file/migrations';
import { computeAll } from '../../../shared/calc/engine';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../../shared/file/planFile';
import { upgradeStoredPlan } from '../../../shared/file/storedPlan';
import type { Plan } from '../../../shared/model/plan';
import { SCHEMA_VERSION } from '../../../shared/model/plan';
import { emptyZielvereinbarung } from '../../../shared/model/ziele';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The Beispielplan as file format 1 wrote it: no Zielvereinbarung, Globalbudget, Personal,
 * register or target groups.
 */
function beispielplanV1(): Json {
  const plan = JSON.parse(JSON.stringify(beispielplan())) as Json;
  plan.schemaVersion = 1;
  delete plan.zielvereinbarung;
  delete plan.globalbudget;
  delete plan.personal;
  delete plan.verpflichtungen;
  delete plan.zielgruppen;
  delete plan.stammdaten.zielgruppen;
  delete plan.dokument;
  return plan;
}
import { defaultDokument } from '../../../shared/model/dokument';

/** The Beispielplan as an upgrade of format 0 or 1 gives it: format 1 had no texts, so the default chapters. */
const upgradedBeispielplan = (): Plan => ({ ...beispielplan(), dokument: defaultDokument() });

/** The Beispielplan as the pre-release format 0 wrote it. */
function beispielplanV0(): Json {
  const plan = beispielplanV1();
  plan.schemaVersion = 0;
  delete plan.notizen;
  delete plan.dokument;
  plan.haushalt.umschichtung = { plan: 830_000, vorjahr: 4_230_000 };
  for (const area of plan.schwerpunkte) for (const row of area.rows) delete row.fbw;
  return plan;
}

describe('migrations', () => {
  it('0 → 1: Umschichtung amounts become { mode: "betrag" }, the FbW flag follows Förderkategorie II', () => {
    const plan = MIGRATIONS[0]!(beispielplanV0()) as Plan;
    expect(plan.schemaVersion).toBe(1);
    expect(plan.haushalt.umschichtung).toEqual({
      plan: { mode: 'betrag', betrag: 830_000 },
      vorjahr: { mode: 'betrag', betrag: 4_230_000 },
    });
    const flagged = plan.schwerpunkte.flatMap((a) => a.rows).filter((r) => r.kind === 'instrument' && r.fbw);
    expect(flagged.map((r) => r.id)).toEqual(['r-fbw']);
  });

  it('1 → 2: a plan without Zielvereinbarung gets an empty one (Rechenbasis gedruckt) and is the current Beispielplan', () => {
    const v1 = beispielplanV1();
    expect(v1).not.toHaveProperty('zielvereinbarung');
    const r = migrateToCurrent(v1, 1);
    expect(r).toEqual({ ok: true, plan: upgradedBeispielplan() });
    const plan = (r.ok ? r.plan : null) as Plan;
    expect(plan.schemaVersion).toBe(2);
    expect(plan.zielvereinbarung).toEqual(emptyZielvereinbarung());
    expect(plan.zielvereinbarung.rechenbasis).toBe('gedruckt');
    expect(validatePlan(plan).ok).toBe(true);
  });

  it('1 → 2 keeps a Zielvereinbarung that is already there', () => {
    const v1 = beispielplanV1();
    v1.zielvereinbarung = { ...emptyZielvereinbarung(), rechtsgrundlage: '§ 48b SGB II' };
    const r = migrateToCurrent(v1, 1);
    expect(r.ok && (r.plan as Plan).zielvereinbarung.rechtsgrundlage).toBe('§ 48b SGB II');
  });

  it('a version 0 and a version 1 file open as the current Beispielplan and say they were upgraded', () => {
    for (const [version, plan] of [
      [0, beispielplanV0()],
      [1, beispielplanV1()],
    ] as const) {
      const file = {
        format: 'amip-planer-plan',
        schemaVersion: version,
        savedAt: '2015-11-12T10:00:00.000Z',
        plan,
      };
      expect(parsePlanFile(JSON.stringify(file))).toEqual({
        ok: true,
        plan: upgradedBeispielplan(),
        migratedFrom: version,
      });
    }
  });

  it('a plan stored in the database in format 1 validates as stored (upgraded), and not as a file plan', () => {
    expect(validatePlan(beispielplanV1(), { stored: true })).toEqual({
      ok: true,
      plan: upgradedBeispielplan(),
    });
    expect(validatePlan(beispielplanV1()).ok).toBe(false);
    expect(upgradeStoredPlan(beispielplanV1())).toEqual(upgradedBeispielplan());
    // the current format and anything that is no plan pass through unchanged
    const current = beispielplan();
    expect(upgradeStoredPlan(current)).toBe(current);
    expect(upgradeStoredPlan('kaputt')).toBe('kaputt');
  });

  it('does not change its input', () => {
    for (const [version, plan] of [
      [0, beispielplanV0()],
      [1, beispielplanV1()],
    ] as const) {
      const before = JSON.stringify(plan);
      migrateToCurrent(plan, version);
      expect(JSON.stringify(plan)).toBe(before);
    }
  });

  it('leaves what it does not recognise for the validator to report', () => {
    const file = {
      format: 'amip-planer-plan',
      schemaVersion: 0,
      plan: { ...beispielplanV0(), haushalt: 'kaputt' },
    };
    const r = parsePlanFile(JSON.stringify(file));
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'plan.haushalt', message: 'Objekt erwartet, gefunden "kaputt"' }],
    });
  });

  it('1 → 2: the master list of Zielgruppen (the default six) and no evaluated group', () => {
    const v1 = beispielplanV1();
    const before = JSON.stringify(v1);
    const r = migrateToCurrent(v1, 1);
    expect(JSON.stringify(v1)).toBe(before);
    expect(r).toEqual({ ok: true, plan: upgradedBeispielplan() });
    const plan = (r.ok ? r.plan : null) as Plan;
    expect(plan.stammdaten.zielgruppen.map((z) => z.name)).toEqual([
      'U25',
      'Ü50',
      'Alleinerziehende',
      'Langzeitleistungsbeziehende',
      'Geflüchtete',
      'Menschen mit Behinderung',
    ]);
    expect(plan.zielgruppen).toEqual([]);
  });

  it('1 → 2 keeps what a plan already has (a master list of its own)', () => {
    const v1 = beispielplanV1() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v1.stammdaten.zielgruppen = [{ id: 'frauen', name: 'Frauen' }];
    const r = migrateToCurrent(v1, 1);
    expect(r.ok && (r.plan as Plan).stammdaten.zielgruppen).toEqual([{ id: 'frauen', name: 'Frauen' }]);
  });

  it('a version 1 file opens as the current Beispielplan and says it was upgraded', () => {
    const file = {
      format: 'amip-planer-plan',
      schemaVersion: 1,
      savedAt: '2016-01-05T09:30:00.000Z',
      plan: beispielplanV1(),
    };
    expect(parsePlanFile(JSON.stringify(file))).toEqual({
      ok: true,
      plan: upgradedBeispielplan(),
      migratedFrom: 1,
    });
  });

  it('a plan stored in the database before the upgrade loads: validated after the same migration', () => {
    expect(validatePlan(beispielplanV1(), { stored: true })).toEqual({
      ok: true,
      plan: upgradedBeispielplan(),
    });
    expect(upgradeStoredPlan(beispielplanV1())).toEqual(upgradedBeispielplan());
    // The current version and anything unreadable pass through untouched (the validator speaks).
    const current = zielgruppenBeispiel();
    expect(upgradeStoredPlan(current)).toBe(current);
    expect(upgradeStoredPlan('kaputt')).toBe('kaputt');
  });

  it('the current version passes through unchanged', () => {
    const plan = beispielplan();
    expect(migrateToCurrent(plan, SCHEMA_VERSION)).toEqual({ ok: true, plan });
    expect(parsePlanFile(serializePlanFile(plan))).not.toHaveProperty('migratedFrom');
  });

  it('1 → 2: a version 1 plan gets the default chapters with empty texts and nothing else changes', () => {
    const v1 = JSON.parse(JSON.stringify(beispielplan())) as Record<string, unknown>;
    v1.schemaVersion = 1;
    delete v1.dokument;
    const before = JSON.stringify(v1);
    const r = migrateToCurrent(v1, 1);
    expect(JSON.stringify(v1)).toBe(before);
    const expected = { ...beispielplan(), dokument: defaultDokument() };
    expect(r).toEqual({ ok: true, plan: expected });
    const file = {
      format: 'amip-planer-plan',
      schemaVersion: 1,
      savedAt: '2015-11-12T10:00:00.000Z',
      plan: v1,
    };
    expect(parsePlanFile(JSON.stringify(file))).toEqual({ ok: true, plan: expected, migratedFrom: 1 });
    // A plan stored in the database before the upgrade opens too (not quarantined).
    expect(validatePlan(JSON.parse(before), { stored: true })).toEqual({ ok: true, plan: expected });
    // Chapter ids are fixed: the migrated plan's chapters are those of a new plan.
    expect(expected.dokument.kapitel.map((k) => k.id)).toEqual([
      'einleitung',
      'rahmenbedingungen',
      'ressourcen',
      'schwerpunkte',
      'bildung',
      'kennzahlen',
      'ausrichtung',
    ]);
  });

  it('refuses unknown and future versions', () => {
    expect(migrateToCurrent({}, SCHEMA_VERSION + 1)).toEqual({
      ok: false,
      message: expect.stringContaining('neueren Version von AMIP-Planer'),
    });
    expect(migrateToCurrent({}, -1)).toEqual({ ok: false, message: 'unbekannte Dateiformat-Version -1' });
    expect(migrateToCurrent({}, 0.5)).toEqual({ ok: false, message: 'unbekannte Dateiformat-Version 0.5' });
  });
});

describe('migration 1 → 2 (issue 14: Globalbudget, Personal, Verpflichtungen)', () => {
  it('adds the budget parts with every option off, so every figure stays what it was', () => {
    const r = migrateToCurrent(beispielplanV1(), 1);
    expect(r.ok).toBe(true);
    const plan = (r.ok ? r.plan : null) as Plan;
    expect(plan).toEqual(upgradedBeispielplan());
    expect(plan.globalbudget.schaetzungen.map((s) => s.art)).toEqual(['BA', 'BMAS', 'EinglMV']);
    expect(plan.globalbudget.mittelausstattungAusGrundlage).toBe(false);
    expect(plan.verpflichtungen.vorbindungenAusRegister).toBe(false);
    expect(computeAll(plan)['haushalt.plan.mittelFuerNeufaelle']).toBe(26_100_000);
  });

  it('a version 1 file opens and says it was upgraded', () => {
    const file = {
      format: 'amip-planer-plan',
      schemaVersion: 1,
      savedAt: '2015-11-12T10:00:00.000Z',
      plan: beispielplanV1(),
    };
    const r = parsePlanFile(JSON.stringify(file));
    expect(r.ok && r.migratedFrom).toBe(1);
  });

  it('a stored plan of an older release is upgraded before it is validated; a current one is left alone', () => {
    const stored = beispielplanV1();
    expect((upgradeStoredPlan(stored) as unknown as Plan).schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.schemaVersion).toBe(1);
    const current = beispielplan();
    expect(upgradeStoredPlan(current)).toBe(current);
    expect(upgradeStoredPlan({ schemaVersion: 99 })).toEqual({ schemaVersion: 99 });
  });
});
