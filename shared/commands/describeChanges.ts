/**
 * The change log's view of a command: which figure moved from what to what, in German
 * (the Änderungsprotokoll a budget officer reads).
 */
import type { InputUnit } from '../model/cellKey';
import { inputUnit, parseCellKey } from '../model/cellKey';
import { readInputRef } from '../model/inputs';
import type { Num, Plan } from '../model/plan';
import type { SheetId } from '../model/sheets';
import { formatInputValue } from '../format/numberFormat';
import type { Command } from './command';
import { sheetOfKey } from './applyCommand';
import { describeInputCell } from './labels';

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
    case 'batch':
      return cmd.commands.flatMap((c) => describeChanges(before, after, c, cmd.label));
    default:
      // Structural edits are logged by their label (rows added, moved, renamed…).
      return [{ sheet: sheetOfCommand(cmd), what: label ?? cmd.type, before: '', after: '' }];
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
