import { describe, expect, it } from 'vitest';
import {
  areaAt,
  deleteArea,
  deleteRows,
  duplicateRow,
  duplicateRows,
  insertArea,
  insertRow,
  insertRowsAbove,
  makeReference,
  moveAreaBy,
  moveRowBy,
  moveRowToArea,
  moveRowsBy,
  moveRowsToArea,
  renameAreaCursor,
} from '../../../shared/actions/portfolio';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { applyAction as apply } from './applyAction';

const ids = (plan: Plan, area: number) => plan.schwerpunkte[area]!.rows.map((r) => r.id);

describe('portfolio actions', () => {
  it('insert after the cursor row; under a heading first; without a row last in the area', () => {
    const plan = beispielplan();
    const after = insertRow(plan, { areaId: 'hs-integration', rowId: 'r-egz' });
    const p1 = apply(plan, after);
    if (!after?.ok) throw new Error('abgelehnt');
    const newId = ids(p1, 0)[2]!;
    expect(ids(p1, 0).filter((id) => id !== newId)).toEqual(ids(plan, 0));
    expect(after.cursor).toEqual({
      target: { sheet: 'portfolio', rowId: newId, column: 'instrument' },
      edit: true,
    });
    const row = p1.schwerpunkte[0]!.rows[2]!;
    expect(row).toMatchObject({
      kind: 'instrument',
      instrument: 'Neue Maßnahme',
      finanzierung: { art: 'EGT' },
    });

    const first = apply(plan, insertRow(plan, { areaId: 'hs-qualifizierung', heading: true }));
    expect(ids(first, 1).slice(1)).toEqual(ids(plan, 1));
    const last = apply(plan, insertRow(plan, { areaId: 'hs-qualifizierung' }));
    expect(ids(last, 1).slice(0, -1)).toEqual(ids(plan, 1));
    // no cursor at all: the first area
    const none = apply(plan, insertRow(plan, {}));
    expect(ids(none, 0)).toHaveLength(ids(plan, 0).length + 1);
    expect(insertRow(plan, { areaId: 'hs-gibt-es-nicht' })).toBeNull();
  });

  it('duplicate: "(Kopie)" below the row with the same figures and a fresh id', () => {
    const plan = beispielplan();
    const r = duplicateRow(plan, 'r-egz');
    const next = apply(plan, r);
    const copy = next.schwerpunkte[0]!.rows[2]!;
    const source = plan.schwerpunkte[0]!.rows[1]!;
    if (copy.kind !== 'instrument' || source.kind !== 'instrument') throw new Error('keine Maßnahme');
    expect(copy.instrument).toBe(`${source.instrument} (Kopie)`);
    expect(copy.id).not.toBe(source.id);
    expect({ ...copy, id: source.id, instrument: source.instrument }).toEqual(source);
    expect(duplicateRow(plan, undefined)).toEqual({ ok: false, message: 'Bitte zuerst eine Zeile wählen.' });
  });

  it('duplicating a reference gives another reference to the same owner', () => {
    const plan = apply(beispielplan(), makeReference(beispielplan(), 'r-egz', 'hs-lzb'));
    const refId = ids(plan, 2).at(-1)!;
    const next = apply(plan, duplicateRow(plan, refId));
    const [a, b] = next.schwerpunkte[2]!.rows.slice(-2);
    expect(a).toMatchObject({ kind: 'reference', ownerRowId: 'r-egz' });
    expect(b).toMatchObject({ kind: 'reference', ownerRowId: 'r-egz' });
    expect(a!.id).not.toBe(b!.id);
  });

  it('delete rows needs a row', () => {
    const plan = beispielplan();
    const next = apply(plan, deleteRows(['r-esg', 'r-eq']));
    expect(ids(next, 0)).toEqual(['r-mag', 'r-egz', 'r-mia', 'r-ftec', 'r-vb']);
    expect(deleteRows([])).toEqual({ ok: false, message: 'Bitte zuerst eine Zeile wählen.' });
  });

  it('move one step within the area, across the edge into the neighbour, not beyond the first area', () => {
    const plan = beispielplan();
    expect(ids(apply(plan, moveRowBy(plan, 'r-egz', -1)), 0).slice(0, 2)).toEqual(['r-egz', 'r-mag']);
    // the last row of Integration goes down into Qualifizierung, first place
    const down = apply(plan, moveRowBy(plan, 'r-vb', 1));
    expect(ids(down, 0)).not.toContain('r-vb');
    expect(ids(down, 1)[0]).toBe('r-vb');
    // the first row of Qualifizierung goes up to the end of Integration
    const up = apply(plan, moveRowBy(plan, 'r-fbw', -1));
    expect(ids(up, 0).at(-1)).toBe('r-fbw');
    const r = moveRowBy(plan, 'r-fbw', -1);
    expect(r?.ok && r.cursor).toEqual({
      target: { sheet: 'portfolio', rowId: 'r-fbw', column: 'instrument' },
      edit: false,
    });
    expect(moveRowBy(plan, 'r-mag', -1)).toBeNull();
    expect(moveRowBy(plan, 'r-tep', 1)).toBeNull();
    expect(moveRowBy(plan, undefined, 1)).toEqual({ ok: false, message: 'Bitte zuerst eine Zeile wählen.' });
  });

  it('move to another area: to its end', () => {
    const plan = beispielplan();
    const next = apply(plan, moveRowToArea(plan, 'r-egz', 'hs-qualifizierung'));
    expect(ids(next, 1)).toEqual([...ids(plan, 1), 'r-egz']);
    expect(moveRowToArea(plan, 'r-egz', '')).toEqual({
      ok: false,
      message: 'Bitte einen Handlungsschwerpunkt als Ziel wählen.',
    });
    expect(moveRowToArea(plan, undefined, 'hs-lzb')).toMatchObject({ ok: false });
  });

  it('make reference: a reference to the instrument at the end of the target area; not of a reference', () => {
    const plan = beispielplan();
    const r = makeReference(plan, 'r-egz', 'hs-qualifizierung');
    const next = apply(plan, r);
    const ref = next.schwerpunkte[1]!.rows.at(-1)!;
    expect(ref).toMatchObject({ kind: 'reference', ownerRowId: 'r-egz' });
    expect(r?.ok && r.cursor?.target).toEqual({ sheet: 'portfolio', rowId: ref.id, column: 'instrument' });
    expect(makeReference(next, ref.id, 'hs-lzb')).toEqual({
      ok: false,
      message: 'Bitte eine Maßnahme (keinen Verweis) wählen.',
    });
    expect(makeReference(plan, 'r-egz', 'hs-nicht-da')).toMatchObject({ ok: false });
  });

  it('areas: insert after the cursor area with its name open, move, delete', () => {
    const plan = beispielplan();
    const r = insertArea(plan, 'hs-integration');
    const next = apply(plan, r);
    const area = next.schwerpunkte[1]!;
    expect(area).toMatchObject({ name: 'Neuer Handlungsschwerpunkt', rows: [] });
    expect(r?.ok && r.cursor).toEqual({
      target: { sheet: 'portfolio', areaId: area.id, column: 'instrument' },
      edit: true,
    });
    expect(apply(plan, insertArea(plan)).schwerpunkte[1]!.name).toBe('Neuer Handlungsschwerpunkt');
    const moved = apply(plan, moveAreaBy(plan, 'hs-lzb', -1));
    expect(moved.schwerpunkte.map((a) => a.id)).toEqual([
      'hs-integration',
      'hs-lzb',
      'hs-qualifizierung',
      'hs-alleinerziehende',
    ]);
    expect(moveAreaBy(plan, 'hs-integration', -1)).toBeNull();
    expect(moveAreaBy(plan, 'hs-alleinerziehende', 1)).toBeNull();
    const gone = apply(plan, deleteArea(plan, 'hs-alleinerziehende'));
    expect(gone.schwerpunkte.map((a) => a.id)).not.toContain('hs-alleinerziehende');
    expect(deleteArea(plan, 'hs-nicht-da')).toBeNull();
    expect(renameAreaCursor(plan, 'hs-lzb')).toEqual({
      target: { sheet: 'portfolio', areaId: 'hs-lzb', column: 'instrument' },
      edit: true,
    });
    expect(areaAt(plan)?.area.id).toBe('hs-integration');
  });

  it('several rows: duplicate after the block, move as a block, each one undo step', () => {
    const plan = beispielplan();
    const dup = duplicateRows(plan, ['r-esg', 'r-egz', 'r-fbw']);
    if (!dup?.ok) throw new Error('abgelehnt');
    expect(dup.command.type).toBe('insertRows');
    const d = apply(plan, dup);
    const names = (p: Plan, area: number) =>
      p.schwerpunkte[area]!.rows.map((r) => (r.kind === 'instrument' ? r.instrument : r.id));
    expect(names(d, 0).slice(1, 5)).toEqual([
      'Eingliederungszuschüsse (EGZ)',
      'Einstiegsgeld (ESG)',
      'Eingliederungszuschüsse (EGZ) (Kopie)',
      'Einstiegsgeld (ESG) (Kopie)',
    ]);
    expect(names(d, 1)[1]).toBe('Fort- und Weiterbildung (FbW) (Kopie)');

    const up = moveRowsBy(plan, ['r-eq', 'r-esg'], -1);
    if (!up?.ok) throw new Error('abgelehnt');
    const u = applyCommand(plan, up.command);
    expect(ids(u.plan, 0).slice(0, 5)).toEqual(['r-mag', 'r-esg', 'r-eq', 'r-egz', 'r-mia']);
    // one command: its inverse brings the plan back in one step
    expect(applyCommand(u.plan, u.inverse).plan.schwerpunkte).toEqual(plan.schwerpunkte);
    // the block crosses into the next area together
    const down = apply(plan, moveRowsBy(plan, ['r-ftec', 'r-vb'], 1));
    expect(ids(down, 1).slice(0, 2)).toEqual(['r-ftec', 'r-vb']);
    expect(moveRowsBy(plan, ['r-mag', 'r-egz'], -1)).toBeNull();

    const moved = apply(plan, moveRowsToArea(plan, ['r-fbw', 'r-egz'], 'hs-integration'));
    expect(ids(moved, 0).slice(-2)).toEqual(['r-egz', 'r-fbw']);
    expect(ids(moved, 0)).toHaveLength(ids(plan, 0).length + 1);
  });

  it('insert above (Strg++): as many rows as selected, above the first', () => {
    const plan = beispielplan();
    const r = insertRowsAbove(plan, { areaId: 'hs-integration', rowId: 'r-egz' }, 2);
    const next = apply(plan, r);
    expect(ids(next, 0)[3]).toBe('r-egz');
    expect(ids(next, 0).filter((id) => !ids(plan, 0).includes(id))).toHaveLength(2);
    const onHeading = apply(plan, insertRowsAbove(plan, { areaId: 'hs-lzb', heading: true }, 1));
    expect(ids(onHeading, 2).slice(1)).toEqual(ids(plan, 2));
    expect(insertRowsAbove(plan, { areaId: 'hs-lzb' }, 0)).toBeNull();
  });
});
