/**
 * Adding a line to the EGT chain is one figure definition plus one outline entry: the grid, the
 * workbook and the print pack all show it, with the label written once in the definition.
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { evaluate } from '../../../shared/calc/evaluate';
import { div, fig } from '../../../shared/calc/expr';
import type { FigureDef } from '../../../shared/calc/figureDef';
import { figure } from '../../../shared/calc/figureDef';
import { addressBook } from '../../../shared/excel/layout';
import { haushaltLayout } from '../../../shared/excel/layout/haushalt';
import { colName } from '../../../shared/excel/layout/types';
import { renderExpr } from '../../../shared/excel/formulaText';
import { formatEur } from '../../../shared/format/numberFormat';
import { readInput } from '../../../shared/model/inputs';
import type { Num, Plan } from '../../../shared/model/plan';
import { YEAR_COLUMNS } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { chainLines, haushaltOutline } from '../../../shared/outline/haushalt';
import type { ChainLine } from '../../../shared/outline/haushalt';
import { labelsOf } from '../../../shared/outline/labels';
import { yearOf } from '../../../shared/outline/yearColumns';
import { gridColumns, gridModel } from '../../../renderer/grids/outlineGrid';
import { PackContext } from '../../../renderer/print/packContext';
import { haushaltSection } from '../../../renderer/print/sections/haushalt';

const NAME = 'neufallmittelJeEintritt';
const LABEL = 'Mittel für Neufälle je geplantem Eintritt';

/** The one definition a new chain line needs, per year column (as egtChain.ts writes them). */
function newFigures(plan: Plan): FigureDef[] {
  return YEAR_COLUMNS.map((col) =>
    figure(
      hh(col, NAME),
      LABEL,
      'eur',
      'haushalt',
      div(
        fig(hh(col, 'mittelFuerNeufaelle')),
        fig(col === 'plan' ? 'portfolio.eintritte' : 'portfolio.vorjahrEintritte'),
      ),
      { year: yearOf(plan, col) },
    ),
  );
}

/** The plan's calculation with the new definitions evaluated on top of it. */
function withNewFigures(plan: Plan) {
  const calc = new Calculation(plan);
  const extra = new Map(newFigures(plan).map((d) => [d.id, d]));
  const defOf = (id: string) => extra.get(id) ?? calc.def(id);
  const get = (id: string): Num => {
    const def = extra.get(id);
    if (!def) return calc.get(id);
    return evaluate(def.expr, { input: (ref) => readInput(plan, ref.key) ?? null, fig: get });
  };
  return { calc, defOf, get };
}

/** The one outline entry: after Mittel für Neufälle. */
function linesWithNew(labels: ReturnType<typeof labelsOf>): ChainLine[] {
  const lines = chainLines(labels);
  const at = lines.findIndex((l) => l.kind === 'figure' && l.name === 'mittelFuerNeufaelle');
  lines.splice(at + 1, 0, { kind: 'figure', name: NAME });
  expect(lines).toHaveLength(chainLines(labels).length + 1);
  return lines;
}

describe('a new line of the EGT chain', () => {
  const plan = beispielplan();
  const { calc, defOf, get } = withNewFigures(plan);
  const labels = labelsOf(defOf);
  const outline = haushaltOutline(plan, labels, linesWithNew(labels));
  const planValue = get(hh('plan', NAME));
  const vorjahrValue = get(hh('vorjahr', NAME));

  it('has a value to show (Mittel für Neufälle ÷ Eintritte gesamt)', () => {
    expect(planValue).toBeCloseTo(26_100_000 / 8_761, 6);
    expect(vorjahrValue).toBeNull(); // the Beispielplan records no Vorjahr Eintritte
  });

  it('the grid shows it below Mittel für Neufälle, with the label of its definition', () => {
    const { rows } = gridModel(outline.chain);
    const ids = rows.map((r) => r.id);
    expect(ids.indexOf(`fig:${NAME}`)).toBe(ids.indexOf('fig:mittelFuerNeufaelle') + 1);
    const row = rows.find((r) => r.id === `fig:${NAME}`)!;
    expect(row.cells.position).toEqual({ kind: 'label', text: LABEL });
    expect(row.cells.plan).toEqual({ kind: 'figure', id: hh('plan', NAME), unit: 'eur' });
    expect(row.cells.vorjahr).toEqual({ kind: 'figure', id: hh('vorjahr', NAME), unit: 'eur' });
    expect(gridColumns(outline.chain).map((c) => c.header)).toEqual([
      'Position',
      'Plan 2016',
      'Vorjahr 2015',
    ]);
  });

  it('the workbook writes its label and a live formula over the figures it reads', () => {
    const layout = haushaltLayout(plan, outline);
    const index = layout.rows.findIndex((r) => r.tag === `fig:${NAME}`);
    expect(layout.rows[index - 1]!.tag).toBe('fig:mittelFuerNeufaelle');
    const row = layout.rows[index]!;
    expect(row.cells.map((c) => c.content)).toEqual([
      { kind: 'text', text: LABEL },
      { kind: 'figure', id: hh('plan', NAME) },
      { kind: 'figure', id: hh('vorjahr', NAME) },
    ]);
    expect(row.cells.map((c) => c.format)).toEqual([undefined, 'eur', 'eur']);
    // The formula the export writes into the plan year's cell: defined names where the
    // figures have one, cell addresses otherwise.
    const book = addressBook([layout], defOf);
    const at = book.figures.get(hh('plan', NAME))!;
    expect(`${colName(at.col)}${at.row}`).toBe(`C${index + 1}`);
    const formula = renderExpr(defOf(hh('plan', NAME))!.expr, {
      resolve: (ref) => {
        if (!('fig' in ref)) throw new Error('keine Eingabe erwartet');
        const name = defOf(ref.fig)?.definedName;
        if (name) return name;
        const cell = book.figures.get(ref.fig)!;
        return `${colName(cell.col)}${cell.row}`;
      },
    });
    expect(formula).toContain('Mittel_Neufaelle/Eintritte_gesamt');
  });

  it('the print pack prints it with both years, the Vorjahr blank where none is recorded', () => {
    class WithNew extends PackContext {
      override get(id: string): Num {
        return get(id);
      }
    }
    const section = haushaltSection(new WithNew(plan, calc), outline);
    const table = section.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []))[0]!;
    const labels = table.rows.map((r) => r.cells[0]!.text);
    expect(labels.indexOf(LABEL)).toBe(labels.indexOf('Mittel für Neufälle') + 1);
    expect(table.rows[labels.indexOf(LABEL)]!.cells.map((c) => c.text)).toEqual([
      LABEL,
      formatEur(planValue),
      '',
    ]);
    expect(formatEur(planValue)).toBe('2.979,11 €');
  });

  it('without the entry no renderer shows it', () => {
    const plain = haushaltOutline(plan, labels);
    expect(gridModel(plain.chain).rows.some((r) => r.id === `fig:${NAME}`)).toBe(false);
    expect(haushaltLayout(plan, plain).rows.some((r) => r.tag === `fig:${NAME}`)).toBe(false);
    const printed = haushaltSection(new PackContext(plan, calc), plain).blocks.flatMap((b) =>
      b.kind === 'table' ? b.table.rows.map((r) => r.cells[0]!.text) : [],
    );
    expect(printed).not.toContain(LABEL);
  });
});
