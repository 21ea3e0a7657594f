/**
 * Applies a command to a plan, purely, and returns the inverse command (for undo), what changed
 * (for incremental recalculation) and where the cursor belongs.
 */
import type { CellKey, InputRef } from '../model/cellKey';
import { cellKey, inputUnit, parseCellKey, rowIdOfRef } from '../model/cellKey';
import { findInstrumentRow, isActiveInput, readInputRef, rowIndex, writeInputRef } from '../model/inputs';
import type {
  Handlungsschwerpunkt,
  Id,
  InstrumentRow,
  Plan,
  PortfolioRow,
  ReferenceRow,
  YearColumn,
} from '../model/plan';
import { missingCase } from '../model/plan';
import type { SheetId } from '../model/sheets';
import { enthaltenMessage, enthaltenProblem, rowsEnthaltenIn } from '../model/enthaltenIn';
import { formatCount, formatEur } from '../format/numberFormat';
import { decimalPlaces } from '../number/rounding';
import {
  countZeilen,
  MAX_ANZAHL,
  MAX_BETRAG,
  MAX_NOTIZ_LENGTH,
  MAX_NOTIZEN,
  MAX_SCHWERPUNKTE,
  MAX_VERAENDERUNG,
  MAX_ZEILEN,
  MIN_VERAENDERUNG,
} from '../input/limits';
import type { NoteKey } from '../model/notes';
import { noteBelongsToRow, noteOf, parseNoteKey, writeNote } from '../model/notes';
import { formulaMismatch } from '../input/storedFormula';
import type { Command, InputChange, RowPatch, RowPlacement, TextTarget } from './command';
import { CommandError, fail } from './commandError';
import type { ZielgruppenChange } from './zielgruppenCommands';
import {
  deleteZielgruppe,
  deleteZielgruppenSicht,
  insertZielgruppe,
  insertZielgruppenSicht,
  patchArea,
  renameZielgruppe,
  setZielgruppenAnteil,
} from './zielgruppenCommands';
import { describeInputCell, rowFieldLabel } from './labels';
import { applyZielCommand } from './applyZielCommand';
import { zielTitle } from '../model/zielRules';
import {
  deleteBudgetItem,
  insertBudgetItem,
  patchBudgetItem,
  projektProgrammProblem,
  registerLinkProblem,
  setBudgetOptions,
  setBudgetText,
  setUmschichtung,
} from './budgetCommands';
import { grundlageSchaetzung } from '../model/grundlage';
import { MAX_LAUFZEIT } from '../model/budget';
import { applyDokumentCommand, DokumentError } from './dokumentCommands';

export interface FocusTarget {
  sheet: SheetId;
  cellKey?: CellKey;
  /** A derived figure's cell (a check about a sum or a share). */
  figureId?: string;
  rowId?: Id;
  areaId?: Id;
  column?: string;
  /** A chapter of the Programmtext. */
  kapitelId?: Id;
}

export interface Applied {
  plan: Plan;
  inverse: Command;
  /** Input cells whose value changed (structure unchanged): recalculate incrementally. */
  changedKeys: CellKey[];
  /** Rows, areas or financing changed: the calculation must rebuild its definitions. */
  structural: boolean;
  focus: FocusTarget | null;
  /** German, for Rückgängig/Wiederholen and the change log. */
  label: string;
}

export { CommandError };

export function sheetOfKey(key: CellKey): SheetId {
  const ref = parseCellKey(key);
  if (!ref) return 'haushalt';
  switch (ref.kind) {
    case 'haushalt':
    case 'zuweisung':
    case 'ausserhalb':
      return 'haushalt';
    case 'drittmittel':
      return 'drittmittel';
    case 'row':
    case 'eintritteBis':
    case 'verweisTeil':
      return 'portfolio';
    case 'bildung':
      return 'bildung';
    case 'kennzahl':
      return 'kennzahlen';
    case 'ziel':
    case 'zielIst':
      return 'ziele';
    case 'schaetzung':
    case 'globalbudget':
    case 'personal':
    case 'projekt':
    case 'gruppe':
      return 'globalbudget';
    case 'verpflichtung':
    case 'vpJahr':
    case 'ermaechtigung':
      return 'verpflichtungen';
    case 'zgAnteil':
    case 'kundenbestand':
      return 'zielgruppen';
  }
}

function focusOfKey(key: CellKey): FocusTarget {
  const ref = parseCellKey(key);
  const focus: FocusTarget = { sheet: sheetOfKey(key), cellKey: key };
  const rowId = ref ? rowIdOfRef(ref) : null;
  if (rowId !== null) focus.rowId = rowId;
  return focus;
}

function touch(plan: Plan): Plan {
  return { ...plan, header: { ...plan.header, changedAt: new Date().toISOString() } };
}

export function applyCommand(plan: Plan, cmd: Command): Applied {
  const applied = applyInner(plan, cmd);
  return { ...applied, plan: touch(applied.plan) };
}

