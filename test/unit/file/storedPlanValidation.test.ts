/**
 * Plans from the database (and IPC) in the current format are read like a file of it: rows
 * checked by hand, the safety walk over the rest. Whatever is wrong is refused with the same
 * German messages and paths as before, in rows and outside them.
 */
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/file/planFile';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan } from '../../support/generatePlan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw records

const stored = (edit: (plan: Json) => void = () => undefined): Json => {
  const plan = structuredClone(beispielplan()) as unknown as Json;
  edit(plan);
  return plan;
};

describe('stored plans: validated as files are', () => {
  it('a valid stored plan comes back unchanged, its rows the very objects that were read', () => {
    const plan = generatePlan({ rows: 400, seed: 7 });
    const r = validatePlan(plan, { stored: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan).toEqual(plan);
    expect(r.plan.schwerpunkte[1]!.rows[3]).toBe(plan.schwerpunkte[1]!.rows[3]);
  });

  it('a prototype key in a stored row is refused with the row’s path', () => {
    const plan = stored((p) => {
      const row = p.schwerpunkte[1].rows[2];
      p.schwerpunkte[1].rows[2] = JSON.parse(`{"__proto__": {"x": 1}, "id": ${JSON.stringify(row.id)}}`);
    });
    expect(validatePlan(plan, { stored: true })).toEqual({
      ok: false,
      errors: [{ path: 'plan.schwerpunkte[1].rows[2]', message: 'unzulässiger Schlüssel "__proto__"' }],
    });
  });

  it('a prototype key outside the rows is refused although every row is fine', () => {
    const plan = stored((p) => {
      p.header = JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(p.header).slice(1)}`);
    });
    expect(validatePlan(plan, { stored: true })).toEqual({
      ok: false,
      errors: [{ path: 'plan.header', message: 'unzulässiger Schlüssel "__proto__"' }],
    });
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('a cycle outside the rows does not hang: the unknown key is named', () => {
    const plan = stored((p) => (p.stammdaten.self = p));
    expect(validatePlan(plan, { stored: true })).toEqual({
      ok: false,
      errors: [{ path: 'plan.stammdaten.self', message: 'unbekannte Angabe (gehört nicht zum Dateiformat)' }],
    });
  });

  it('a row that contains itself does not hang and is refused where it goes wrong', () => {
    const plan = stored((p) => {
      const row = p.schwerpunkte[0].rows[1];
      row.zielgruppen = [row];
    });
    const r = validatePlan(plan, { stored: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toContain('plan.schwerpunkte[0].rows[1].zielgruppen[0]');
  });

  it('a wrong value in a stored row is named with its path, as in a file', () => {
    const plan = stored((p) => (p.schwerpunkte[0].rows[1].eintritte = 'fünfhundert'));
    const r = validatePlan(plan, { stored: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.path).toBe('plan.schwerpunkte[0].rows[1].eintritte');
      expect(r.errors[0]!.message).toMatch(/erwartet/);
    }
  });

  it('the same plan passed from IPC (not stored) is read the same way', () => {
    const plan = beispielplan();
    expect(validatePlan(plan)).toEqual(validatePlan(structuredClone(plan) as Plan, { stored: true }));
  });
});
