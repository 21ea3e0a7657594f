import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../shared/file/migrations';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../../shared/file/planFile';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { defaultDokument } from '../../../shared/model/dokument';

/** The Beispielplan as the pre-release format 0 wrote it. */
function beispielplanV0(): Record<string, unknown> {
  const plan = JSON.parse(JSON.stringify(beispielplan())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  plan.schemaVersion = 0;
  delete plan.dokument;
  plan.haushalt.umschichtung = { plan: 830_000, vorjahr: 4_230_000 };
  for (const area of plan.schwerpunkte) for (const row of area.rows) delete row.fbw;
  return plan;
}

describe('migrations', () => {
  it('0 → 1: Umschichtung amounts become { mode: "betrag" }, the FbW flag follows Förderkategorie II', () => {
    const r = migrateToCurrent(beispielplanV0(), 0);
    expect(r.ok).toBe(true);
    const plan = (r.ok ? r.plan : null) as Plan;
    expect(plan.schemaVersion).toBe(2);
    expect(plan.haushalt.umschichtung).toEqual({
      plan: { mode: 'betrag', betrag: 830_000 },
      vorjahr: { mode: 'betrag', betrag: 4_230_000 },
    });
    const flagged = plan.schwerpunkte.flatMap((a) => a.rows).filter((r) => r.kind === 'instrument' && r.fbw);
    expect(flagged.map((r) => r.id)).toEqual(['r-fbw']);
  });

  it('a version 0 file opens as the current Beispielplan and says it was upgraded', () => {
    const file = {
      format: 'amip-planer-plan',
      schemaVersion: 0,
      savedAt: '2015-11-12T10:00:00.000Z',
      plan: beispielplanV0(),
    };
    // Format 0 had no texts: the plan gets the default chapters (1 → 2).
    expect(parsePlanFile(JSON.stringify(file))).toEqual({
      ok: true,
      plan: { ...beispielplan(), dokument: defaultDokument() },
      migratedFrom: 0,
    });
  });

  it('does not change its input', () => {
    const v0 = beispielplanV0();
    const before = JSON.stringify(v0);
    migrateToCurrent(v0, 0);
    expect(JSON.stringify(v0)).toBe(before);
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

  it('the current version passes through unchanged', () => {
    const plan = beispielplan();
    expect(migrateToCurrent(plan, 2)).toEqual({ ok: true, plan });
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
    expect(migrateToCurrent({}, 3)).toEqual({
      ok: false,
      message: expect.stringContaining('neueren Version von AMIP-Planer'),
    });
    expect(migrateToCurrent({}, -1)).toEqual({ ok: false, message: 'unbekannte Dateiformat-Version -1' });
    expect(migrateToCurrent({}, 0.5)).toEqual({ ok: false, message: 'unbekannte Dateiformat-Version 0.5' });
  });
});