function applyInner(plan: Plan, cmd: Command): Applied {
  switch (cmd.type) {
    case 'setInputs':
      return setInputs(plan, cmd.changes);
    case 'setText':
      return setText(plan, cmd.target, cmd.value);
    case 'patchRow':
      return patchRow(plan, cmd.rowId, cmd.patch);
    case 'setHeader': {
      const before: Partial<Plan['header']> = {};
      for (const k of Object.keys(cmd.patch) as (keyof typeof cmd.patch)[]) {
        (before as Record<string, unknown>)[k] = plan.header[k];
      }
      const header = { ...plan.header, ...cmd.patch };
      if (!Number.isInteger(header.year) || header.year < 2000 || header.year > 2100)
        fail(`Planungsjahr ${header.year} ist ungültig (erwartet 2000 bis 2100).`);
      return {
        plan: { ...plan, header },
        inverse: { type: 'setHeader', patch: before },
        changedKeys: [],
        structural: 'year' in cmd.patch || 'vorjahr' in cmd.patch,
        focus: { sheet: 'uebersicht' },
        label: 'Plankopf ändern',
      };
    }
    case 'setNote':
      return setNote(plan, cmd);
    case 'insertRows':
      return insertRows(plan, cmd.rows);
    case 'deleteRows':
      return deleteRows(plan, cmd.rowIds);
    case 'moveRow':
      return moveRow(plan, cmd.rowId, cmd.toAreaId, cmd.toIndex);
    case 'insertArea': {
      if (plan.schwerpunkte.some((a) => a.id === cmd.area.id))
        fail(`Handlungsschwerpunkt ${cmd.area.id} gibt es schon.`);
      if (plan.schwerpunkte.length >= MAX_SCHWERPUNKTE)
        return fail(`Ein Plan hat höchstens ${formatCount(MAX_SCHWERPUNKTE)} Handlungsschwerpunkte.`);
      const schwerpunkte = plan.schwerpunkte.slice();
      schwerpunkte.splice(clamp(cmd.index, 0, schwerpunkte.length), 0, cmd.area);
      return structural(
        { ...plan, schwerpunkte },
        { type: 'deleteArea', areaId: cmd.area.id },
        { sheet: 'portfolio', areaId: cmd.area.id },
        `Handlungsschwerpunkt „${cmd.area.name}“ einfügen`,
      );
    }
    case 'deleteArea': {
      const index = plan.schwerpunkte.findIndex((a) => a.id === cmd.areaId);
      const area = plan.schwerpunkte[index];
      if (!area) return fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
      const ownedIds = new Set(area.rows.map((r) => r.id));
      const dangling = plan.schwerpunkte.some(
        (a) => a.id !== area.id && a.rows.some((r) => r.kind === 'reference' && ownedIds.has(r.ownerRowId)),
      );
      if (dangling)
        fail(
          `„${area.name}“ enthält Maßnahmen, auf die andere Handlungsschwerpunkte verweisen. Entfernen Sie zuerst die Verweise.`,
        );
      const linked = registerLinkProblem(plan, ownedIds);
      if (linked) fail(linked);
      const schwerpunkte = plan.schwerpunkte.filter((a) => a.id !== cmd.areaId);
      return structural(
        { ...plan, schwerpunkte },
        { type: 'insertArea', area, index },
        { sheet: 'portfolio' },
        `Handlungsschwerpunkt „${area.name}“ löschen`,
      );
    }
    case 'moveArea': {
      const from = plan.schwerpunkte.findIndex((a) => a.id === cmd.areaId);
      const area = plan.schwerpunkte[from];
      if (!area) return fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
      const schwerpunkte = plan.schwerpunkte.slice();
      schwerpunkte.splice(from, 1);
      schwerpunkte.splice(clamp(cmd.toIndex, 0, schwerpunkte.length), 0, area);
      return structural(
        { ...plan, schwerpunkte },
        { type: 'moveArea', areaId: area.id, toIndex: from },
        { sheet: 'portfolio', areaId: area.id },
        `Handlungsschwerpunkt „${area.name}“ verschieben`,
      );
    }
    case 'insertZuweisung': {
      if (plan.haushalt.zuweisungen.some((z) => z.id === cmd.zuweisung.id))
        fail('Diese Zuweisung gibt es schon.');
      const zuweisungen = plan.haushalt.zuweisungen.slice();
      zuweisungen.splice(clamp(cmd.index, 0, zuweisungen.length), 0, cmd.zuweisung);
      return structural(
        { ...plan, haushalt: { ...plan.haushalt, zuweisungen } },
        { type: 'deleteZuweisung', id: cmd.zuweisung.id },
        { sheet: 'haushalt', cellKey: cellKey({ kind: 'zuweisung', id: cmd.zuweisung.id, col: 'plan' }) },
        `Zuweisung „${cmd.zuweisung.name}“ einfügen`,
      );
    }
    case 'deleteZuweisung': {
      const index = plan.haushalt.zuweisungen.findIndex((z) => z.id === cmd.id);
      const zuweisung = plan.haushalt.zuweisungen[index];
      if (!zuweisung) return fail('Diese Zuweisung gibt es nicht mehr.');
      const zuweisungen = plan.haushalt.zuweisungen.filter((z) => z.id !== cmd.id);
      return structural(
        { ...plan, haushalt: { ...plan.haushalt, zuweisungen } },
        { type: 'insertZuweisung', zuweisung, index },
        { sheet: 'haushalt' },
        `Zuweisung „${zuweisung.name}“ löschen`,
      );
    }
    case 'insertAusserhalb': {
      const list = plan.haushalt.ausserhalbEgt.slice();
      if (list.some((a) => a.id === cmd.item.id)) fail('Diese Zeile gibt es schon.');
      list.splice(clamp(cmd.index, 0, list.length), 0, cmd.item);
      return structural(
        { ...plan, haushalt: { ...plan.haushalt, ausserhalbEgt: list } },
        { type: 'deleteAusserhalb', id: cmd.item.id },
        { sheet: 'haushalt', cellKey: cellKey({ kind: 'ausserhalb', id: cmd.item.id }) },
        `Mittel außerhalb des EGT „${cmd.item.name}“ einfügen`,
      );
    }
    case 'deleteAusserhalb': {
      const index = plan.haushalt.ausserhalbEgt.findIndex((a) => a.id === cmd.id);
      const item = plan.haushalt.ausserhalbEgt[index];
      if (!item) return fail('Diese Zeile gibt es nicht mehr.');
      const ausserhalbEgt = plan.haushalt.ausserhalbEgt.filter((a) => a.id !== cmd.id);
      return structural(
        { ...plan, haushalt: { ...plan.haushalt, ausserhalbEgt } },
        { type: 'insertAusserhalb', item, index },
        { sheet: 'haushalt' },
        `Mittel außerhalb des EGT „${item.name}“ löschen`,
      );
    }
    case 'insertDrittmittel': {
      const list = plan.drittmittel.slice();
      if (list.some((d) => d.id === cmd.item.id)) fail('Dieses Drittmittelprogramm gibt es schon.');
      list.splice(clamp(cmd.index, 0, list.length), 0, cmd.item);
      return structural(
        { ...plan, drittmittel: list },
        { type: 'deleteDrittmittel', id: cmd.item.id },
        { sheet: 'drittmittel', rowId: cmd.item.id },
        `Drittmittelprogramm „${cmd.item.programm}“ einfügen`,
      );
    }
    case 'deleteDrittmittel': {
      const index = plan.drittmittel.findIndex((d) => d.id === cmd.id);
      const item = plan.drittmittel[index];
      if (!item) return fail('Dieses Drittmittelprogramm gibt es nicht mehr.');
      const used = plan.schwerpunkte.some((a) =>
        a.rows.some(
          (r) =>
            r.kind === 'instrument' &&
            r.finanzierung.art === 'Drittmittel' &&
            r.finanzierung.programmId === cmd.id,
        ),
      );
      if (used)
        fail(
          `„${item.programm}“ finanziert noch Maßnahmen im Maßnahmeportfolio. Ändern Sie zuerst deren Finanzierung.`,
        );
      const projekt = projektProgrammProblem(plan, cmd.id);
      if (projekt) fail(projekt);
      return structural(
        { ...plan, drittmittel: plan.drittmittel.filter((d) => d.id !== cmd.id) },
        { type: 'insertDrittmittel', item, index },
        { sheet: 'drittmittel' },
        `Drittmittelprogramm „${item.programm}“ löschen`,
      );
    }
    case 'setZielvereinbarung':
    case 'insertZiel':
    case 'deleteZiel':
    case 'moveZiel':
    case 'patchZiel':
    case 'insertPartei':
    case 'deletePartei':
    case 'patchPartei':
    case 'insertZieldialog':
    case 'deleteZieldialog':
    case 'patchZieldialog':
    case 'setZielErreicht':
      return applyZielCommand(plan, cmd);
    case 'insertBudgetItem':
      return insertBudgetItem(plan, cmd.entry, cmd.index, checkZeilen);
    case 'deleteBudgetItem':
      return deleteBudgetItem(plan, cmd.list, cmd.id);
    case 'patchBudgetItem':
      return patchBudgetItem(plan, cmd.target);
    case 'setBudgetOptions':
      return setBudgetOptions(plan, cmd.patch);
    case 'setUmschichtung':
      return setUmschichtung(plan, cmd.col, cmd.value, cmd.formeln);
    case 'setDokumentText':
    case 'insertKapitel':
    case 'deleteKapitel':
    case 'moveKapitel':
    case 'setKapitelTitel':
      return dokumentCommand(plan, cmd);
    case 'batch': {
      let current = plan;
      const inverses: Command[] = [];
      const keys = new Set<CellKey>();
      let isStructural = false;
      let focus: FocusTarget | null = null;
      for (const c of cmd.commands) {
        const a = applyInner(current, c);
        current = a.plan;
        inverses.unshift(a.inverse);
        for (const k of a.changedKeys) keys.add(k);
        isStructural ||= a.structural;
        focus ??= a.focus;
      }
      return {
        plan: current,
        inverse: { type: 'batch', label: cmd.label, commands: inverses },
        changedKeys: [...keys],
        structural: isStructural,
        focus,
        label: cmd.label,
      };
    }
    case 'setZielgruppenAnteil':
      return fromChange(setZielgruppenAnteil(plan, cmd.rowId, cmd.zielgruppeId, cmd.anteil, cmd.index));
    case 'insertZielgruppe':
      return fromChange(insertZielgruppe(plan, cmd.zielgruppe, cmd.index));
    case 'deleteZielgruppe':
      return fromChange(deleteZielgruppe(plan, cmd.id));
    case 'insertZielgruppenSicht':
      return fromChange(insertZielgruppenSicht(plan, cmd.sicht, cmd.index));
    case 'deleteZielgruppenSicht':
      return fromChange(deleteZielgruppenSicht(plan, cmd.zielgruppeId));
    case 'patchArea':
      return fromChange(patchArea(plan, cmd.areaId, cmd.patch));
    default:
      return missingCase(cmd);
  }
}

