/**
 * A formula text stored beside a value (`plan.formeln`) must give exactly that value, read with
 * the same parser and rules as the typed cell (parseCellInput: rounding to cents, percent
 * points, limits). Otherwise editing the cell would show one number and mean another, and the
 * Excel export would calculate other totals than the app.
 */
import type { InputUnit } from '../model/cellKey';
import type { Num } from '../model/plan';
import { formatFigure } from '../format/numberFormat';
import { parseCellInput } from './parseCellInput';

const show = (v: number, unit: InputUnit): string => formatFigure(v, unit, { percentDigits: 2 });

/** Why `formula` does not give `value` in a cell of `unit` (German), or null when it does. */
export function formulaMismatch(formula: string, unit: InputUnit, value: Num): string | null {
  const r = parseCellInput(formula, unit);
  if (!r.ok) return r.message;
  if (r.formula === undefined) return `${JSON.stringify(formula)} ist keine Formel`;
  if (r.value === value) return null;
  const got = r.value === null ? 'nichts' : show(r.value, unit);
  const stored = value === null ? 'die Zelle ist leer' : `gespeichert ist ${show(value, unit)}`;
  return `Formel ${JSON.stringify(formula)} ergibt ${got}, ${stored}`;
}
