/** The store's checks: a loaded plan is checked whole after its first paint, in slices; edits follow incrementally. */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../../shared/calc/engine';
import { runChecks } from '../../../../shared/checks/runChecks';
import type { InstrumentRow, Plan } from '../../../../shared/model/plan';
import type { PlanChange } from '../../../../renderer/state/planStore';
import { PlanStore } from '../../../../renderer/state/planStore';
import { checkIndex } from '../../../../renderer/state/checkIndex';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { generatePlan } from '../../../support/generatePlan';

const full = (p: Plan) => runChecks(p, new Calculation(p));
const firstRow = (p: Plan) =>
  p.schwerpunkte
    .flatMap((a) => a.rows)
    .find((r): r is InstrumentRow => r.kind === 'instrument' && !r.nachrichtlich)!;

function nextChecks(store: PlanStore): Promise<PlanChange> {
  return new Promise((resolve) => {
    const stop = store.subscribe((c) => {
      if (c.kind !== 'checks') return;
      stop();
      resolve(c);
    });
  });
}

describe('PlanStore: checks', () => {
  it('a loaded plan has its checks after flushChecks, equal to runChecks, with the markers index', () => {
    const store = new PlanStore(beispielplan());
    const plan = generatePlan({ rows: 500, seed: 3 });
    store.load(plan);
    expect(store.getState().checks).toEqual([]);
    store.flushChecks();
    const checks = store.getState().checks;
    expect(checks).toEqual(full(plan));
    const c = checks.find((x) => x.location.cellKey)!;
    expect(checkIndex(checks).forSpec({ kind: 'input', key: c.location.cellKey! })).toContain(c);
  });

  it('a Land-sized plan is checked in slices; value and structural edits made meanwhile are in the result', async () => {
    const store = new PlanStore(beispielplan());
    const plan = generatePlan({ rows: 12_000, seed: 5 });
    store.load(plan);
    const done = nextChecks(store);
    // One slice ran (about 8 ms of a run that takes far longer): no checks yet.
    await new Promise((ok) => setTimeout(ok, 0));
    expect(store.getState().checks).toEqual([]);
    const row = firstRow(plan);
    expect(
      store.execute({ type: 'setInputs', changes: [{ key: `row.${row.id}.mittelansatz`, value: 1234 }] }).ok,
    ).toBe(true);
    expect(
      store.execute({ type: 'setInputs', changes: [{ key: `row.${row.id}.eintritte`, value: null }] }).ok,
    ).toBe(true);
    const change = await done;
    expect(change.checkTargets).toBe('all');
    const now = store.getState().plan;
    expect(store.getState().checks).toEqual(full(now));
    expect(store.getState().checks.map((c) => c.id)).toContain(`row-mittel-ohne-eintritte:${row.id}`);

    // A structural edit is checked whole again; a value edit after it only where it reads.
    expect(store.execute({ type: 'patchRow', rowId: row.id, patch: { kategorie: 'ZZ' } }).ok).toBe(true);
    store.flushChecks();
    expect(store.getState().checks).toEqual(full(store.getState().plan));
    const afterValue = nextChecks(store);
    expect(
      store.execute({ type: 'setInputs', changes: [{ key: `row.${row.id}.eintritte`, value: 5 }] }).ok,
    ).toBe(true);
    const valueChange = await afterValue;
    // Only the markers that changed repaint: the row's, and plan-wide ones that read its Eintritte.
    const targets = valueChange.checkTargets as ReadonlySet<string>;
    expect(targets.has(`row.${row.id}.eintritte`)).toBe(true);
    expect(targets.size).toBeLessThan(5);
    expect(store.getState().checks).toEqual(full(store.getState().plan));
  }, 30_000);

  it('checks in slices never hold up the autosave: an edit is announced at once, timers run between slices', async () => {
    const store = new PlanStore(beispielplan());
    const plan = generatePlan({ rows: 12_000, seed: 6 });
    const seen: string[] = [];
    store.subscribe((c) => seen.push(c.kind));
    store.load(plan);
    const done = nextChecks(store);
    const row = firstRow(plan);
    expect(
      store.execute({ type: 'setInputs', changes: [{ key: `row.${row.id}.eintritte`, value: 7 }] }).ok,
    ).toBe(true);
    // The autosave hears of the edit in the same task, before any check ran.
    expect(seen).toEqual(['load', 'execute']);
    // A timer set now (the autosave's own) runs while the whole run is still going on.
    const checkedBeforeTimer = await new Promise<boolean>((ok) =>
      setTimeout(() => ok(seen.includes('checks')), 0),
    );
    expect(checkedBeforeTimer).toBe(false);
    await done;
    expect(store.getState().checks).toEqual(full(store.getState().plan));
  }, 30_000);
});