/** Target-group changes redefine figures (shares, sheets, names): structural. */
const fromChange = (c: ZielgruppenChange): Applied => structural(c.plan, c.inverse, c.focus, c.label);
function dokumentCommand(plan: Plan, cmd: Parameters<typeof applyDokumentCommand>[1]): Applied {
  try {
    const a = applyDokumentCommand(plan, cmd);
    return {
      plan: a.plan,
      inverse: a.inverse,
      // Texts feed no figure: nothing to recalculate.
      changedKeys: [],
      structural: false,
      focus: { sheet: 'programm', ...(a.kapitelId ? { kapitelId: a.kapitelId } : {}) },
      label: a.label,
    };
  } catch (e) {
    if (e instanceof DokumentError) fail(e.message);
    throw e;
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.trunc(v)));
}

/** Beyond MAX_ZEILEN a sum might no longer be exact to the cent (input/limits.ts). */
function checkZeilen(plan: Plan): void {
  const zeilen = countZeilen(plan);
  if (zeilen > MAX_ZEILEN)
    fail(
      `Ein Plan hat höchstens ${formatCount(MAX_ZEILEN)} Zeilen (Maßnahmeportfolio mit Verweisen, Zuweisungen, Mittel außerhalb des EGT, Drittmittel, Projekt-VZÄ, Kundengruppen und Verpflichtungen zusammen); es wären ${formatCount(zeilen)}.`,
    );
}

