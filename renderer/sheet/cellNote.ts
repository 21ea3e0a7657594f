/**
 * Which Bemerkung a grid cell shows and edits (shared/model/notes.ts): an input cell its key,
 * a figure cell the figure, the texts of an instrument row the row. Labels and totals rows
 * without a figure take no note.
 */
import type { NoteKey } from '../../shared/model/notes';
import { noteKey } from '../../shared/model/notes';
import type { SheetRow } from './cellSpec';

export function noteKeyOfCell(row: SheetRow | undefined, colId: string): NoteKey | null {
  const spec = row?.cells[colId];
  if (!row || !spec) return null;
  switch (spec.kind) {
    case 'input':
      return noteKey({ kind: 'input', key: spec.key });
    case 'figure':
      return noteKey({ kind: 'figure', id: spec.id });
    case 'view':
      return null;
    case 'text':
    case 'choice':
    case 'label':
      // Instrument rows carry the plan's row id as their grid id (Zuweisungen, Drittmittel do not).
      return row.kind === 'data' && row.planRowId && row.id === row.planRowId
        ? noteKey({ kind: 'row', rowId: row.planRowId })
        : null;
  }
}

/** Umschalt+F2, as Excel's "Notiz bearbeiten". */
export function isNoteKey(e: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}) {
  return e.key === 'F2' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey;
}
