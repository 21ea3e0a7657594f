/**
 * The change log's view of a command: which figure moved from what to what, in German
 * (the Änderungsprotokoll a budget officer reads).
 */
import { inputUnit, parseCellKey } from '../model/cellKey';
import { readInputRef } from '../model/inputs';
import type { Num, Plan } from '../model/plan';
import type { SheetId } from '../model/sheets';
import { formatCount, formatEur, formatPercent } from '../format/numberFormat';
import type { Command } from './command';
import { sheetOfKey } from './applyCommand';
import { describeInputCell } from './labels';
import { describeTextRef } from './dokumentCommands';
import type { Text } from '../model/dokument';
import { inlinePlain, readText } from '../model/dokument';

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

function show(v: Num | undefined, unit: 'eur' | 'count' | 'ratio'): string {
  if (v === null || v === undefined) return '(leer)';
  return unit === 'eur' ? formatEur(v) : unit === 'ratio' ? formatPercent(v) : formatCount(v);
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
    case 'setDokumentText':
      return [
        {
          sheet: 'programm',
          what: `Programmtext › ${describeTextRef(before, cmd.ref)}`,
          before: textPreview(readText(before.dokument, cmd.ref) ?? []),
          after: textPreview(cmd.text),
        },
      ];
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
    case 'setDokumentText':
    case 'insertKapitel':
    case 'deleteKapitel':
    case 'moveKapitel':
    case 'setKapitelTitel':
      return 'programm';
    case 'setText':
      return cmd.target.kind === 'drittmittel'
        ? 'drittmittel'
        : cmd.target.kind === 'row' || cmd.target.kind === 'area'
          ? 'portfolio'
          : 'haushalt';
    default:
      return 'portfolio';
  }
}