function structural(plan: Plan, inverse: Command, focus: FocusTarget | null, label: string): Applied {
  checkZeilen(plan);
  return { plan, inverse, changedKeys: [], structural: true, focus, label };
}

/** The plan year's Mittelausstattung and Vorbindungen come from elsewhere while an option says so. */
function followsElsewhere(plan: Plan, ref: InputRef): string | null {
  if (ref.kind !== 'haushalt' || ref.col !== 'plan') return null;
  if (ref.field === 'mittelausstattung' && plan.globalbudget.mittelausstattungAusGrundlage)
    return `die Mittelausstattung ${plan.header.year} kommt aus der Grundlage des Globalbudgets. Zum Eingeben schalten Sie auf dem Blatt Globalbudget „Mittelausstattung aus der Grundlage“ aus.`;
  if (ref.field === 'vorbindungen' && plan.verpflichtungen.vorbindungenAusRegister)
    return `die Vorbindungen ${plan.header.year} kommen aus dem Verpflichtungsregister. Zum Eingeben schalten Sie auf dem Blatt Verpflichtungen „Vorbindungen aus dem Register“ aus.`;
  return null;
}

function setInputs(plan: Plan, changes: InputChange[]): Applied {
  if (changes.length === 0) fail('Keine Änderung.');
  let next = plan;
  const inverse: InputChange[] = [];
  // Typing into the Umschichtung pair may swap its primary side: its inverse restores the pair.
  const pairsBefore = new Map<YearColumn, Command>();
  const keys: CellKey[] = [];
  let modeChanged = false;
  const grundlageBefore = grundlageSchaetzung(plan)?.id;
  for (const change of changes) {
    const ref = parseCellKey(change.key);
    if (!ref) return fail(`Unbekannte Zelle ${change.key}.`);
    const before = readInputRef(next, ref);
    if (before === undefined)
      return fail(`${describeInputCell(next, ref)} gibt es in diesem Plan nicht mehr.`);
    const elsewhere = followsElsewhere(next, ref);
    if (elsewhere) fail(`${describeInputCell(next, ref)}: ${elsewhere}`);
    const value = change.value;
    const unit = inputUnit(ref);
    if (value !== null) {
      if (!Number.isFinite(value)) fail(`${describeInputCell(next, ref)}: keine gültige Zahl.`);
      if (unit === 'count' && (!Number.isInteger(value) || value < 0))
        fail(`${describeInputCell(next, ref)}: nur ganze Zahlen ab 0 sind erlaubt.`);
      if (unit === 'eur' && value < 0)
        fail(`${describeInputCell(next, ref)}: negative Beträge sind nicht erlaubt.`);
      // The file limits (input/limits.ts): a plan the app saves must open again.
      if (unit === 'eur' && (value > MAX_BETRAG || decimalPlaces(value) > 2))
        fail(`${describeInputCell(next, ref)}: höchstens ${formatEur(MAX_BETRAG)} mit Cent.`);
      if (unit === 'count' && value > MAX_ANZAHL)
        fail(`${describeInputCell(next, ref)}: höchstens ${formatCount(MAX_ANZAHL)}.`);
      if (unit === 'ratio' && (value < 0 || value > 1))
        fail(`${describeInputCell(next, ref)}: nur Anteile zwischen 0 und 100 % sind erlaubt.`);
      if (unit === 'change' && (value < MIN_VERAENDERUNG || value > MAX_VERAENDERUNG))
        fail(`${describeInputCell(next, ref)}: nur Veränderungen zwischen −100 % und +1.000 % sind erlaubt.`);
      if (unit === 'decimal' && (value < 0 || value > MAX_ANZAHL || decimalPlaces(value) > 2))
        fail(
          `${describeInputCell(next, ref)}: nur Zahlen von 0 bis ${formatCount(MAX_ANZAHL)} mit höchstens zwei Nachkommastellen.`,
        );
    }
    // A formula is kept only beside the value it gives (see file/settleFormeln.ts).
    if (change.formula !== undefined && change.formula.startsWith('=')) {
      const problem = formulaMismatch(change.formula, unit, value);
      if (problem) fail(`${describeInputCell(next, ref)}: ${problem}.`);
    }
    // A reference's part replaces its owner's amount in the area's share: present or not is structure.
    if (ref.kind === 'verweisTeil' && (before === null) !== (value === null)) modeChanged = true;
    // Typing the amount when the percentage was the input (or vice versa) swaps which one is derived.
    if (ref.kind === 'haushalt' && (ref.field === 'umschichtung' || ref.field === 'umschichtungsquote')) {
      if (!isActiveInput(next, ref) && change.value !== null) modeChanged = true;
      if (!pairsBefore.has(ref.col)) {
        const col = ref.col;
        const formel = (field: 'umschichtung' | 'umschichtungsquote') =>
          next.formeln[cellKey({ kind: 'haushalt', field, col })];
        const betrag = formel('umschichtung');
        const quote = formel('umschichtungsquote');
        pairsBefore.set(col, {
          type: 'setUmschichtung',
          col,
          value: next.haushalt.umschichtung[col],
          formeln: { ...(betrag ? { betrag } : {}), ...(quote ? { quote } : {}) },
        });
      }
    } else {
      const beforeFormula = next.formeln[change.key];
      inverse.unshift({
        key: change.key,
        value: before,
        ...(beforeFormula ? { formula: beforeFormula } : {}),
      });
    }
    next = writeInputRef(next, ref, value, change.formula);
    keys.push(change.key);
  }
  checkRanges(next, keys);
  const first = changes[0]!;
  const firstRef = parseCellKey(first.key)!;
  const label =
    changes.length === 1 ? `${describeInputCell(plan, firstRef)} ändern` : `${changes.length} Zellen ändern`;
  const inverses: Command[] = [
    ...(inverse.length ? [{ type: 'setInputs', changes: inverse } as Command] : []),
    ...pairsBefore.values(),
  ];
  return {
    plan: next,
    inverse: inverses.length === 1 ? inverses[0]! : { type: 'batch', label, commands: inverses },
    changedKeys: keys,
    // The Grundlage of the Globalbudget changes when the final figure is entered or cleared.
    structural: modeChanged || grundlageSchaetzung(next)?.id !== grundlageBefore,
    focus: focusOfKey(first.key),
    label,
  };
}

