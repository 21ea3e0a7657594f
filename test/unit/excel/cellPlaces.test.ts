/**
 * The export finds cells through `cellPlaces` (row cells by row object, the rest by key); the
 * importer and the tests through `addressBook`. Both must give every key the same cell, and the
 * calculation's row-object shortcuts the values its keys give.
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { rowFigureId } from '../../../shared/calc/portfolioTotals';
import { exportedCellValues, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { addressBook, cellPlaces } from '../../../shared/excel/layout';
import type { SheetLayout } from '../../../shared/excel/layout/types';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan } from '../../support/generatePlan';

const plans: [string, () => Plan][] = [
  ['Beispielplan', beispielplan],
  ['generated plan', () => generatePlan({ rows: 400, seed: 11 })],
];

describe('cellPlaces', () => {
  it.each(plans)('%s: the same cell for every input key and figure id as addressBook', (_, make) => {
    const prepared = prepareWorkbook(make());
    const { book, places, calc } = prepared;
    expect(book.inputs.size).toBeGreaterThan(100);
    for (const [key, place] of book.inputs) expect(places.input(key), key).toEqual(place);
    for (const [id, at] of book.figures) expect(places.figure(id), id).toEqual(at);
    // Most row cells are held by row object, none twice, and every figure is counted once.
    const rowCells = [...places.rows.values()];
    expect(rowCells.length).toBeGreaterThan(10);
    expect(places.figureCells).toBe(book.figures.size);
    expect(places.figureCells).toBe(calc.figureCount());
    expect(places.input('row.gibt-es-nicht.eintritte')).toBeUndefined();
    expect(places.figure('row.gibt-es-nicht.kostenJeEintritt')).toBeUndefined();
  });

  it('refuses a row cell laid out twice, as addressBook does', () => {
    const { layouts, defOf } = prepareWorkbook(generatePlan({ rows: 20, seed: 5 }));
    const portfolio = layouts.find((l) => l.key === 'portfolio')!;
    const line = portfolio.rows.find((r) =>
      r.cells.some((c) => c.content.kind === 'figure' && c.content.row),
    )!;
    const figure = line.cells.find((c) => c.content.kind === 'figure' && c.content.row)!;
    const doubled: SheetLayout = { ...portfolio, rows: [...portfolio.rows, { ...line, cells: [figure] }] };
    const others = layouts.filter((l) => l !== portfolio);
    const id = figure.content.kind === 'figure' ? figure.content.id : '';
    expect(() => addressBook([...others, doubled], defOf)).toThrow(
      `Zelle für ${id} ist im Layout doppelt vergeben.`,
    );
    expect(() => cellPlaces([...others, doubled], defOf)).toThrow(
      `Zelle für ${id} ist im Layout doppelt vergeben.`,
    );
    // A key held by key (its cell names no row) that a row's cell holds too.
    const unlinked = { ...figure, content: { kind: 'figure' as const, id } };
    const byKey: SheetLayout = {
      ...portfolio,
      rows: [...portfolio.rows, { style: 'data', cells: [unlinked] }],
    };
    expect(() => cellPlaces([...others, byKey], defOf)).toThrow(
      `Zelle für ${id} ist im Layout doppelt vergeben.`,
    );
  });
});

describe('Calculation: row figures by row object', () => {
  it('rowFigureValue, planDefinitions and figureCount agree with the keyed API', () => {
    const plan = generatePlan({ rows: 300, seed: 7 });
    const calc = new Calculation(plan);
    let compared = 0;
    for (const area of plan.schwerpunkte)
      for (const row of area.rows) {
        if (row.kind !== 'instrument') continue;
        for (const name of [
          'kostenJeEintritt',
          'vorjahrKostenJeEintritt',
          'aenderungEintritte',
          'aenderungMittel',
        ] as const) {
          expect(calc.rowFigureValue(row, name)).toBe(calc.get(rowFigureId(row.id, name)));
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(800);
    const all = calc.definitions();
    expect(calc.figureCount()).toBe(all.length);
    expect(calc.planDefinitions().map((d) => d.id)).toEqual(
      all.filter((d) => !d.id.startsWith('row.')).map((d) => d.id),
    );
    // A row object the calculation does not hold has no value.
    const stranger = { ...plan.schwerpunkte[0]!.rows.find((r) => r.kind === 'instrument')! };
    expect(calc.rowFigureValue(stranger as never, 'kostenJeEintritt')).toBeNull();
  });
});

describe('typed formulas of row cells, found by row id and field', () => {
  it('writes a row cell\'s "=" formula, also for a row id with dots', () => {
    const plan = beispielplan();
    const rows = plan.schwerpunkte.flatMap((a) => a.rows);
    const json = JSON.stringify(plan);
    // A row no other row points to can take another id.
    const row = rows.find(
      (r) => r.kind === 'instrument' && r.mittelansatz !== null && json.split(`"${r.id}"`).length === 2,
    )!;
    expect(row).toBeDefined();
    row.id = 'mit.punkt.im.namen';
    plan.formeln = { [`row.${row.id}.mittelansatz`]: '=1.000*80', [`row.${row.id}.unbekannt`]: '=1' };
    if (row.kind === 'instrument') row.mittelansatz = 80_000;
    const written = new Map<string, unknown>();
    exportedCellValues(plan, (_layout, _i, spec, value) => {
      if (spec.content.kind === 'input') written.set(spec.content.key, value);
    });
    expect(written.get(`row.${row.id}.mittelansatz`)).toEqual({ formula: '1000*80', result: 80_000 });
    expect(written.get(`row.${row.id}.eintritte`)).not.toHaveProperty('formula');
  });
});
