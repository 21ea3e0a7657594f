/**
 * Every numeric input cell of a plan (the Ziele' too), and its German label as the Änderungsprotokoll prints it
 * ("Maßnahmeportfolio › Integration › EGZ › Mittelansatz"). Used to compare two plans.
 */
import { sheetOfKey } from '../commands/applyCommand';
import { describeInputCell } from '../commands/labels';
import type { CellKey, InputRef } from '../model/cellKey';
import { cellKey, parseCellKey, ROW_FIELDS } from '../model/cellKey';
import { budgetInputRefs } from '../model/budgetInputs';
import { forEachPortfolioExtraInput } from '../model/inputs';
import type { Plan } from '../model/plan';
import { YEAR_COLUMNS } from '../model/plan';
import { ZIEL_FIELDS, ZIEL_IST_FIELDS } from '../model/ziele';
import type { SheetId } from '../model/sheets';

export interface InputCell {
  key: CellKey;
  ref: InputRef;
  sheet: SheetId;
}

/** The German label of one cell (computed on demand: it searches the plan). */
export function inputCellLabel(plan: Plan, cell: InputCell): string {
  return describeInputCell(plan, cell.ref);
}

export function inputCells(plan: Plan): InputCell[] {
  const refs: InputRef[] = [];
  for (const col of YEAR_COLUMNS) {
    for (const field of ['mittelausstattung', 'rueckeinnahmen', 'vorbindungen'] as const)
      refs.push({ kind: 'haushalt', field, col });
    const field = plan.haushalt.umschichtung[col].mode === 'betrag' ? 'umschichtung' : 'umschichtungsquote';
    refs.push({ kind: 'haushalt', field, col });
    for (const z of plan.haushalt.zuweisungen) refs.push({ kind: 'zuweisung', id: z.id, col });
  }
  for (const a of plan.haushalt.ausserhalbEgt) refs.push({ kind: 'ausserhalb', id: a.id });
  for (const d of plan.drittmittel)
    for (const field of ['bewilligungGesamt', 'betragJahr', 'davonPersonal', 'verwendetVorjahre'] as const)
      refs.push({ kind: 'drittmittel', id: d.id, field });
  for (const area of plan.schwerpunkte)
    for (const row of area.rows)
      if (row.kind === 'instrument')
        for (const field of ROW_FIELDS) refs.push({ kind: 'row', id: row.id, field });
  for (const b of plan.bildungsziele)
    for (const field of ['foerderungBgs', 'davonAbschluss'] as const)
      refs.push({ kind: 'bildung', bereich: b.bereich, field });
  for (const k of plan.kennzahlen) {
    refs.push({ kind: 'kennzahl', key: k.key, field: 'ergebnisVorjahr' });
    if (k.plaetzePlan !== undefined) refs.push({ kind: 'kennzahl', key: k.key, field: 'plaetzePlan' });
  }
  const zv = plan.zielvereinbarung;
  for (const z of zv.ziele) for (const field of ZIEL_FIELDS) refs.push({ kind: 'ziel', id: z.id, field });
  // A dialogue holds an entry only for targets with a value (an empty cell is no difference).
  for (const d of zv.dialoge)
    for (const w of d.werte)
      for (const field of ZIEL_IST_FIELDS)
        refs.push({ kind: 'zielIst', dialogId: d.id, zielId: w.zielId, field });
  refs.push(...budgetInputRefs(plan));
  // Issue 15: a kommunal range's upper end, target-group parts, references' parts, Kundenbestand
  const extra: CellKey[] = [];
  forEachPortfolioExtraInput(plan, (key) => extra.push(key));
  for (const z of plan.zielgruppen)
    extra.push(cellKey({ kind: 'kundenbestand', zielgruppeId: z.zielgruppeId }));
  for (const key of extra) {
    const ref = parseCellKey(key);
    if (ref) refs.push(ref);
  }
  return refs.map((ref) => {
    const key = cellKey(ref);
    return { key, ref, sheet: sheetOfKey(key) };
  });
}