/** A kommunal range "von–bis" must not run backwards after the edit (von typed alone, bis alone). */
function checkRanges(plan: Plan, keys: readonly CellKey[]): void {
  for (const key of keys) {
    const ref = parseCellKey(key);
    const id =
      ref?.kind === 'eintritteBis' || (ref?.kind === 'row' && ref.field === 'eintritte') ? ref.id : null;
    const row = id === null ? undefined : findInstrumentRow(plan, id);
    if (!row || row.finanzierung.art !== 'kommunal') continue;
    const bis = row.eintritteBis;
    if (bis != null && (row.eintritte === null || bis < row.eintritte))
      fail(
        `„${row.instrument}“: die Spanne ${formatCount(row.eintritte ?? 0)}–${formatCount(bis)} läuft rückwärts; „bis“ muss mindestens „von“ sein.`,
      );
  }
}

function setText(plan: Plan, target: TextTarget, value: string): Applied {
  const text = value.replace(/\r\n/g, '\n');
  if (text.length > 10_000) fail('Der Text ist zu lang (höchstens 10.000 Zeichen).');
  switch (target.kind) {
    case 'schaetzung':
    case 'projekt':
    case 'gruppe':
    case 'verpflichtung':
      return setBudgetText(plan, target, text);
    case 'row': {
      const row = findRow(plan, target.rowId);
      if (target.field === 'instrument' && !text.trim()) fail('Die Maßnahme braucht eine Bezeichnung.');
      const next = replaceRow(plan, target.rowId, { ...row, [target.field]: text });
      return {
        plan: next,
        inverse: { type: 'setText', target, value: row[target.field] },
        changedKeys: [],
        structural: target.field === 'instrument', // labels of figures follow the name
        focus: { sheet: 'portfolio', rowId: row.id, column: target.field },
        label: `${rowFieldLabel(target.field)} „${row.instrument}“ ändern`,
      };
    }
    case 'area': {
      const area = plan.schwerpunkte.find((a) => a.id === target.areaId);
      if (!area) return fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
      if (!text.trim()) fail('Der Handlungsschwerpunkt braucht einen Namen.');
      return {
        plan: {
          ...plan,
          schwerpunkte: plan.schwerpunkte.map((a) => (a.id === area.id ? { ...a, name: text } : a)),
        },
        inverse: { type: 'setText', target, value: area.name },
        changedKeys: [],
        structural: true,
        focus: { sheet: 'portfolio', areaId: area.id },
        label: `Handlungsschwerpunkt „${area.name}“ umbenennen`,
      };
    }
    case 'zuweisung': {
      const z = plan.haushalt.zuweisungen.find((x) => x.id === target.id);
      if (!z) return fail('Diese Zuweisung gibt es nicht mehr.');
      const zuweisungen = plan.haushalt.zuweisungen.map((x) => (x.id === z.id ? { ...x, name: text } : x));
      return {
        plan: { ...plan, haushalt: { ...plan.haushalt, zuweisungen } },
        inverse: { type: 'setText', target, value: z.name },
        changedKeys: [],
        structural: false,
        focus: { sheet: 'haushalt', cellKey: cellKey({ kind: 'zuweisung', id: z.id, col: 'plan' }) },
        label: `Bezeichnung der Zuweisung „${z.name}“ ändern`,
      };
    }
    case 'ausserhalb': {
      const a = plan.haushalt.ausserhalbEgt.find((x) => x.id === target.id);
      if (!a) return fail('Diese Zeile gibt es nicht mehr.');
      const ausserhalbEgt = plan.haushalt.ausserhalbEgt.map((x) =>
        x.id === a.id ? { ...x, name: text } : x,
      );
      return {
        plan: { ...plan, haushalt: { ...plan.haushalt, ausserhalbEgt } },
        inverse: { type: 'setText', target, value: a.name },
        changedKeys: [],
        structural: false,
        focus: { sheet: 'haushalt', cellKey: cellKey({ kind: 'ausserhalb', id: a.id }) },
        label: `Bezeichnung „${a.name}“ ändern`,
      };
    }
    case 'drittmittel': {
      const d = plan.drittmittel.find((x) => x.id === target.id);
      if (!d) return fail('Dieses Drittmittelprogramm gibt es nicht mehr.');
      return {
        plan: {
          ...plan,
          drittmittel: plan.drittmittel.map((x) => (x.id === d.id ? { ...x, [target.field]: text } : x)),
        },
        inverse: { type: 'setText', target, value: d[target.field] },
        changedKeys: [],
        structural: target.field === 'programm',
        focus: { sheet: 'drittmittel', rowId: d.id, column: target.field },
        label: `Drittmittelprogramm „${d.programm}“ ändern`,
      };
    }
    case 'ziel': {
      const zv = plan.zielvereinbarung;
      const z = zv.ziele.find((x) => x.id === target.id);
      if (!z) return fail('Dieses Ziel gibt es nicht mehr.');
      const ziele = zv.ziele.map((x) => (x.id === z.id ? { ...x, [target.field]: text } : x));
      return {
        plan: { ...plan, zielvereinbarung: { ...zv, ziele } },
        inverse: { type: 'setText', target, value: z[target.field] },
        changedKeys: [],
        // The name of a target names its figures (labels, messages).
        structural: target.field === 'bezeichnung' || target.field === 'segmentName',
        focus: { sheet: 'ziele', rowId: z.id, column: target.field },
        label: `${ZIEL_TEXT_LABELS[target.field]} von „${zielTitle(z, plan.header.year)}“ ändern`,
      };
    }
    case 'zielgruppe':
      return fromChange(renameZielgruppe(plan, target.id, text));
    default:
      return missingCase(target);
  }
}

