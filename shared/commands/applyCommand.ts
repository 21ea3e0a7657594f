/**
 * Applies a command to a plan, purely, and returns the inverse command (for undo), what changed
 * (for incremental recalculation) and where the cursor belongs.
 */
import type { CellKey } from '../model/cellKey';
import { cellKey, inputUnit, parseCellKey } from '../model/cellKey';
import { isActiveInput, readInputRef, rowIndex, writeInputRef } from '../model/inputs';
import type { Handlungsschwerpunkt, Id, InstrumentRow, Plan, PortfolioRow } from '../model/plan';
import { missingCase } from '../model/plan';
import type { SheetId } from '../model/sheets';
import { enthaltenMessage, enthaltenProblem, rowsEnthaltenIn } from '../model/enthaltenIn';
import { formatCount, formatEur } from '../format/numberFormat';
import { decimalPlaces } from '../number/rounding';
import { countZeilen, MAX_ANZAHL, MAX_BETRAG, MAX_SCHWERPUNKTE, MAX_ZEILEN } from '../input/limits';
import { formulaMismatch } from '../input/storedFormula';
import type { Command, InputChange, RowPatch, RowPlacement, TextTarget } from './command';
import { describeInputCell, rowFieldLabel } from './labels';
import { applyDokumentCommand, DokumentError } from './dokumentCommands';

export interface FocusTarget {
  sheet: SheetId;
  cellKey?: CellKey;
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

export class CommandError extends Error {
  override name = 'CommandError';
}

function fail(message: string): never {
  throw new CommandError(message);
}

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
      return 'portfolio';
    case 'bildung':
      return 'bildung';
    case 'kennzahl':
      return 'kennzahlen';
  }
}

function focusOfKey(key: CellKey): FocusTarget {
  const ref = parseCellKey(key);
  const focus: FocusTarget = { sheet: sheetOfKey(key), cellKey: key };
  if (ref?.kind === 'row') focus.rowId = ref.id;
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
        fail(`Ein Plan hat höchstens ${formatCount(MAX_SCHWERPUNKTE)} Handlungsschwerpunkte.`);
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
      return structural(
        { ...plan, drittmittel: plan.drittmittel.filter((d) => d.id !== cmd.id) },
        { type: 'insertDrittmittel', item, index },
        { sheet: 'drittmittel' },
        `Drittmittelprogramm „${item.programm}“ löschen`,
      );
    }
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
    default:
      return missingCase(cmd);
  }
}

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

function structural(plan: Plan, inverse: Command, focus: FocusTarget | null, label: string): Applied {
  // Beyond MAX_ZEILEN a sum might no longer be exact to the cent (input/limits.ts).
  const zeilen = countZeilen(plan);
  if (zeilen > MAX_ZEILEN)
    fail(
      `Ein Plan hat höchstens ${formatCount(MAX_ZEILEN)} Zeilen (Maßnahmeportfolio mit Verweisen, Zuweisungen, Mittel außerhalb des EGT und Drittmittel zusammen); es wären ${formatCount(zeilen)}.`,
    );
  return { plan, inverse, changedKeys: [], structural: true, focus, label };
}

function setInputs(plan: Plan, changes: InputChange[]): Applied {
  if (changes.length === 0) fail('Keine Änderung.');
  let next = plan;
  const inverse: InputChange[] = [];
  const keys: CellKey[] = [];
  let modeChanged = false;
  for (const change of changes) {
    const ref = parseCellKey(change.key);
    if (!ref) return fail(`Unbekannte Zelle ${change.key}.`);
    const before = readInputRef(next, ref);
    if (before === undefined)
      return fail(`${describeInputCell(next, ref)} gibt es in diesem Plan nicht mehr.`);
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
    }
    // A formula is kept only beside the value it gives (see file/settleFormeln.ts).
    if (change.formula !== undefined && change.formula.startsWith('=')) {
      const problem = formulaMismatch(change.formula, unit, value);
      if (problem) fail(`${describeInputCell(next, ref)}: ${problem}.`);
    }
    // Typing the amount when the percentage was the input (or vice versa) swaps which one is derived.
    const wasActive = isActiveInput(next, ref);
    if (
      ref.kind === 'haushalt' &&
      (ref.field === 'umschichtung' || ref.field === 'umschichtungsquote') &&
      !wasActive
    ) {
      modeChanged = true;
      const other = {
        ...ref,
        field: ref.field === 'umschichtung' ? ('umschichtungsquote' as const) : ('umschichtung' as const),
      };
      const otherKey = cellKey(other);
      const otherFormula = next.formeln[otherKey];
      inverse.unshift({
        key: otherKey,
        value: readInputRef(next, other) ?? null,
        ...(otherFormula ? { formula: otherFormula } : {}),
      });
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
  const first = changes[0]!;
  const firstRef = parseCellKey(first.key)!;
  const label =
    changes.length === 1 ? `${describeInputCell(plan, firstRef)} ändern` : `${changes.length} Zellen ändern`;
  return {
    plan: next,
    inverse: { type: 'setInputs', changes: inverse },
    changedKeys: keys,
    structural: modeChanged,
    focus: focusOfKey(first.key),
    label,
  };
}

function setText(plan: Plan, target: TextTarget, value: string): Applied {
  const text = value.replace(/\r\n/g, '\n');
  if (text.length > 10_000) fail('Der Text ist zu lang (höchstens 10.000 Zeichen).');
  switch (target.kind) {
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
    default:
      return missingCase(target);
  }
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
  for (const k of Object.keys(patch) as (keyof RowPatch)[]) (before as Record<string, unknown>)[k] = row[k];
  const f = patch.finanzierung;
  if (
    f?.art === 'Drittmittel' &&
    f.programmId !== null &&
    !plan.drittmittel.some((d) => d.id === f.programmId)
  )
    fail('Dieses Drittmittelprogramm gibt es nicht.');
  const patched: InstrumentRow = { ...row, ...patch };
  const next = replaceRow(plan, rowId, patched);
  if (f !== undefined || patch.nachrichtlich !== undefined)
    checkEnthaltenAfterPatch(plan, next, patched, f !== undefined);
  return {
    plan: next,
    inverse: { type: 'patchRow', rowId, patch: before },
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
      return !(ref?.kind === 'row' && ids.has(ref.id));
    }),
  );
  const removedFormulas = Object.entries(plan.formeln).filter(([k]) => !(k in formeln));
  const inverse: Command = removedFormulas.length
    ? {
        type: 'batch',
        label: 'Zeilen wiederherstellen',
        commands: [
          { type: 'insertRows', rows: placements },
          {
            type: 'setInputs',
            changes: removedFormulas.map(([key, formula]) => ({ key, value: valueOf(plan, key), formula })),
          },
        ],
      }
    : { type: 'insertRows', rows: placements };
  return structural(
    { ...plan, schwerpunkte, formeln },
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
