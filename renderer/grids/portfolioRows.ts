/**
 * The Maßnahmeportfolio as a flat row model: per Handlungsschwerpunkt a group header, its rows
 * (instruments and references), a subtotal row (and a Drittmittel line when the area has
 * Drittmittel rows); the grand total rows are pinned at the bottom. AG Grid Community has no
 * row grouping, so groups and subtotals are ordinary rows whose cells read figures of the
 * Calculation; collapsing a group leaves its header and subtotal.
 */
import type { Command, RowPatch } from '../../shared/commands/command';
import { enthaltenChoices } from '../../shared/model/enthaltenIn';
import { finanzierungText } from '../../shared/model/finanzierungText';
import { findInstrumentRow, rowIndex } from '../../shared/model/inputs';
import { newInstrumentRow } from '../../shared/model/newInstrumentRow';
import type { Finanzierung, Handlungsschwerpunkt, InstrumentRow, Plan } from '../../shared/model/plan';
import { instrumentLine, portfolioFrame, portfolioOutline } from '../../shared/outline/portfolio';
import type { ChoiceField, ZielChoiceField } from '../../shared/outline/types';
import type { CellSpec, ChoiceOption, SheetColumn, SheetRow } from '../sheet/cellSpec';
import type { ChoiceCell } from './outlineGrid';
import { anteilChoice } from './zielgruppenRows';
import { gridColumns, gridModel, gridRow } from './outlineGrid';
import { budgetChoiceSpec } from './budgetChoiceSpec';

/** The portfolio's grid columns (shared/outline/portfolio.ts); the grid's do not depend on the Vorjahr. */
export function portfolioColumns(plan: Plan): SheetColumn[] {
  return gridColumns(portfolioFrame(plan, false));
}

export function kategorieOptions(plan: Plan): ChoiceOption[] {
  const out: ChoiceOption[] = [{ value: '', label: '(keine)' }];
  for (const c of plan.stammdaten.foerderkategorien) {
    out.push({ value: c.key, label: `${c.key}. ${c.name}` });
    for (const l of c.lines) if (l.kind === 'line') out.push({ value: l.key, label: `${l.key} ${l.name}` });
  }
  return out;
}

export function finanzierungValue(f: Finanzierung): string {
  switch (f.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel':
      return `dm:${f.programmId ?? ''}`;
    case 'enthalten':
      return `in:${f.inRowId ?? ''}`;
    case 'kommunal':
      return 'kommunal';
  }
}

export function finanzierungFromValue(v: string): Finanzierung {
  if (v.startsWith('dm:')) return { art: 'Drittmittel', programmId: v.slice(3) || null };
  if (v.startsWith('in:')) return { art: 'enthalten', inRowId: v.slice(3) || null };
  if (v === 'kommunal') return { art: 'kommunal' };
  return { art: 'EGT' };
}

function finanzierungOptions(
  plan: Plan,
  row: InstrumentRow,
  area: Handlungsschwerpunkt | undefined,
): ChoiceOption[] {
  const out: ChoiceOption[] = [{ value: 'EGT', label: 'EGT' }];
  const option = (f: Finanzierung): ChoiceOption => ({
    value: finanzierungValue(f),
    label: finanzierungText(plan, f),
  });
  for (const d of plan.drittmittel) out.push(option({ art: 'Drittmittel', programmId: d.id }));
  out.push(option({ art: 'Drittmittel', programmId: null }));
  out.push(option({ art: 'kommunal' }));
  // Only rows that may hold this row's money (model/enthaltenIn.ts), of the row's own area: a
  // Land plan's 60.000 rows are no list to choose from (a file may name another area's row).
  for (const r of enthaltenChoices(plan, row, area?.rows ?? []))
    out.push(option({ art: 'enthalten', inRowId: r.id }));
  const current = finanzierungValue(row.finanzierung);
  if (!out.some((o) => o.value === current)) out.push(option(row.finanzierung));
  return out;
}

const patch = (rowId: string, p: RowPatch): Command => ({ type: 'patchRow', rowId, patch: p });
const YES_NO = (): ChoiceOption[] => [
  { value: 'nein', label: 'nein' },
  { value: 'ja', label: 'ja' },
];