const ZIEL_TEXT_LABELS = {
  bezeichnung: 'Bezeichnung',
  erreichtWenn: '„Erreicht, wenn …“',
  segmentName: 'Segmentname',
  notiz: 'Anmerkung',
} as const;

function setNote(plan: Plan, cmd: Extract<Command, { type: 'setNote' }>): Applied {
  const target = parseNoteKey(cmd.key);
  if (!target) return fail(`Unbekannte Zelle ${cmd.key} für eine Bemerkung.`);
  const text = cmd.text.replace(/\r\n?/g, '\n').trim();
  if (text.length > MAX_NOTIZ_LENGTH)
    return fail(
      `Eine Bemerkung hat höchstens ${formatCount(MAX_NOTIZ_LENGTH)} Zeichen; diese hat ${formatCount(text.length)}.`,
    );
  const before = noteOf(plan, cmd.key);
  if (text !== '' && before === '' && Object.keys(plan.notizen).length >= MAX_NOTIZEN)
    return fail(`Ein Plan hat höchstens ${formatCount(MAX_NOTIZEN)} Bemerkungen.`);
  const focus: FocusTarget =
    target.kind === 'input'
      ? focusOfKey(target.key)
      : target.kind === 'row'
        ? { sheet: cmd.sheet, rowId: target.rowId }
        : { sheet: cmd.sheet };
  const verb = text === '' ? 'löschen' : before === '' ? 'hinzufügen' : 'ändern';
  return {
    plan: writeNote(plan, cmd.key, text),
    inverse: { ...cmd, text: before },
    changedKeys: [],
    structural: false,
    focus,
    label: `Bemerkung zu ${cmd.where} ${verb}`,
  };
}

/** The notes of the rows `ids` (their inputs, figures and the rows themselves). */
function notesOfRows(plan: Plan, ids: ReadonlySet<Id>): [NoteKey, string][] {
  return Object.entries(plan.notizen).filter(([k]) => [...ids].some((id) => noteBelongsToRow(k, id)));
}

function findRow(plan: Plan, rowId: Id): InstrumentRow {
  const loc = rowIndex(plan).get(rowId);
  const row = loc && plan.schwerpunkte[loc.areaIndex]?.rows[loc.rowIndex];
  if (!row) return fail('Diese Zeile gibt es nicht mehr.');
  if (row.kind !== 'instrument')
    return fail('Ein Verweis wird in seinem eigenen Handlungsschwerpunkt bearbeitet.');
  return row;
}

function replaceRow(plan: Plan, rowId: Id, row: PortfolioRow): Plan {
  const loc = rowIndex(plan).get(rowId)!;
  const area = plan.schwerpunkte[loc.areaIndex]!;
  const rows = area.rows.slice();
  rows[loc.rowIndex] = row;
  const schwerpunkte = plan.schwerpunkte.slice();
  schwerpunkte[loc.areaIndex] = { ...area, rows };
  return { ...plan, schwerpunkte };
}

