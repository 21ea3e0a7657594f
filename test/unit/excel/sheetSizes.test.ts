/**
 * The sizes the import checks a workbook against are the sizes of the export: rows counted
 * without building the layout equal the layout's rows for many plans (so a row added to a
 * layout without its count fails here), and the Prüfungen sheet's bound holds even for a plan
 * in which every row raises every check it can.
 */
import { describe, expect, it } from 'vitest';
import { maxChecks, runChecks } from '../../../shared/checks/runChecks';
import { Calculation } from '../../../shared/calc/engine';
import { workbookLayout } from '../../../shared/excel/layout';
import { calcLabels } from '../../../shared/outline/labels';
import { PRUEFUNGEN_SHEET } from '../../../shared/excel/layout/pruefungen';
import { sheetSizes } from '../../../shared/excel/layout/sheetSizes';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan } from '../../support/generatePlan';

const bsp = beispielplan();
const plans: [string, Plan][] = [
  ['Beispielplan', bsp],
  ...[60, 400, 2_000].map((rows, i): [string, Plan] => [
    `${rows} Zeilen`,
    generatePlan({ rows, seed: i + 1 }),
  ]),
  [
    'ohne Zuweisungen, Drittmittel und Handlungsschwerpunkte',
    {
      ...bsp,
      schwerpunkte: [],
      drittmittel: [],
      haushalt: { ...bsp.haushalt, zuweisungen: [], ausserhalbEgt: [] },
    },
  ],
  ['ohne gesetzlichen Deckel', { ...bsp, stammdaten: { ...bsp.stammdaten, deckel: [] } }],
  [
    'mit zwei Deckeln im Planjahr',
    {
      ...bsp,
      stammdaten: {
        ...bsp.stammdaten,
        deckel: bsp.stammdaten.deckel.map((d) => ({ ...d, gueltigAb: null, gueltigBis: null })),
      },
    },
  ],
];

describe('sheetSizes', () => {
  it.each(plans)('%s: rows, columns and header row as the export lays them out', (_name, plan) => {
    const checks = runChecks(plan);
    const layouts = workbookLayout(plan, calcLabels(new Calculation(plan)), checks);
    const sizes = sheetSizes(plan);
    expect(sizes.map((s) => s.name)).toEqual(layouts.map((l) => l.name));
    for (const [i, layout] of layouts.entries()) {
      const size = sizes[i]!;
      expect([size.name, size.columns]).toEqual([layout.name, layout.columns]);
      expect([size.name, size.headerRow]).toEqual([layout.name, layout.headerRow]);
      if (layout.name === PRUEFUNGEN_SHEET) expect(size.rows).toBeGreaterThanOrEqual(layout.rows.length);
      else expect([size.name, size.rows]).toEqual([layout.name, layout.rows.length]);
    }
  });

  it('bounds the Prüfungen sheet even when every row raises every check it can', () => {
    const worst: Plan = {
      ...bsp,
      schwerpunkte: bsp.schwerpunkte.map((a) => ({
        ...a,
        rows: a.rows.map((r) =>
          r.kind === 'instrument'
            ? {
                ...r,
                eintritte: null,
                mittelansatz: 1_000,
                kategorie: 'XYZ',
                nachrichtlich: false,
                finanzierung: { art: 'Drittmittel' as const, programmId: null },
              }
            : r,
        ),
      })),
    };
    const instrumentRows = worst.schwerpunkte.flatMap((a) => a.rows).filter((r) => r.kind === 'instrument');
    const checks = runChecks(worst);
    // Three per row here (no Eintritte, unknown Kat., no programme), so the bound is not idle.
    expect(checks.length).toBeGreaterThanOrEqual(3 * instrumentRows.length);
    expect(checks.length).toBeLessThanOrEqual(maxChecks(worst));
    const layout = workbookLayout(worst, calcLabels(new Calculation(worst)), checks).find(
      (l) => l.name === PRUEFUNGEN_SHEET,
    )!;
    expect(sheetSizes(worst).find((s) => s.name === PRUEFUNGEN_SHEET)!.rows).toBeGreaterThanOrEqual(
      layout.rows.length,
    );
  });
});