/** The dropdown of a choice cell of an instrument row: its options, value and command. */
function choiceSpec(cell: ChoiceCell): CellSpec {
  const id = cell.rowId;
  switch (cell.field) {
    case 'kategorie':
      return {
        kind: 'choice',
        options: kategorieOptions,
        get: (p) => findInstrumentRow(p, id)?.kategorie ?? '',
        set: (v) => patch(id, { kategorie: v === '' ? null : v }),
      };
    case 'finanzierung':
      return {
        kind: 'choice',
        options: (p) => {
          const loc = rowIndex(p).get(id);
          const r = findInstrumentRow(p, id);
          return r ? finanzierungOptions(p, r, loc ? p.schwerpunkte[loc.areaIndex] : undefined) : [];
        },
        get: (p) => {
          const r = findInstrumentRow(p, id);
          return r ? finanzierungValue(r.finanzierung) : 'EGT';
        },
        display: (p) => {
          const r = findInstrumentRow(p, id);
          // The narrow column takes the short text; the dropdown names programmes in full.
          return r ? finanzierungText(p, r.finanzierung, true) : '';
        },
        set: (v) => patch(id, { finanzierung: finanzierungFromValue(v) }),
      };
    case 'nachrichtlich':
    case 'fbw': {
      const field = cell.field;
      return {
        kind: 'choice',
        options: YES_NO,
        get: (p) => (findInstrumentRow(p, id)?.[field] ? 'ja' : 'nein'),
        display: (p) => (findInstrumentRow(p, id)?.[field] ? 'ja' : ''),
        set: (v) => patch(id, { [field]: v === 'ja' }),
      };
    }
    case 'zielgruppenAnteil':
      return anteilChoice(cell);
    default:
      // The Ziele sheet's dropdowns are built by its own grid (renderer/grids/zieleChoices.ts).
      return isZielChoice(cell.field)
        ? { kind: 'label', text: cell.text }
        : budgetChoiceSpec({ ...cell, field: cell.field });
  }
}

const ZIEL_CHOICES: ReadonlySet<ChoiceField> = new Set<ZielChoiceField>([
  'zielbereich',
  'kennzahl',
  'segment',
  'zielart',
  'vorjahrQuelle',
  'erreicht',
]);
const isZielChoice = (f: ChoiceField): f is ZielChoiceField => ZIEL_CHOICES.has(f);

const OPTIONS = { choice: choiceSpec };

/** The grid row of one instrument row (a new row of a paste gets one before it exists). */
export function instrumentRow(plan: Plan, row: InstrumentRow, areaId: string): SheetRow {
  return gridRow(instrumentLine(plan, row, areaId), portfolioFrame(plan, false), OPTIONS);
}

export interface PortfolioModel {
  rows: SheetRow[];
  pinned: SheetRow[];
}

/**
 * The portfolio's rows from its outline; a collapsed area keeps its heading (which says how
 * many rows it hides) and its sums.
 */
export function buildPortfolioRows(plan: Plan, collapsed: ReadonlySet<string>): PortfolioModel {
  const model = gridModel(portfolioOutline(plan), OPTIONS);
  const rows = model.rows.filter(
    (r) => !(r.areaId && collapsed.has(r.areaId) && (r.kind === 'data' || r.kind === 'reference')),
  );
  for (const r of rows) {
    if (r.kind !== 'group' || !r.areaId || !collapsed.has(r.areaId)) continue;
    const areaId = r.areaId;
    r.cells.funktion = {
      kind: 'label',
      text: (s) => {
        const n = s.plan.schwerpunkte.find((x) => x.id === areaId)?.rows.length ?? 0;
        return `zugeklappt: ${n} ${n === 1 ? 'Zeile' : 'Zeilen'}`;
      },
    };
  }
  return { rows, pinned: model.pinned };
}

/**
 * Where the rows of a pasted block land in the portfolio: on the instrument rows of the area
 * from the cursor down, and on new rows at the end of that area for the rest (one undo step).
 */
export function portfolioPasteRows(
  plan: Plan,
  rows: readonly SheetRow[],
  startIndex: number,
  count: number,
): { rows: SheetRow[]; prelude?: Command } {
  const start = rows[startIndex];
  if (!start?.areaId) return { rows: rows.slice(startIndex, startIndex + count) as SheetRow[] };
  const areaId = start.areaId;
  const area = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!area) return { rows: [] };
  const targets: SheetRow[] = [];
  if (start.kind === 'data' || start.kind === 'reference') {
    for (let i = startIndex; i < rows.length && targets.length < count; i++) {
      const r = rows[i]!;
      if (r.areaId !== areaId || (r.kind !== 'data' && r.kind !== 'reference')) break;
      targets.push(r);
    }
  }
  const missing = count - targets.length;
  if (missing <= 0) return { rows: targets };
  const last = targets[targets.length - 1];
  const insertAt =
    start.kind === 'group'
      ? 0
      : last
        ? area.rows.findIndex((r) => r.id === last.planRowId) + 1
        : area.rows.length;
  const created = Array.from({ length: missing }, () => newInstrumentRow());
  const prelude: Command = {
    type: 'insertRows',
    rows: created.map((row, i) => ({ areaId, index: insertAt + i, row })),
  };
  return { rows: [...targets, ...created.map((r) => instrumentRow(plan, r, areaId))], prelude };
}