function patchRow(plan: Plan, rowId: Id, patch: RowPatch): Applied {
  const row = findRow(plan, rowId);
  const before: RowPatch = {};
  // A row without Beginn or Laufzeit gets them back as null (removed again by the undo).
  for (const k of Object.keys(patch) as (keyof RowPatch)[])
    (before as Record<string, unknown>)[k] = row[k] ?? null;
  const f = patch.finanzierung;
  if (
    f?.art === 'Drittmittel' &&
    f.programmId !== null &&
    !plan.drittmittel.some((d) => d.id === f.programmId)
  )
    fail('Dieses Drittmittelprogramm gibt es nicht.');
  if (
    patch.beginn !== undefined &&
    patch.beginn !== null &&
    !(Number.isInteger(patch.beginn) && patch.beginn >= 1 && patch.beginn <= 12)
  )
    fail(`Beginn „${row.instrument}“: Monat ${patch.beginn} gibt es nicht (1 bis 12).`);
  if (
    patch.laufzeit !== undefined &&
    patch.laufzeit !== null &&
    !(Number.isInteger(patch.laufzeit) && patch.laufzeit >= 1 && patch.laufzeit <= MAX_LAUFZEIT)
  )
    fail(`Laufzeit „${row.instrument}“: 1 bis ${MAX_LAUFZEIT} Monate.`);
  const { beginn, laufzeit, ...rest } = patch;
  let patched: InstrumentRow = { ...row, ...rest };
  // null removes the field: the row has no multi-year run then.
  if (beginn === null) delete patched.beginn;
  else if (beginn !== undefined) patched.beginn = beginn;
  if (laufzeit === null) delete patched.laufzeit;
  else if (laufzeit !== undefined) patched.laufzeit = laufzeit;
  let inverse: Command = { type: 'patchRow', rowId, patch: before };
  let next = replaceRow(plan, rowId, patched);
  if (f !== undefined && f.art === 'kommunal' && row.finanzierung.art !== 'kommunal') {
    const carrying = referencesOf(plan, rowId).filter((r) => r.teilEintritte != null || r.teilBetrag != null);
    if (carrying.length)
      fail(
        `Verweise auf „${row.instrument}“ tragen einen eigenen Anteil; eine kommunale Leistung zeigt ihre Fallzahlen als Spanne ganz. Leeren Sie zuerst die Anteile der Verweise.`,
      );
  }
  // Leaving "kommunal" drops the upper end of the range (and its formula); undo brings both back.
  if (f !== undefined && f.art !== 'kommunal' && row.eintritteBis != null) {
    const key = cellKey({ kind: 'eintritteBis', id: rowId });
    const { eintritteBis, ...rest } = patched;
    patched = rest;
    next = replaceRow(plan, rowId, patched);
    const formula = plan.formeln[key];
    if (formula !== undefined) {
      const formeln = { ...next.formeln };
      delete formeln[key];
      next = { ...next, formeln };
    }
    inverse = {
      type: 'batch',
      label: 'Finanzierung zurücksetzen',
      commands: [
        inverse,
        {
          type: 'setInputs',
          changes: [{ key, value: eintritteBis ?? null, ...(formula ? { formula } : {}) }],
        },
      ],
    };
  }
  if (f !== undefined || patch.nachrichtlich !== undefined)
    checkEnthaltenAfterPatch(plan, next, patched, f !== undefined);
  return {
    plan: next,
    inverse,
    changedKeys: [],
    structural: true,
    focus: { sheet: 'portfolio', rowId, column: Object.keys(patch)[0] ?? 'instrument' },
    label: `${Object.keys(patch)
      .map((k) => rowFieldLabel(k))
      .join(', ')} „${row.instrument}“ ändern`,
  };
}

/**
 * The "enthalten in" rule (model/enthaltenIn.ts) after a row's Finanzierung or nachrichtlich
 * changed: its own target must be allowed, and rows whose money sits in it must stay allowed.
 * A problem a stored plan already had elsewhere is left to the checks, so it can be repaired.
 */
function checkEnthaltenAfterPatch(before: Plan, after: Plan, row: InstrumentRow, refinanced: boolean): void {
  const f = row.finanzierung;
  if (refinanced && f.art === 'enthalten' && f.inRowId !== null) {
    const problem = enthaltenProblem(after, row, f.inRowId);
    if (problem) fail(`„${row.instrument}“: ${enthaltenMessage(problem)}.`);
  }
  for (const other of rowsEnthaltenIn(after, row.id)) {
    const problem = enthaltenProblem(after, other, row.id);
    if (problem && !enthaltenProblem(before, other, row.id))
      fail(
        `Der Betrag von „${other.instrument}“ ist in „${row.instrument}“ enthalten; „${row.instrument}“ muss ihn daher selbst tragen und ${f.art === 'enthalten' ? 'kann nicht in einer anderen Maßnahme enthalten' : 'darf nicht nachrichtlich'} sein. Ändern Sie zuerst die Finanzierung von „${other.instrument}“.`,
      );
  }
}

function referencesOf(plan: Plan, ownerRowId: Id): ReferenceRow[] {
  const out: ReferenceRow[] = [];
  for (const a of plan.schwerpunkte)
    for (const r of a.rows) if (r.kind === 'reference' && r.ownerRowId === ownerRowId) out.push(r);
  return out;
}

function insertRows(plan: Plan, placements: RowPlacement[]): Applied {
  if (placements.length === 0) fail('Keine Zeilen zum Einfügen.');
  const existing = rowIndex(plan);
  const schwerpunkte: Handlungsschwerpunkt[] = plan.schwerpunkte.map((a) => ({ ...a, rows: a.rows.slice() }));
  for (const p of placements) {
    if (existing.has(p.row.id)) fail(`Zeile ${p.row.id} gibt es schon.`);
    const area = schwerpunkte.find((a) => a.id === p.areaId);
    if (!area) return fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
    area.rows.splice(clamp(p.index, 0, area.rows.length), 0, p.row);
  }
  const next = { ...plan, schwerpunkte };
  for (const p of placements) {
    if (p.row.kind === 'reference') {
      const owner = rowIndex(next).get(p.row.ownerRowId);
      if (!owner) fail('Der Verweis zeigt auf eine Maßnahme, die es nicht gibt.');
    } else if (p.row.finanzierung.art === 'enthalten' && p.row.finanzierung.inRowId !== null) {
      const problem = enthaltenProblem(next, p.row, p.row.finanzierung.inRowId);
      if (problem) fail(`„${p.row.instrument}“: ${enthaltenMessage(problem)}.`);
    }
  }
  const first = placements[0]!;
  return structural(
    next,
    { type: 'deleteRows', rowIds: placements.map((p) => p.row.id) },
    { sheet: 'portfolio', rowId: first.row.id, areaId: first.areaId },
    placements.length === 1 ? 'Zeile einfügen' : `${placements.length} Zeilen einfügen`,
  );
}

