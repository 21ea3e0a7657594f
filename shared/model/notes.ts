/**
 * Notes (Bemerkungen) on cells and rows: the reasons behind a figure for the Trägerversammlung.
 * A note belongs to what the cell shows, not to a grid position: an input cell by its key, a
 * derived figure by its id, a portfolio row by its id. The grid, the print pack and the
 * workbook's cell notes all address it by this key.
 */
import type { CellKey } from './cellKey';
import { parseCellKey } from './cellKey';
import type { Id, Plan } from './plan';

export type NoteTarget =
  /** A typed number (a cell that shows a figure is noted by that figure). */
  | { kind: 'input'; key: CellKey }
  /** A derived figure, by its id (shared/calc). */
  | { kind: 'figure'; id: string }
  /** An instrument row of the Maßnahmeportfolio as a whole. */
  | { kind: 'row'; rowId: Id };

export type NoteKey = string;

const FIGURE = 'fig:';
const ROW = 'zeile:';

/** Input keys are `<kind>.<…>`; figures and rows carry a prefix with a colon, so keys never clash. */
export function noteKey(t: NoteTarget): NoteKey {
  switch (t.kind) {
    case 'input':
      return t.key;
    case 'figure':
      return `${FIGURE}${t.id}`;
    case 'row':
      return `${ROW}${t.rowId}`;
  }
}

export function parseNoteKey(key: string): NoteTarget | null {
  if (key.startsWith(FIGURE))
    return key.length > FIGURE.length ? { kind: 'figure', id: key.slice(FIGURE.length) } : null;
  if (key.startsWith(ROW))
    return key.length > ROW.length ? { kind: 'row', rowId: key.slice(ROW.length) } : null;
  return parseCellKey(key) ? { kind: 'input', key } : null;
}

/** The note on `key`, or '' when there is none. */
export function noteOf(plan: Plan, key: NoteKey): string {
  return Object.hasOwn(plan.notizen, key) ? (plan.notizen[key] ?? '') : '';
}

/** The plan with the note on `key` set (an empty text removes it); unchanged parts shared. */
export function writeNote(plan: Plan, key: NoteKey, text: string): Plan {
  const notizen = { ...plan.notizen };
  if (text === '') delete notizen[key];
  else notizen[key] = text;
  return { ...plan, notizen };
}

/** Whether a note key belongs to the portfolio row `rowId` (its inputs, figures or the row itself). */
export function noteBelongsToRow(key: NoteKey, rowId: Id): boolean {
  const t = parseNoteKey(key);
  if (!t) return false;
  switch (t.kind) {
    case 'row':
      return t.rowId === rowId;
    case 'figure':
      return t.id.startsWith(`row.${rowId}.`);
    case 'input': {
      const ref = parseCellKey(t.key);
      return ref?.kind === 'row' && ref.id === rowId;
    }
  }
}
