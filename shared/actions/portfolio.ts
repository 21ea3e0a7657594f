/**
 * The Maßnahmeportfolio's toolbar actions: rows (insert after the cursor or above the selected
 * rows, duplicate as "(Kopie)", delete, move one step, also across the edge into the
 * neighbouring area, move to another area, show as reference there) and Handlungsschwerpunkte
 * (insert, move, delete). Row actions take the selected rows as a list; several rows are one
 * command, so one undo step.
 */
import type { FocusTarget } from '../commands/applyCommand';
import { CommandError, applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
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
  return duplicateRows(plan, rowId === undefined ? [] : [rowId]);
}

/** The rows in plan order (unknown ids left out), with their area and position. */
function placesOf(plan: Plan, rowIds: readonly Id[]) {
  const index = rowIndex(plan);
  return [...new Set(rowIds)]
    .flatMap((id) => {
      const p = index.get(id);
      return p ? [{ id, ...p }] : [];
    })
    .sort((a, b) => a.areaIndex - b.areaIndex || a.rowIndex - b.rowIndex);
}

/** Copies of the rows, per area after the last of them, in their order. */
export function duplicateRows(plan: Plan, rowIds: readonly Id[]): ActionResult {
  const places = placesOf(plan, rowIds);
  if (places.length === 0) return refuse(CHOOSE_ROW);
  const lastInArea = new Map<number, number>();
  for (const p of places) lastInArea.set(p.areaIndex, p.rowIndex);
  const added = new Map<number, number>();
  const rows = places.map((p) => {
    const area = plan.schwerpunkte[p.areaIndex]!;
    const n = added.get(p.areaIndex) ?? 0;
    added.set(p.areaIndex, n + 1);
    const row = copyOfRow(area.rows[p.rowIndex]!);
    return { areaId: area.id, index: lastInArea.get(p.areaIndex)! + 1 + n, row };
  });
  return act({ type: 'insertRows', rows }, { target: rowTarget(rows[0]!.row.id), edit: false });
}

/**
 * `count` new rows above the cursor's row (Excel's Strg++), first in the area on its heading,
 * last in the area on its sum.
 */
export function insertRowsAbove(plan: Plan, at: PortfolioPlace, count: number): ActionResult {
  const a = areaAt(plan, at.areaId);
  if (!a || count < 1) return null;
  const place = at.rowId !== undefined ? rowIndex(plan).get(at.rowId) : undefined;
  const index = place && place.areaIndex === a.index ? place.rowIndex : at.heading ? 0 : a.area.rows.length;
  const created = Array.from({ length: count }, () => newInstrumentRow());
  return act(
    { type: 'insertRows', rows: created.map((row, i) => ({ areaId: a.area.id, index: index + i, row })) },
    { target: rowTarget(created[0]!.id), edit: false },
  );
}

/** The plan after `cmd`, or the German reason it cannot be applied. */
function after(plan: Plan, cmd: Command): Plan | string {
  try {
    return applyCommand(plan, cmd).plan;
  } catch (err) {
    if (err instanceof CommandError) return err.message;
    throw err;
  }
}

/** Several commands as one undo step (one command stays itself). */
const oneStep = (commands: Command[], label: string): Command =>
  commands.length === 1 ? commands[0]! : { type: 'batch', label, commands };

export function deleteRows(rowIds: readonly Id[]): ActionResult {
  if (rowIds.length === 0) return refuse(CHOOSE_ROW);
  return act({ type: 'deleteRows', rowIds: [...rowIds] });
}

/** One step up (−1) or down (+1); at the edge of its area the row moves on into the neighbour. */
export function moveRowBy(plan: Plan, rowId: Id | undefined, dir: -1 | 1): ActionResult {
  return moveRowsBy(plan, rowId === undefined ? [] : [rowId], dir);
}

function stepOf(plan: Plan, rowId: Id, dir: -1 | 1): Command | null {
  const place = rowIndex(plan).get(rowId);
  if (!place) return null;
  const area = plan.schwerpunkte[place.areaIndex]!;
  let toArea = area;
  let toIndex = place.rowIndex + dir;
  if (toIndex < 0 || toIndex >= area.rows.length) {
    const neighbour = plan.schwerpunkte[place.areaIndex + dir];
    if (!neighbour) return null;
    toArea = neighbour;
    toIndex = dir < 0 ? neighbour.rows.length : 0;
  }
  return { type: 'moveRow', rowId, toAreaId: toArea.id, toIndex };
}

/**
 * The rows one step up or down, as a block: the leading row moves first, the others follow
 * it. Nothing moves when the leading row is already at the top (bottom) of the portfolio.
 */
export function moveRowsBy(plan: Plan, rowIds: readonly Id[], dir: -1 | 1): ActionResult {
  const places = placesOf(plan, rowIds);
  if (places.length === 0) return refuse(CHOOSE_ROW);
  const order = dir < 0 ? places : places.slice().reverse();
  const commands: Command[] = [];
  let current = plan;
  for (const p of order) {
    const step = stepOf(current, p.id, dir);
    if (!step) {
      if (commands.length === 0) return null;
      break;
    }
    commands.push(step);
    const next = after(current, step);
    if (typeof next === 'string') return refuse(next);
    current = next;
  }
  return act(oneStep(commands, `${commands.length} Zeilen verschieben`), {
    target: rowTarget(places[0]!.id),
    edit: false,
  });
}

/** To the end of another area. */
export function moveRowToArea(plan: Plan, rowId: Id | undefined, areaId: Id): ActionResult {
  return moveRowsToArea(plan, rowId === undefined ? [] : [rowId], areaId);
}

/** The rows, in their order, to the end of another area. */
export function moveRowsToArea(plan: Plan, rowIds: readonly Id[], areaId: Id): ActionResult {
  const places = placesOf(plan, rowIds);
  if (places.length === 0) return refuse(CHOOSE_ROW);
  const dest = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!dest) return refuse(CHOOSE_AREA);
  // One after the other, each to the end of the area as it is then.
  const commands: Command[] = [];
  let current = plan;
  for (const p of places) {
    const rows = current.schwerpunkte.find((a) => a.id === dest.id)!.rows;
    const toIndex = rows.length - (rows.some((r) => r.id === p.id) ? 1 : 0);
    const step: Command = { type: 'moveRow', rowId: p.id, toAreaId: dest.id, toIndex };
    commands.push(step);
    const next = after(current, step);
    if (typeof next === 'string') return refuse(next);
    current = next;
  }
  return act(oneStep(commands, `${commands.length} Zeilen nach „${dest.name}“ verschieben`), {
    target: rowTarget(places[0]!.id),
    edit: false,
  });
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
