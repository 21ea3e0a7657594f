import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/file/planFile';
import { generatePlan } from '../../support/generatePlan';

describe('generatePlan (test data for exports and benchmarks)', () => {
  it('is deterministic: the same rows and seed give the same plan, another seed another one', () => {
    expect(generatePlan({ rows: 300, seed: 5 })).toEqual(generatePlan({ rows: 300, seed: 5 }));
    expect(generatePlan({ rows: 300, seed: 6 })).not.toEqual(generatePlan({ rows: 300, seed: 5 }));
  });

  it('gives a valid plan with every kind of row the fachkonzept describes', () => {
    const plan = generatePlan({ rows: 2_000, seed: 42 });
    const v = validatePlan(plan);
    expect(v.ok ? [] : v.errors).toEqual([]);
    const rows = plan.schwerpunkte.flatMap((s) => s.rows);
    expect(rows).toHaveLength(2_000);
    expect(plan.schwerpunkte.length).toBeGreaterThanOrEqual(6);
    expect(plan.schwerpunkte.length).toBeLessThanOrEqual(12);
    const instruments = rows.flatMap((r) => (r.kind === 'instrument' ? [r] : []));
    expect(rows.filter((r) => r.kind === 'reference').length).toBeGreaterThan(20);
    expect(instruments.filter((r) => r.nachrichtlich).length).toBeGreaterThan(20);
    expect(instruments.filter((r) => r.finanzierung.art === 'enthalten').length).toBeGreaterThan(20);
    expect(instruments.filter((r) => r.finanzierung.art === 'Drittmittel').length).toBeGreaterThan(20);
    expect(instruments.filter((r) => r.fbw)).toHaveLength(1);
    expect(Object.keys(plan.formeln).length).toBeGreaterThan(10);
    expect(plan.drittmittel.length).toBeGreaterThanOrEqual(2);
  });
});