function deleteRows(plan: Plan, rowIds: Id[]): Applied {
  if (rowIds.length === 0) fail('Keine Zeilen zum Löschen.');
  const ids = new Set(rowIds);
  const index = rowIndex(plan);
  const placements: RowPlacement[] = [];
  for (const id of rowIds) if (!index.has(id)) fail('Diese Zeile gibt es nicht mehr.');
  const linked = registerLinkProblem(plan, ids);
  if (linked) fail(linked);
  for (const area of plan.schwerpunkte) {
    area.rows.forEach((row, i) => {
      if (ids.has(row.id)) placements.push({ areaId: area.id, index: i, row });
      // A row that others point at cannot go while the pointers stay.
      else if (row.kind === 'reference' && ids.has(row.ownerRowId))
        fail('Auf diese Maßnahme verweist ein anderer Handlungsschwerpunkt. Löschen Sie zuerst den Verweis.');
      else if (
        row.kind === 'instrument' &&
        row.finanzierung.art === 'enthalten' &&
        row.finanzierung.inRowId !== null &&
        ids.has(row.finanzierung.inRowId)
      )
        fail(`„${row.instrument}“ ist in dieser Maßnahme enthalten. Ändern Sie zuerst deren Finanzierung.`);
    });
  }
  const schwerpunkte = plan.schwerpunkte.map((a) =>
    a.rows.some((r) => ids.has(r.id)) ? { ...a, rows: a.rows.filter((r) => !ids.has(r.id)) } : a,
  );
  const first = placements[0]!;
  const formeln = Object.fromEntries(
    Object.entries(plan.formeln).filter(([k]) => {
      const ref = parseCellKey(k);
      const rowId = ref ? rowIdOfRef(ref) : null;
      return !(rowId !== null && ids.has(rowId));
    }),
  );
  const removedFormulas = Object.entries(plan.formeln).filter(([k]) => !(k in formeln));
  // Notes go with their rows and come back with them.
  const removedNotes = notesOfRows(plan, ids);
  const notizen = { ...plan.notizen };
  for (const [k] of removedNotes) delete notizen[k];
  const restore: Command[] = [
    ...(removedFormulas.length
      ? [
          {
            type: 'setInputs',
            changes: removedFormulas.map(([key, formula]) => ({ key, value: valueOf(plan, key), formula })),
          } as Command,
        ]
      : []),
    ...removedNotes.map(([key, text]): Command => ({
      type: 'setNote',
      key,
      text,
      sheet: 'portfolio',
      where: 'einer gelöschten Zeile',
    })),
  ];
  const inverse: Command = restore.length
    ? {
        type: 'batch',
        label: 'Zeilen wiederherstellen',
        commands: [{ type: 'insertRows', rows: placements }, ...restore],
      }
    : { type: 'insertRows', rows: placements };
  return structural(
    { ...plan, schwerpunkte, formeln, ...(removedNotes.length ? { notizen } : {}) },
    inverse,
    { sheet: 'portfolio', areaId: first.areaId },
    placements.length === 1 ? 'Zeile löschen' : `${placements.length} Zeilen löschen`,
  );
}

function valueOf(plan: Plan, key: CellKey) {
  const ref = parseCellKey(key);
  return ref ? (readInputRef(plan, ref) ?? null) : null;
}

function moveRow(plan: Plan, rowId: Id, toAreaId: Id, toIndex: number): Applied {
  const loc = rowIndex(plan).get(rowId);
  if (!loc) return fail('Diese Zeile gibt es nicht mehr.');
  const fromArea = plan.schwerpunkte[loc.areaIndex]!;
  const row = fromArea.rows[loc.rowIndex]!;
  const target = plan.schwerpunkte.find((a) => a.id === toAreaId);
  if (!target) return fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
  if (
    row.kind === 'reference' &&
    target.rows.some((r) => r.id !== row.id && r.kind === 'instrument' && r.id === row.ownerRowId)
  )
    fail('Ein Verweis kann nicht in den Handlungsschwerpunkt verschoben werden, dem die Maßnahme gehört.');
  const schwerpunkte = plan.schwerpunkte.map((a) => ({ ...a, rows: a.rows.filter((r) => r.id !== rowId) }));
  const dest = schwerpunkte.find((a) => a.id === toAreaId)!;
  dest.rows.splice(clamp(toIndex, 0, dest.rows.length), 0, row);
  const name = row.kind === 'instrument' ? row.instrument : 'Verweis';
  return structural(
    { ...plan, schwerpunkte },
    { type: 'moveRow', rowId, toAreaId: fromArea.id, toIndex: loc.rowIndex },
    { sheet: 'portfolio', rowId, areaId: toAreaId },
    fromArea.id === toAreaId
      ? `Zeile „${name}“ verschieben`
      : `Zeile „${name}“ nach „${target.name}“ verschieben`,
  );
}
