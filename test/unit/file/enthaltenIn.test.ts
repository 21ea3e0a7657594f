/**
 * "enthalten in" may point only at a row that carries money (shared/model/enthaltenIn.ts):
 * cycles, chains, nachrichtlich rows and references are refused in files (issue 11, point 1),
 * a plan already stored still opens and the checks report it as Fehler.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { computeAll } from '../../../shared/calc/engine';
import { runChecks } from '../../../shared/checks/runChecks';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../../shared/file/planFile';
import type { Finanzierung, InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { fakeIo } from '../electron/cli/fakeIo';

const BAE = '„Außerbetriebliche Berufsausbildung (BaE)“';
const ABH = '„Ausbildungsbegleitende Hilfen (abH)“';
const ASA = '„Assistierte Ausbildung (AsA)“';
const FBW = '„Fort- und Weiterbildung (FbW)“';

function row(plan: Plan, id: string): InstrumentRow {
  const r = plan.schwerpunkte.flatMap((a) => a.rows).find((x) => x.id === id);
  if (r?.kind !== 'instrument') throw new Error(id);
  return r;
}

/** The Beispielplan with rows put "enthalten in" others: [row, target] pairs. */
function withEnthalten(...pairs: [string, string][]): Plan {
  const plan = beispielplan();
  for (const [id, target] of pairs) row(plan, id).finanzierung = { art: 'enthalten', inRowId: target };
  return plan;
}

const path = (area: number, index: number) =>
  `plan.schwerpunkte[${area}].rows[${index}].finanzierung.inRowId`;

function errorsOf(plan: Plan) {
  const r = parsePlanFile(serializePlanFile(plan));
  return r.ok ? [] : r.errors;
}

