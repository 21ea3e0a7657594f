/** Compares xlsxcheck's recalculated cells with the calculation core, figure by figure. */
import type { Calculation } from '../../shared/calc/engine';
import { prepareWorkbook } from '../../shared/excel/exportWorkbook';
import { colName } from '../../shared/excel/layout/types';
import type { Plan } from '../../shared/model/plan';
import type { CheckedCell } from './xlsxcheck';

export interface Coverage {
  /** Derived figures that must be formulas (all but those that are a typed input). */
  expected: number;
  missing: string[];
  wrong: { id: string; at: string; core: number | null; recalculated: CheckedCell['recalculated'] }[];
}

export function sameValue(core: number | null, cell: CheckedCell['recalculated']): boolean {
  if (core === null) return cell === '' || cell === null;
  if (typeof cell !== 'number') return false;
  return Math.abs(core - cell) <= Math.max(1e-6, Math.abs(core) * 1e-9);
}

/**
 * Every derived figure of the app must be a formula at its layout address, and LibreOffice's
 * recalculated value must equal what the core computes for `plan` (the plan the cells hold).
 */
export function formulaCoverage(plan: Plan, cells: readonly CheckedCell[], calc?: Calculation): Coverage {
  const prepared = prepareWorkbook(plan);
  const core = calc ?? prepared.calc;
  const byAddress = new Map(cells.map((c) => [`${c.sheet}!${c.cell}`, c]));
  const out: Coverage = { expected: 0, missing: [], wrong: [] };
  for (const def of prepared.calc.definitions()) {
    if (def.expr.op === 'input') continue;
    out.expected += 1;
    const at = prepared.book.figures.get(def.id)!;
    const address = `${at.sheet}!${colName(at.col)}${at.row}`;
    const cell = byAddress.get(address);
    if (!cell) {
      out.missing.push(`${def.id} (${address})`);
      continue;
    }
    const value = core.get(def.id);
    if (!sameValue(value, cell.recalculated))
      out.wrong.push({ id: def.id, at: address, core: value, recalculated: cell.recalculated });
  }
  return out;
}
