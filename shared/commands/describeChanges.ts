/**
 * The change log's view of a command: which figure moved from what to what, in German
 * (the Änderungsprotokoll a budget officer reads).
 */
import type { InputUnit } from '../model/cellKey';
import { inputUnit, parseCellKey } from '../model/cellKey';
import { finanzierungText } from '../model/finanzierungText';
import { findInstrumentRow, readInputRef } from '../model/inputs';
import { noteOf } from '../model/notes';
import type { Num, Plan, PlanHeader } from '../model/plan';
import type { SheetId } from '../model/sheets';
import { SHEET_LABELS } from '../model/sheets';
import { formatEur, formatInputValue } from '../format/numberFormat';
import type { Command, RowPatch, TextTarget } from './command';
import { sheetOfKey } from './applyCommand';
import { describeInputCell, rowFieldLabel } from './labels';
import { readText } from './readText';
import { describeTextRef } from './dokumentCommands';
import type { Text } from '../model/dokument';
import { inlinePlain, readText as readDokumentText } from '../model/dokument';

/** The start of a text for the change log (figures as their id). */
function textPreview(text: Text): string {
  const plain = text
    .map((b) => (b.t === 'ul' ? b.items.map((i) => inlinePlain(i)).join(' · ') : inlinePlain(b.content)))
    .join(' ')
    .trim();
  if (!plain) return '(leer)';
  return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
}

export interface ChangeLogEntry {
  sheet: SheetId;
  /** German, e.g. "Maßnahmeportfolio › Integration › EGZ › Mittelansatz". */
  what: string;
  cellKey?: string;
  before: string;
  after: string;
}

function show(v: Num | undefined, unit: InputUnit): string {
  if (v === null || v === undefined) return '(leer)';
  return formatInputValue(v, unit);
}

export function describeChanges(before: Plan, after: Plan, cmd: Command, label?: string): ChangeLogEntry[] {
  switch (cmd.type) {
    case 'setInputs':
      return cmd.changes.map((c) => {
        const ref = parseCellKey(c.key);
        if (!ref) return { sheet: 'haushalt', what: c.key, cellKey: c.key, before: '', after: '' };
        const unit = inputUnit(ref);
        const formulaBefore = before.formeln[c.key];
        const formulaAfter = after.formeln[c.key];
        return {
          sheet: sheetOfKey(c.key),
          what: describeInputCell(before, ref),
          cellKey: c.key,
          before: show(readInputRef(before, ref), unit) + (formulaBefore ? ` (${formulaBefore})` : ''),
          after: show(readInputRef(after, ref), unit) + (formulaAfter ? ` (${formulaAfter})` : ''),
        };
      });
    case 'patchRow':
      return (Object.keys(cmd.patch) as (keyof RowPatch)[]).map((field) => ({
        sheet: 'portfolio',
        what: `${describeRow(before, cmd.rowId)} › ${rowFieldLabel(field)}`,
        before: rowFieldText(before, cmd.rowId, field),
        after: rowFieldText(after, cmd.rowId, field),
      }));
    case 'setText':
      return [
        {
          sheet: sheetOfCommand(cmd),
          what: describeText(before, cmd.target),
          before: readText(before, cmd.target),
          after: readText(after, cmd.target),
        },
      ];
    case 'setHeader':
      return (Object.keys(cmd.patch) as (keyof typeof cmd.patch)[]).map((field) => ({
        sheet: 'uebersicht',
        what: `Plankopf › ${HEADER_LABELS[field] ?? field}`,
        before: headerText(field, before.header[field]),
        after: headerText(field, after.header[field]),
      }));
    case 'setNote':
      return [
        {
          sheet: cmd.sheet,
          what: `Bemerkung zu ${cmd.where}`,
          before: noteOf(before, cmd.key),
          after: noteOf(after, cmd.key),
        },
      ];
    case 'setDokumentText':
      return [
        {
          sheet: 'programm',
          what: `Programmtext › ${describeTextRef(before, cmd.ref)}`,
          before: textPreview(readDokumentText(before.dokument, cmd.ref) ?? []),
          after: textPreview(cmd.text),
        },
      ];
    case 'batch':
      return cmd.commands.flatMap((c) => describeChanges(before, after, c, cmd.label));
    default:
      // Rows and areas added, moved or deleted are logged by their label.
      return [{ sheet: sheetOfCommand(cmd), what: label ?? cmd.type, before: '', after: '' }];
  }
}

const HEADER_LABELS: Partial<Record<keyof PlanHeader, string>> = {
  jobcenter: 'Jobcenter',
  year: 'Planjahr',
  vorjahr: 'Vorjahr',
  status: 'Status',
  variante: 'Variante',
  author: 'Verfasser',
  globalbudget: 'Globalbudget',
};

