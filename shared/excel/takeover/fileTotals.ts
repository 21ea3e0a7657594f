/**
 * Checks a total row of the file against the sum recomputed from the rows it covers. Workbooks
 * differ in what their sums hold, so a total agrees when it matches any reasonable reading:
 * the block (or the rows since the last total, or all rows so far), without the nachrichtlich
 * rows (as the app counts), with them ("Gesamt inkl. VB"), or EGT rows only. When none
 * matches, the reading its label suggests is reported: "Summe" the block, "Zwischensumme" the
 * rows since the last total, "Gesamtsumme" everything. Money is compared in whole cents.
 *
 * Every reading covers a run of consecutive rows, so running sums answer each in constant time:
 * a sheet full of total rows costs no more than one with a single total.
 */
import type { TotalScope } from './legacyTexts';
import type { NumberField } from './mapping';
import { NUMBER_FIELDS, isMoneyField } from './mapping';
import type { FileTotal, TakeoverRow, TotalCheck } from './takeoverRows';

/** [first, end) of the rows (indices into the rows read so far) each reading of a total covers. */
export type ScopeRanges = Record<TotalScope, readonly [number, number]>;

type Variant = 'ohneNachrichtlich' | 'nurEgt' | 'alle';
const VARIANTS: Record<Variant, (r: TakeoverRow) => boolean> = {
  ohneNachrichtlich: (r) => !r.nachrichtlich,
  nurEgt: (r) => !r.nachrichtlich && r.finanzierung.art === 'EGT',
  alle: () => true,
};

const toUnits = (v: number, money: boolean): number => (money ? Math.round(v * 100) : v);

/** Running sums of every number column in every reading, row by row (money in cents). */
export class RowSums {
  private readonly prefix = new Map<string, number[]>();

  constructor() {
    for (const f of NUMBER_FIELDS) for (const v of Object.keys(VARIANTS)) this.prefix.set(`${f}:${v}`, [0]);
  }

  add(row: TakeoverRow): void {
    for (const f of NUMBER_FIELDS)
      for (const [v, keep] of Object.entries(VARIANTS)) {
        const list = this.prefix.get(`${f}:${v}`)!;
        const value = row[f];
        list.push(list.at(-1)! + (keep(row) && value !== null ? toUnits(value, isMoneyField(f)) : 0));
      }
  }

  sum(field: NumberField, variant: Variant, [from, to]: readonly [number, number]): number {
    const list = this.prefix.get(`${field}:${variant}`)!;
    return list[to]! - list[from]!;
  }
}

export function checkFileTotal(
  sums: RowSums,
  total: { row: number; label: string; scope: TotalScope; values: Partial<Record<NumberField, number>> },
  scopes: ScopeRanges,
): FileTotal {
  const checks: TotalCheck[] = [];
  const order: TotalScope[] = [
    total.scope,
    ...(['block', 'partial', 'grand'] as const).filter((s) => s !== total.scope),
  ];
  for (const [field, inFile] of Object.entries(total.values) as [NumberField, number][]) {
    const money = isMoneyField(field);
    const wanted = toUnits(inFile, money);
    const variants: Variant[] = money
      ? ['ohneNachrichtlich', 'nurEgt', 'alle']
      : ['ohneNachrichtlich', 'alle'];
    const ok = order.some((s) => variants.some((v) => sums.sum(field, v, scopes[s]) === wanted));
    const computed = sums.sum(field, 'ohneNachrichtlich', scopes[total.scope]);
    checks.push({
      row: total.row,
      label: total.label,
      field,
      inFile,
      computed: money ? computed / 100 : computed,
      ok,
    });
  }
  return { row: total.row, label: total.label, scope: total.scope, checks };
}
