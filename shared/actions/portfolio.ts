/**
 * The Maßnahmeportfolio's toolbar actions: rows (insert after the cursor, duplicate as
 * "(Kopie)", delete, move one step, also across the edge into the neighbouring area, move to
 * another area, show as reference there) and Handlungsschwerpunkte (insert, move, delete).
 */
import type { FocusTarget } from '../commands/applyCommand';
import { rowIndex } from '../model/inputs';
import { newInstrumentRow } from '../model/newInstrumentRow';
import { copyOfRow, newReference, newSchwerpunkt } from '../model/newLines';
import type { Handlungsschwerpunkt, Id, Plan } from '../model/plan';
import type { ActionCursor, ActionResult } from './action';
import { act, refuse } from './action';

/** Where the cursor is: a plan row (instrument or reference) and its area, or an area's heading. */
export interface PortfolioPlace {
  areaId?: Id | undefined;
  rowId?: Id | undefined;
  /** On the area's heading row: a new row goes first in the area. */
  heading?: boolean;
}

const CHOOSE_ROW = 'Bitte zuerst eine Zeile wählen.';
const CHOOSE_AREA = 'Bitte einen Handlungsschwerpunkt als Ziel wählen.';

const rowTarget = (rowId: Id): FocusTarget => ({ sheet: 'portfolio', rowId, column: 'instrument' });
const areaTarget = (areaId: Id): FocusTarget => ({ sheet: 'portfolio', areaId, column: 'instrument' });

/** The area the cursor is in (without a cursor the first one), with its position. */
export function areaAt(plan: Plan, areaId?: Id): { index: number; area: Handlungsschwerpunkt } | null {
  const id = areaId ?? plan.schwerpunkte[0]?.id;
  const index = plan.schwerpunkte.findIndex((a) => a.id === id);
  return index < 0 ? null : { index, area: plan.schwerpunkte[index]! };
}

/** A new instrument row after the cursor's row, first under a heading, else last in the area. */
export function insertRow(plan: Plan, at: PortfolioPlace): ActionResult {
  const a = areaAt(plan, at.areaId);
  if (!a) return null;
  const place = at.rowId !== undefined ? rowIndex(plan).get(at.rowId) : undefined;
  const index =
    place && place.areaIndex === a.index ? place.rowIndex + 1 : at.heading ? 0 : a.area.rows.length;
  const row = newInstrumentRow();
  return act(
    { type: 'insertRows', rows: [{ areaId: a.area.id, index, row }] },
    { target: rowTarget(row.id), edit: true },
  );
}

/** A copy right below the row: an instrument as "… (Kopie)", a reference as another reference. */
export function duplicateRow(plan: Plan, rowId: Id | undefined): ActionResult {
  const place = rowId !== undefined ? rowIndex(plan).get(rowId) : undefined;
  const area = place ? plan.schwerpunkte[place.areaIndex] : undefined;
  const source = place && area ? area.rows[place.rowIndex] : undefined;
  if (!place || !area || !source) return refuse(CHOOSE_ROW);
  const copy = copyOfRow(source);
  return act(
    { type: 'insertRows', rows: [{ areaId: area.id, index: place.rowIndex + 1, row: copy }] },
    { target: rowTarget(copy.id), edit: false },
  );
}

export function deleteRows(rowIds: readonly Id[]): ActionResult {
  if (rowIds.length === 0) return refuse(CHOOSE_ROW);
  return act({ type: 'deleteRows', rowIds: [...rowIds] });
}

/** One step up (−1) or down (+1); at the edge of its area the row moves on into the neighbour. */
export function moveRowBy(plan: Plan, rowId: Id | undefined, dir: -1 | 1): ActionResult {
  const place = rowId !== undefined ? rowIndex(plan).get(rowId) : undefined;
  if (!place || rowId === undefined) return refuse(CHOOSE_ROW);
  const area = plan.schwerpunkte[place.areaIndex]!;
  let toArea = area;
  let toIndex = place.rowIndex + dir;
  if (toIndex < 0 || toIndex >= area.rows.length) {
    const neighbour = plan.schwerpunkte[place.areaIndex + dir];
    if (!neighbour) return null;
    toArea = neighbour;
    toIndex = dir < 0 ? neighbour.rows.length : 0;
  }
  return act(
    { type: 'moveRow', rowId, toAreaId: toArea.id, toIndex },
    { target: rowTarget(rowId), edit: false },
  );
}

/** To the end of another area. */
export function moveRowToArea(plan: Plan, rowId: Id | undefined, areaId: Id): ActionResult {
  if (rowId === undefined) return refuse(CHOOSE_ROW);
  const dest = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!dest) return refuse(CHOOSE_AREA);
  return act(
    { type: 'moveRow', rowId, toAreaId: dest.id, toIndex: dest.rows.length },
    { target: rowTarget(rowId), edit: false },
  );
}

/** "Als Verweis zeigen": the instrument appears (read-only) at the end of another area. */
export function makeReference(plan: Plan, rowId: Id | undefined, areaId: Id): ActionResult {
  const place = rowId !== undefined ? rowIndex(plan).get(rowId) : undefined;
  const row = place ? plan.schwerpunkte[place.areaIndex]?.rows[place.rowIndex] : undefined;
  if (!row || row.kind !== 'instrument') return refuse('Bitte eine Maßnahme (keinen Verweis) wählen.');
  const dest = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!dest) return refuse(CHOOSE_AREA);
  const ref = newReference(row.id);
  return act(
    { type: 'insertRows', rows: [{ areaId: dest.id, index: dest.rows.length, row: ref }] },
    { target: rowTarget(ref.id), edit: false },
  );
}

/** A new area after the cursor's area (without a cursor at the end), its name open for typing. */
export function insertArea(plan: Plan, areaId?: Id): ActionResult {
  const a = areaAt(plan, areaId);
  const area = newSchwerpunkt();
  return act(
    { type: 'insertArea', area, index: a ? a.index + 1 : plan.schwerpunkte.length },
    { target: areaTarget(area.id), edit: true },
  );
}

/** Where "Umbenennen" puts the cursor: the area's name, open for typing. */
export function renameAreaCursor(plan: Plan, areaId?: Id): ActionCursor | null {
  const a = areaAt(plan, areaId);
  return a ? { target: areaTarget(a.area.id), edit: true } : null;
}

export function moveAreaBy(plan: Plan, areaId: Id | undefined, dir: -1 | 1): ActionResult {
  const a = areaAt(plan, areaId);
  if (!a) return null;
  const to = a.index + dir;
  if (to < 0 || to >= plan.schwerpunkte.length) return null;
  return act(
    { type: 'moveArea', areaId: a.area.id, toIndex: to },
    { target: areaTarget(a.area.id), edit: false },
  );
}

export function deleteArea(plan: Plan, areaId?: Id): ActionResult {
  const a = areaAt(plan, areaId);
  return a ? act({ type: 'deleteArea', areaId: a.area.id }) : null;
}