describe('"enthalten in": the file validator refuses what makes money vanish', () => {
  it('a cycle of two rows (BaE in abH, abH in BaE): both rows named, with the JSON path', () => {
    expect(errorsOf(withEnthalten(['r-bae', 'r-abh']))).toEqual([
      {
        path: path(1, 1),
        message: `„enthalten in“ bildet einen Kreis: ${BAE} → ${ABH} → ${BAE}; so würde keiner der Beträge gezählt (Zeilen "r-bae", "r-abh")`,
      },
      {
        path: path(1, 3),
        message: `„enthalten in“ bildet einen Kreis: ${ABH} → ${BAE} → ${ABH}; so würde keiner der Beträge gezählt (Zeilen "r-abh", "r-bae")`,
      },
    ]);
  });

  it('a cycle of three rows, and the row hanging on it as a chain', () => {
    const errors = errorsOf(withEnthalten(['r-fbw', 'r-asa'], ['r-asa', 'r-bae'], ['r-bae', 'r-fbw']));
    expect(errors.map((e) => e.path)).toEqual([path(1, 0), path(1, 1), path(1, 2), path(1, 3)]);
    expect(errors[0]!.message).toBe(
      `„enthalten in“ bildet einen Kreis: ${FBW} → ${ASA} → ${BAE} → ${FBW}; so würde keiner der Beträge gezählt (Zeilen "r-fbw", "r-asa", "r-bae")`,
    );
    expect(errors[3]!.message).toBe(
      `„enthalten in“ verweist auf ${BAE} ("r-bae"), deren Betrag selbst in einer anderen Zeile enthalten ist; wählen Sie die Zeile, die den Betrag trägt`,
    );
  });

  it('a row in itself, a chain, a nachrichtlich row and a reference', () => {
    expect(errorsOf(withEnthalten(['r-bae', 'r-bae']))).toContainEqual({
      path: path(1, 1),
      message:
        '„enthalten in“ verweist auf die Zeile selbst; eine Maßnahme kann nicht in sich selbst enthalten sein, ihr Betrag würde in keiner Summe gezählt',
    });
    expect(errorsOf(withEnthalten(['r-asa', 'r-abh']))).toEqual([
      {
        path: path(1, 2),
        message: `„enthalten in“ verweist auf ${ABH} ("r-abh"), deren Betrag selbst in einer anderen Zeile enthalten ist; wählen Sie die Zeile, die den Betrag trägt`,
      },
    ]);
    expect(errorsOf(withEnthalten(['r-abh', 'r-vb']))).toEqual([
      {
        path: path(1, 3),
        message:
          '„enthalten in“ verweist auf „Vermittlungsbudget (VB)“ ("r-vb"), die nur nachrichtlich geführt wird; ihr Betrag zählt in keiner Summe',
      },
    ]);
    const withReference = withEnthalten(['r-abh', 'v-bae']);
    withReference.schwerpunkte[0]!.rows.push({ kind: 'reference', id: 'v-bae', ownerRowId: 'r-bae' });
    expect(errorsOf(withReference)).toEqual([
      {
        path: path(1, 3),
        message:
          '„enthalten in“ verweist auf Zeile "v-bae", die nur ein Verweis ist; gemeint ist die Maßnahme "r-bae" selbst',
      },
    ]);
  });

  it('allows what a budget officer means: an EGT or Drittmittel row, also in another area', () => {
    const plan = withEnthalten(['r-asa', 'r-bae'], ['r-mag', 'r-agh']);
    row(plan, 'r-agh').finanzierung = { art: 'Drittmittel', programmId: plan.drittmittel[0]!.id };
    expect(parsePlanFile(serializePlanFile(plan))).toEqual({ ok: true, plan });
  });

  it('`amip validate` and `amip check` refuse the cyclic file (exit 2) instead of "Keine Auffälligkeiten"', async () => {
    const io = fakeIo({ 'kreis.amip.json': serializePlanFile(withEnthalten(['r-bae', 'r-abh'])) });
    expect(await runCli(['check', 'kreis.amip.json'], io)).toBe(2);
    expect(await runCli(['validate', 'kreis.amip.json'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain(`${path(1, 1)}: „enthalten in“ bildet einen Kreis`);
  });
});

describe('"enthalten in": a plan stored before the rule still opens, the checks report it', () => {
  const cyclic = () => withEnthalten(['r-bae', 'r-abh']);

  it('the stored plan validates, with the cycle a Fehler at both rows', () => {
    expect(validatePlan(cyclic()).ok).toBe(false);
    const stored = validatePlan(cyclic(), { stored: true });
    expect(stored.ok).toBe(true);
    const fehler = runChecks(cyclic()).filter((c) => c.severity === 'Fehler');
    expect(fehler.map((c) => c.id)).toEqual(['row-enthalten:r-bae', 'row-enthalten:r-abh']);
    expect(fehler[0]!.message).toBe(
      `Maßnahmeportfolio › Qualifizierung Geringqualifizierter › Außerbetriebliche Berufsausbildung (BaE): „enthalten in“ bildet einen Kreis: ${BAE} → ${ABH} → ${BAE}; so würde keiner der Beträge gezählt (Zeilen "r-bae", "r-abh").`,
    );
    expect(fehler[0]!.location).toEqual({
      sheet: 'portfolio',
      rowId: 'r-bae',
      areaId: 'hs-qualifizierung',
      cellKey: 'row.r-bae.eintritte',
    });
    // what the Fehler is about: BaE's 2.750.000 € vanish, the Auslastung falls from 100,1 % to 89,5 %
    expect(computeAll(beispielplan())['haushalt.plan.egtAuslastung']).toBeCloseTo(1.0008, 4);
    expect(computeAll(cyclic())['haushalt.plan.egtAuslastung']).toBeCloseTo(0.8954, 4);
  });

  it('a stored chain or nachrichtlich target is a Fehler too; a missing target is still refused', () => {
    const chain = withEnthalten(['r-asa', 'r-abh']);
    expect(validatePlan(chain, { stored: true }).ok).toBe(true);
    expect(runChecks(chain).find((c) => c.id === 'row-enthalten:r-asa')?.severity).toBe('Fehler');
    const nachrichtlich = withEnthalten(['r-abh', 'r-vb']);
    expect(validatePlan(nachrichtlich, { stored: true }).ok).toBe(true);
    expect(runChecks(nachrichtlich).find((c) => c.id === 'row-enthalten:r-abh')?.severity).toBe('Fehler');
    expect(validatePlan(withEnthalten(['r-abh', 'r-weg']), { stored: true }).ok).toBe(false);
    expect(validatePlan(withEnthalten(['r-abh', 'r-abh']), { stored: true }).ok).toBe(false);
  });

  it('the Beispielplan as shipped has no such Fehler', () => {
    const financing: Finanzierung = row(beispielplan(), 'r-abh').finanzierung;
    expect(financing).toEqual({ art: 'enthalten', inRowId: 'r-bae' });
    expect(runChecks(beispielplan()).some((c) => c.id.startsWith('row-enthalten:'))).toBe(false);
  });
});
