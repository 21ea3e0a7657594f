/**
 * A stored formula must give its cell's value (issue 11, point 5). The rule: the value wins;
 * the contradicting formula is dropped with a German warning naming the JSON path and both
 * values (shared/file/settleFormeln.ts).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { computeAll } from '../../../shared/calc/engine';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../../shared/file/planFile';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { fakeIo } from '../electron/cli/fakeIo';

/** The Beispielplan (MAG 80.000 €, EGZ 550 Eintritte) with the given formula texts stored. */
function withFormeln(formeln: Record<string, string>): Plan {
  const plan = beispielplan();
  plan.haushalt.umschichtung.plan = { mode: 'quote', quote: 0.0215 };
  plan.formeln = formeln;
  return plan;
}

const consistent = {
  'row.r-mag.mittelansatz': '=40*2000',
  'row.r-egz.eintritte': '=500+50',
  'hh.umschichtungsquote.plan': '=4,3/2', // percent points: 2,15 %
};

describe('stored formulas on load: the value wins', () => {
  it('keeps formulas that give their value (amounts, counts, shares in percent points)', () => {
    const plan = withFormeln(consistent);
    expect(parsePlanFile(serializePlanFile(plan))).toEqual({ ok: true, plan });
  });

  it('drops "=5" beside 80.000 €, "=1/0" and a formula for an empty cell, naming path and both values', () => {
    const plan = withFormeln({
      ...consistent,
      'row.r-mag.mittelansatz': '=5',
      'row.r-esg.mittelansatz': '=1/0',
      'row.r-abh.mittelansatz': '=100',
      'hh.umschichtungsquote.plan': '=0,0215',
    });
    const r = parsePlanFile(serializePlanFile(plan));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.formeln).toEqual({ 'row.r-egz.eintritte': '=500+50' });
    expect(r.warnings).toEqual([
      {
        path: 'plan.formeln["row.r-mag.mittelansatz"]',
        message:
          'Formel "=5" ergibt 5 €, gespeichert ist 80.000 €; die Formel wurde verworfen, es gilt der gespeicherte Wert',
      },
      {
        path: 'plan.formeln["hh.umschichtungsquote.plan"]',
        message:
          'Formel "=0,0215" ergibt 0,02 %, gespeichert ist 2,15 %; die Formel wurde verworfen, es gilt der gespeicherte Wert',
      },
      {
        path: 'plan.formeln["row.r-esg.mittelansatz"]',
        message: '"=1/0": Division durch null; die Formel wurde verworfen, es gilt der gespeicherte Wert',
      },
      {
        path: 'plan.formeln["row.r-abh.mittelansatz"]',
        message:
          'Formel "=100" ergibt 100 €, die Zelle ist leer; die Formel wurde verworfen, es gilt der gespeicherte Wert',
      },
    ]);
    // the values, and every figure computed from them, are those of the file
    expect(r.plan.schwerpunkte).toEqual(plan.schwerpunkte);
    expect(computeAll(r.plan)).toEqual(computeAll(plan));
  });

  it('the same for a stored plan (database), so it still opens', () => {
    const r = validatePlan(withFormeln({ 'row.r-mag.mittelansatz': '=5' }), { stored: true });
    expect(r.ok && r.plan.formeln).toEqual({});
    expect(r.ok && r.warnings?.map((w) => w.path)).toEqual(['plan.formeln["row.r-mag.mittelansatz"]']);
  });

  it('`amip validate` says so on stderr and exits 0; `compute` uses the value', async () => {
    const io = fakeIo({ 'p.amip.json': serializePlanFile(withFormeln({ 'row.r-mag.mittelansatz': '=5' })) });
    expect(await runCli(['validate', 'p.amip.json'], io)).toBe(0);
    expect(io.out()).toBe('p.amip.json: gültig\n');
    expect(io.err()).toBe(
      'Hinweis: p.amip.json: plan.formeln["row.r-mag.mittelansatz"]: Formel "=5" ergibt 5 €, gespeichert ist 80.000 €; die Formel wurde verworfen, es gilt der gespeicherte Wert\n',
    );
    const compute = fakeIo({ 'p.amip.json': io.files.get('p.amip.json')! });
    expect(await runCli(['compute', 'p.amip.json'], compute)).toBe(0);
    const figures = (JSON.parse(compute.out()) as { figures: Record<string, number> }).figures;
    expect(figures['area.hs-integration.mittelansatzEgt']).toBe(3_935_840);
  });
});