function headerText(field: keyof PlanHeader, v: unknown): string {
  if (v === undefined || v === null || v === '') return '(leer)';
  return field === 'globalbudget' && typeof v === 'number' ? formatEur(v) : String(v);
}

/** "Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ)". */
export function describeRow(plan: Plan, rowId: string): string {
  const row = findInstrumentRow(plan, rowId);
  const area = plan.schwerpunkte.find((a) => a.rows.some((r) => r.id === rowId));
  return `${SHEET_LABELS.portfolio} › ${area?.name ?? '?'} › ${row?.instrument ?? 'Zeile'}`;
}

/** What the Änderungsprotokoll shows for a row's Kat., Finanzierung, nachrichtlich or FbW. */
function rowFieldText(plan: Plan, rowId: string, field: keyof RowPatch): string {
  const row = findInstrumentRow(plan, rowId);
  if (!row) return '';
  switch (field) {
    case 'kategorie':
      return row.kategorie ?? '(leer)';
    case 'finanzierung':
      return finanzierungText(plan, row.finanzierung);
    case 'nachrichtlich':
    case 'fbw':
      return row[field] ? 'ja' : 'nein';
    case 'beginn':
    case 'laufzeit': {
      const v = row[field];
      return v === undefined ? '(leer)' : field === 'beginn' ? `Monat ${v}` : `${v} Monate`;
    }
  }
}

function describeText(plan: Plan, t: TextTarget): string {
  switch (t.kind) {
    case 'row':
      return `${describeRow(plan, t.rowId)} › ${rowFieldLabel(t.field)}`;
    case 'area':
      return `${SHEET_LABELS.portfolio} › Handlungsschwerpunkt`;
    case 'zuweisung':
      return `${SHEET_LABELS.haushalt} › Bezeichnung der Zuweisung`;
    case 'ausserhalb':
      return `${SHEET_LABELS.haushalt} › Bezeichnung (Mittel außerhalb des EGT)`;
    case 'drittmittel': {
      const d = plan.drittmittel.find((x) => x.id === t.id);
      return `${SHEET_LABELS.drittmittel} › ${d?.programm ?? 'Programm'} › ${t.field === 'programm' ? 'Programm' : 'Zeitraum'}`;
    }
    default:
      // Targets, budget lines, commitments, target groups: the sheet and the entry's text.
      return `${SHEET_LABELS[sheetOfCommand({ type: 'setText', target: t, value: '' })]} › ${readText(plan, t) || 'Eintrag'}`;
  }
}

function sheetOfCommand(cmd: Command): SheetId {
  switch (cmd.type) {
    case 'insertZuweisung':
    case 'deleteZuweisung':
    case 'insertAusserhalb':
    case 'deleteAusserhalb':
      return 'haushalt';
    case 'insertDrittmittel':
    case 'deleteDrittmittel':
      return 'drittmittel';
    case 'setHeader':
      return 'uebersicht';
    case 'insertBudgetItem':
      return cmd.entry.list === 'verpflichtungen' ? 'verpflichtungen' : 'globalbudget';
    case 'deleteBudgetItem':
      return cmd.list === 'verpflichtungen' ? 'verpflichtungen' : 'globalbudget';
    case 'patchBudgetItem':
      return cmd.target.list === 'verpflichtungen' ? 'verpflichtungen' : 'globalbudget';
    case 'setBudgetOptions':
      return 'vorbindungenAusRegister' in cmd.patch ? 'verpflichtungen' : 'globalbudget';
    case 'setUmschichtung':
      return 'haushalt';
    case 'setNote':
      return cmd.sheet;
    case 'setDokumentText':
    case 'insertKapitel':
    case 'deleteKapitel':
    case 'moveKapitel':
    case 'setKapitelTitel':
      return 'programm';
    case 'setText':
      switch (cmd.target.kind) {
        case 'ziel':
          return 'ziele';
        case 'drittmittel':
          return 'drittmittel';
        case 'row':
        case 'area':
          return 'portfolio';
        case 'schaetzung':
        case 'projekt':
        case 'gruppe':
          return 'globalbudget';
        case 'verpflichtung':
          return 'verpflichtungen';
        case 'zielgruppe':
          return 'zielgruppen';
        default:
          return 'haushalt';
      }
    case 'insertZielgruppe':
    case 'deleteZielgruppe':
    case 'insertZielgruppenSicht':
    case 'deleteZielgruppenSicht':
    case 'setZielgruppenAnteil':
      return 'zielgruppen';
    default:
      return 'portfolio';
  }
}
