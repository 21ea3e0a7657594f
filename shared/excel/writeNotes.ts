/**
 * The plan's Bemerkungen as Excel cell notes (the red corner Excel shows), on the cell the
 * app shows them on: an input's cell, a figure's cell, a portfolio row's Instrument cell.
 */
import type ExcelJS from 'exceljs';
import type { NoteKey } from '../model/notes';
import { parseNoteKey } from '../model/notes';
import type { Plan } from '../model/plan';
import type { CellAddress, CellFinder } from './layout/index';
import { PF, PORTFOLIO_SHEET } from './layout/portfolio';
import type { SheetLayout } from './layout/types';

export function noteAddress(
  key: NoteKey,
  book: CellFinder,
  layouts: readonly SheetLayout[],
): CellAddress | undefined {
  const t = parseNoteKey(key);
  if (!t) return undefined;
  switch (t.kind) {
    case 'input':
      return book.input(t.key);
    case 'figure':
      return book.figure(t.id);
    case 'row': {
      const portfolio = layouts.find((l) => l.name === PORTFOLIO_SHEET);
      const i = portfolio?.rows.findIndex((r) => r.tag === `row:${t.rowId}`) ?? -1;
      return i >= 0 ? { sheet: PORTFOLIO_SHEET, row: i + 1, col: PF.instrument } : undefined;
    }
  }
}

export function writeNotes(
  wb: ExcelJS.Workbook,
  plan: Plan,
  book: CellFinder,
  layouts: readonly SheetLayout[],
): void {
  for (const [key, text] of Object.entries(plan.notizen)) {
    const at = noteAddress(key, book, layouts);
    const ws = at && wb.getWorksheet(at.sheet);
    if (!at || !ws) continue;
    ws.getCell(at.row, at.col).note = { texts: [{ text }], editAs: 'twoCells' } as ExcelJS.Comment;
  }
}
