/**
 * The sizes the import checks a workbook against are the sizes of the export: rows counted
 * without building the layout equal the layout's rows for many plans (so a row added to a
 * layout without its count fails here), and the Prüfungen sheet's bound holds even for a plan
 * in which every row raises every check it can.
 */
import { describe, expect, it } from 'vitest';
import { maxChecks, runChecks } from '../../../shared/checks/runChecks';
import { maxZielgruppenChecks } from '../../../shared/checks/zielgruppenChecks';
import { Calculation } from '../../../shared/calc/engine';
import { workbookLayout } from '../../../shared/excel/layout';
import { calcLabels } from '../../../shared/outline/labels';
import { PRUEFUNGEN_SHEET } from '../../../shared/excel/layout/pruefungen';
import { sheetSizes } from '../../../shared/excel/layout/sheetSizes';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';
import { generatePlan } from '../../support/generatePlan';

const bsp = beispielplan();

/**
 * A generated plan with every optional part of issue 15 spread over its areas: kommunal rows
 * (some nachrichtlich), shares of two evaluated groups (one of them also on kommunal rows), a
 * third group evaluated without any share.
 */
function mitZielgruppen(rows: number, seed: number): Plan {
  const plan = generatePlan({ rows, seed });
  let i = 0;
  return {
    ...plan,
    zielgruppen: [
      { zielgruppeId: 'u25', anteilKundenbestand: 0.05 },
      { zielgruppeId: 'alleinerziehende', anteilKundenbestand: null },
      { zielgruppeId: 'ue50', anteilKundenbestand: null },
    ],
    schwerpunkte: plan.schwerpunkte.map((a) => ({
      ...a,
      rows: a.rows.map((r) => {
        i++;
        if (r.kind !== 'instrument') return r;
        const kommunal = i % 7 === 0;
        const zielgruppen = [
          ...(i % 5 === 0 ? [{ zielgruppeId: 'u25', art: 'ganz' as const }] : []),
          ...(i % 3 === 0
            ? [{ zielgruppeId: 'alleinerziehende', art: 'prozent' as const, anteil: 0.5 }]
            : []),
        ];
        return {
          ...r,
          ...(kommunal ? { finanzierung: { art: 'kommunal' as const }, nachrichtlich: i % 2 === 0 } : {}),
          ...(zielgruppen.length ? { zielgruppen } : {}),
        };
      }),
    })),
  };
}
const plans: [string, Plan][] = [
  ['Beispielplan', bsp],
  ['Zielgruppen und kommunale Leistungen', zielgruppenBeispiel()],
  ['400 Zeilen mit Zielgruppen und kommunalen Zeilen', mitZielgruppen(400, 5)],
  ['60 Zeilen mit Zielgruppen und kommunalen Zeilen', mitZielgruppen(60, 6)],
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

  it('bounds the Prüfungen sheet with the checks of the target groups and kommunal rows too', () => {
    const plan = zielgruppenBeispiel();
    const teil = (r: InstrumentRow): InstrumentRow => ({
      ...r,
      kategorie: r.kategorie ?? 'I',
      zielgruppen: [
        ...(r.zielgruppen ?? []).filter((a) => a.zielgruppeId !== 'u25'),
        { zielgruppeId: 'u25', art: 'teil', eintritte: 99_000_000, betrag: 400_000_000 },
      ],
    });
    const own = plan.schwerpunkte.flatMap((a) =>
      a.rows.filter((r): r is InstrumentRow => r.kind === 'instrument'),
    );
    const worst: Plan = {
      ...plan,
      schwerpunkte: [
        ...plan.schwerpunkte.map((a) => ({
          ...a,
          rows: a.rows.map((r) => (r.kind === 'instrument' ? teil(r) : { ...r, teilEintritte: 1 })),
        })),
        // every instrument once more as an own row: each a probable double count
        { id: 'hs-doppelt', name: 'Doppelt', rows: own.map((r) => teil({ ...r, id: `${r.id}-2` })) },
      ],
    };
    const checks = runChecks(worst);
    const issue15 = checks.filter((c) => /^(row-doppelt|verweis|zielgruppe-teil|row-kommunal)/.test(c.id));
    expect(issue15.length).toBeGreaterThanOrEqual(3 * own.length);
    expect(issue15.length).toBeLessThanOrEqual(maxZielgruppenChecks(worst));
    expect(checks.length).toBeLessThanOrEqual(maxChecks(worst));
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
