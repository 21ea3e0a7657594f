/**
 * The Bemerkungen of a plan as the print pack and the workbook list them: where each stands
 * ("Maßnahmeportfolio › Integration › EGZ › Mittelansatz") and its text, in the plan's order
 * of sheets and rows, so the Trägerversammlung reads them next to the figures.
 */
import type { Calculation } from '../calc/engine';
import { figureTitle } from '../calc/figureDef';
import { parseCellKey } from '../model/cellKey';
import type { NoteKey } from '../model/notes';
import { parseNoteKey } from '../model/notes';
import type { Plan } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import { sheetOfKey } from './applyCommand';
import { describeRow } from './describeChanges';
import { describeInputCell } from './labels';

export interface NoteLine {
  key: NoteKey;
  where: string;
  text: string;
}

export function describeNoteKey(plan: Plan, calc: Calculation, key: NoteKey): string {
  const t = parseNoteKey(key);
  if (!t) return key;
  switch (t.kind) {
    case 'input': {
      const ref = parseCellKey(t.key);
      return ref ? describeInputCell(plan, ref) : t.key;
    }
    case 'row':
      return describeRow(plan, t.rowId);
    case 'figure': {
      const def = calc.def(t.id);
      return def ? `${SHEET_LABELS[def.sheet]} › ${figureTitle(def)}` : t.id;
    }
  }
}

/** Every note of the plan, sorted by where it stands. */
export function noteLines(plan: Plan, calc: Calculation): NoteLine[] {
  const order = new Map(Object.keys(SHEET_LABELS).map((s, i) => [s, i]));
  const sheetOf = (key: NoteKey): number => {
    const t = parseNoteKey(key);
    if (!t) return 99;
    const sheet =
      t.kind === 'input' ? sheetOfKey(t.key) : t.kind === 'row' ? 'portfolio' : calc.def(t.id)?.sheet;
    return order.get(sheet ?? '') ?? 99;
  };
  return Object.entries(plan.notizen)
    .map(([key, text]) => ({ key, where: describeNoteKey(plan, calc, key), text, sheet: sheetOf(key) }))
    .sort((a, b) => a.sheet - b.sheet || a.where.localeCompare(b.where, 'de'))
    .map(({ key, where, text }) => ({ key, where, text }));
}
