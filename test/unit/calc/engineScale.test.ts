/**
 * The engine's large-plan paths (numbered rows, difference updates, row figures built on
 * demand) must give exactly what the definitions say, on a generated plan with references,
 * rows shown twice in an area, nachrichtlich, "enthalten in" and Drittmittel rows.
 */
import { describe, expect, it } from 'vitest';
import { Calculation, computeAll } from '../../../shared/calc/engine';
import { evaluate } from '../../../shared/calc/evaluate';
import { defineFigures } from '../../../shared/calc/figures';
import { cellKey } from '../../../shared/model/cellKey';
import type { RowField } from '../../../shared/model/cellKey';
import { readInput, writeInputRef } from '../../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { generatePlan } from '../../support/generatePlan';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const instruments = (plan: Plan): InstrumentRow[] =>
  plan.schwerpunkte.flatMap((a) => a.rows.filter((r): r is InstrumentRow => r.kind === 'instrument'));

/** The generated plan plus one row referenced twice from the same area (a sum lists it twice). */
function planWithDoubleReference(): Plan {
  const plan = generatePlan({ rows: 2000, seed: 11 });
  const owner = instruments(plan).find((r) => r.finanzierung.art === 'EGT' && !r.nachrichtlich)!;
  const area = plan.schwerpunkte[plan.schwerpunkte.length - 1]!;
  area.rows.push(
    { kind: 'reference', id: 'ref-a', ownerRowId: owner.id },
    { kind: 'reference', id: 'ref-b', ownerRowId: owner.id },
  );
  return plan;
}

describe('engine on a large generated plan', () => {
  it('every figure equals its own definition evaluated from scratch', () => {
    const plan = planWithDoubleReference();
    const calc = new Calculation(plan);
    const values = computeAll(plan);
    const lookup = {
      input: (ref: { key: string }) => readInput(plan, ref.key) ?? null,
      fig: (id: string) => values[id] ?? null,
    };
    const defs = defineFigures(plan);
    expect(
      calc
        .definitions()
        .map((d) => d.id)
        .sort(),
    ).toEqual(defs.map((d) => d.id).sort());
    for (const d of defs) expect(calc.get(d.id), d.id).toBe(evaluate(d.expr, lookup));
  });

  it('400 random edits, including a row shown twice in an area, equal a full recomputation', () => {
    let plan = planWithDoubleReference();
    const calc = new Calculation(plan);
    const rows = instruments(plan);
    const doubled = plan.schwerpunkte.at(-1)!.rows.at(-1)!;
    const owner = doubled.kind === 'reference' ? doubled.ownerRowId : '';
    const rand = rng(7);
    const fields: RowField[] = ['eintritte', 'mittelansatz', 'vorjahrEintritte', 'vorjahrMittel'];
    for (let step = 0; step < 400; step++) {
      const id = step % 5 === 0 ? owner : rows[Math.floor(rand() * rows.length)]!.id;
      const field = fields[Math.floor(rand() * fields.length)]!;
      const value = rand() < 0.1 ? null : Math.round(rand() * 1_000_000) / 100;
      const ref = { kind: 'row', id, field } as const;
      plan = writeInputRef(plan, ref, value);
      calc.updateInputs(plan, [cellKey(ref), cellKey(ref)]); // the same key twice counts once
    }
    const full = computeAll(plan);
    for (const [id, value] of Object.entries(full)) expect(calc.get(id), id).toBe(value);
  });

  it('finds row figures by id and describes them like the other definitions', () => {
    const plan = generatePlan({ rows: 300, seed: 3 });
    const calc = new Calculation(plan);
    const row = instruments(plan)[0]!;
    const def = calc.def(`row.${row.id}.kostenJeEintritt`)!;
    expect(def).toMatchObject({
      id: `row.${row.id}.kostenJeEintritt`,
      unit: 'eur',
      sheet: 'portfolio',
      rowId: row.id,
    });
    expect(def.label).toContain(row.instrument);
    expect(calc.has(`row.${row.id}.nichtVorhanden`)).toBe(false);
    expect(calc.has('row.gibt-es-nicht.kostenJeEintritt')).toBe(false);
    expect(calc.get('row.gibt-es-nicht.kostenJeEintritt')).toBeNull();
  });

  it('after a structural edit reports exactly the figures that changed, appeared or vanished', () => {
    const plan = generatePlan({ rows: 500, seed: 5 });
    const calc = new Calculation(plan);
    calc.updateInputs(plan, []);
    const rows = instruments(plan);
    const next: Plan = structuredClone(plan);
    const area = next.schwerpunkte[0]!;
    const own = area.rows.filter((r): r is InstrumentRow => r.kind === 'instrument');
    own[0]!.finanzierung = { art: 'enthalten', inRowId: rows[1]!.id }; // its cost figures become empty
    area.rows.splice(area.rows.indexOf(own[1]!), 1); // a row vanishes
    area.rows.push({ ...own[2]!, id: 'r-neu', eintritte: 7 }); // one appears
    // Unchanged rows keep their objects, as the commands do.
    next.schwerpunkte.slice(1).forEach((a, i) => (a.rows = plan.schwerpunkte[i + 1]!.rows));
    const before = computeAll(plan);
    const after = computeAll(next);
    const expected = new Set([
      ...Object.keys(after).filter((id) => before[id] !== after[id] || !(id in before)),
      ...Object.keys(before).filter((id) => !(id in after)),
    ]);
    expect(new Set(calc.rebuild(next))).toEqual(expected);
  });
});
