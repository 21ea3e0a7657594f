import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { composeDocument } from '../../../shared/dokument/compose';
import { calcLabels } from '../../../shared/outline/labels';
import { zieleTables } from '../../../shared/outline/ziele';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { findSample } from '../../../shared/sample/samples';

const tableIds = (plan: ReturnType<typeof beispielplan>) =>
  composeDocument(plan, new Calculation(plan)).nodes.flatMap((n) =>
    n.kind === 'table' ? [n.outline.id] : [],
  );

describe('the Programm document carries the Ziele when the plan has a Zielvereinbarung', () => {
  it('puts every Ziele table after the Kennzahlen, in the order of the Ziele sheet', () => {
    const plan = findSample('zielvereinbarung-duesseldorf-2018')!.build();
    const ziele = zieleTables(plan, calcLabels(new Calculation(plan))).map((t) => t.id);
    expect(ziele.length).toBeGreaterThan(0);
    const ids = tableIds(plan);
    const at = ids.indexOf(ziele[0]!);
    expect(at).toBeGreaterThan(ids.lastIndexOf('kennzahlen'));
    expect(ids.slice(at, at + ziele.length)).toEqual(ziele);
  });

  it('leaves them out of a plan without an agreement', () => {
    const plan = beispielplan();
    const ziele = zieleTables(plan, calcLabels(new Calculation(plan))).map((t) => t.id);
    const ids = tableIds(plan);
    for (const id of ziele) expect(ids).not.toContain(id);
  });
});
