/**
 * The CLI with the sample of issue 15: `sample zielgruppen-kommunal-2016 | compute` gives the
 * documented keys of the target groups and the kommunal ranges; `check` runs the new checks.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { computeAll } from '../../../../shared/calc/engine';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file/planFile';
import { zielgruppenBeispiel } from '../../../../shared/sample/zielgruppenBeispiel';
import { fakeIo } from './fakeIo';

describe('amip with Zielgruppen and kommunale Leistungen', () => {
  it('sample → compute: the group’s figures and the ranges under the keys README names', async () => {
    const io = fakeIo({});
    expect(await runCli(['sample', 'zielgruppen-kommunal-2016', 'z.amip.json'], io)).toBe(0);
    const written = parsePlanFile(io.files.get('z.amip.json') ?? '');
    expect(written).toEqual({ ok: true, plan: zielgruppenBeispiel() });

    const c = fakeIo({ 'z.amip.json': serializePlanFile(zielgruppenBeispiel()) });
    expect(await runCli(['compute', 'z.amip.json'], c)).toBe(0);
    const figures = (JSON.parse(c.out()) as { figures: Record<string, number | null> }).figures;
    expect(figures).toEqual(computeAll(zielgruppenBeispiel()));
    expect(figures['zielgruppe.u25.eintritte']).toBe(1_374);
    expect(figures['zielgruppe.u25.mittelEgt']).toBe(5_141_000);
    expect(figures['zielgruppe.u25.faktor']).toBeCloseTo(2.6, 2);
    expect(figures['zielgruppe.gefluechtete.faktor']).toBeNull();
    expect(figures['zg.u25.r-egz.mittel']).toBe(240_000);
    expect(figures['zielgruppe.alleinerziehende.faelleKommunalVon']).toBe(920);
    expect(figures['zielgruppe.alleinerziehende.faelleKommunalBis']).toBe(1_380);
    expect([figures['portfolio.faelleKommunalVon'], figures['portfolio.faelleKommunalBis']]).toEqual([
      1_670, 2_470,
    ]);
    expect(figures['area.hs-kommunal.mittelansatzKommunal']).toBe(2_595_000);
    expect(figures['ref.ref-u25-fbw.mittelansatz']).toBe(850_000);
    expect(figures['bildung.differenzKennzahlII']).toBe(0);
  });

  it('check: the double row of an instrument in two areas is a Warnung line (exit 0)', async () => {
    const plan = zielgruppenBeispiel();
    const egz = plan.schwerpunkte[0]!.rows.find((r) => r.id === 'r-egz')!;
    if (egz.kind !== 'instrument') throw new Error('EGZ fehlt');
    const { zielgruppen: _z, ...copy } = egz;
    plan.schwerpunkte[3]!.rows.push({ ...copy, id: 'r-egz-2' });
    const io = fakeIo({ p: serializePlanFile(plan) });
    expect(await runCli(['check', 'p'], io)).toBe(0);
    expect(io.out()).toContain(
      'Warnung  Maßnahmeportfolio › Beschäftigungsmöglichkeiten für Alleinerziehende nutzen › Eingliederungszuschüsse (EGZ): dieselbe Maßnahme (Kat. III.1) steht als eigene Zeile auch in „Integration“',
    );
  });
});
