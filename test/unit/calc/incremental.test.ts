/**
 * Incremental recalculation must equal recalculation from scratch, also on plans large enough
 * for sums to be updated by difference, with empty cells and several keys per edit.
 */
import { describe, expect, it } from 'vitest';
import { Calculation, computeAll } from '../../../shared/calc/engine';
import { cellKey } from '../../../shared/model/cellKey';
import type { RowField } from '../../../shared/model/cellKey';
import { writeInputRef } from '../../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';

function bigPlan(rows: number): Plan {
  const p = beispielplan();
  p.schwerpunkte = Array.from({ length: 3 }, (_, a) => ({
    id: `a${a}`,
    name: `Bereich ${a}`,
    rows: [] as InstrumentRow[],
  }));
  const cats = ['I', 'II', 'III.1', 'VI.2', 'VIII'];
  for (let i = 0; i < rows; i++) {
    p.schwerpunkte[i % 3]!.rows.push({
      kind: 'instrument',
      id: `r${i}`,
      instrument: `Maßnahme ${i}`,
      kategorie: cats[i % cats.length]!,
      eintritte: i % 7,
      mittelansatz: (i * 1234.56) % 100_000,
      finanzierung: i % 11 === 0 ? { art: 'Drittmittel', programmId: null } : { art: 'EGT' },
      nachrichtlich: i % 13 === 0,
      vorjahrEintritte: i % 5,
      vorjahrMittel: 1000.01 * (i % 9),
      funktion: '',
      fbw: i === 1,
    });
  }
  return p;
}

// Small deterministic PRNG so a failure is reproducible.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('incremental recalculation on a large plan', () => {
  it('200 random edits (values, empty cells, multi-cell pastes) give exactly the values of a full recomputation', () => {
    let plan = bigPlan(300);
    const calc = new Calculation(plan);
    const rand = rng(42);
    const fields: RowField[] = ['eintritte', 'mittelansatz', 'vorjahrEintritte', 'vorjahrMittel'];
    for (let step = 0; step < 200; step++) {
      const keys: string[] = [];
      const cells = 1 + Math.floor(rand() * 4);
      for (let c = 0; c < cells; c++) {
        const id = `r${Math.floor(rand() * 300)}`;
        const field = fields[Math.floor(rand() * fields.length)]!;
        const isCount = field === 'eintritte' || field === 'vorjahrEintritte';
        const value =
          rand() < 0.15 ? null : isCount ? Math.floor(rand() * 500) : Math.round(rand() * 10_000_000) / 100;
        plan = writeInputRef(plan, { kind: 'row', id, field }, value);
        keys.push(cellKey({ kind: 'row', id, field }));
      }
      calc.updateInputs(plan, keys);
    }
    const full = computeAll(plan);
    for (const [id, value] of Object.entries(full)) expect(calc.get(id), id).toBe(value);
  });

  it('reports as changed exactly the figures whose value differs', () => {
    const plan = bigPlan(100);
    const calc = new Calculation(plan);
    const before = calc.snapshot();
    const next = writeInputRef(plan, { kind: 'row', id: 'r4', field: 'eintritte' }, 400);
    const changed = new Set(calc.updateInputs(next, ['row.r4.eintritte']));
    const after = computeAll(next);
    for (const [id, value] of Object.entries(after))
      expect(changed.has(id), id).toBe(before.get(id) !== value);
  });
});
