/** The whole workbook's layout and the address of every input cell and derived figure in it. */
import type { FigureId } from '../../calc/expr';
import type { FigureDef } from '../../calc/figureDef';
import { figureTitle } from '../../calc/figureDef';
import type { Pruefung } from '../../checks/pruefung';
import type { RowFigureName } from '../../calc/portfolioTotals';
import type { CellKey, RowField } from '../../model/cellKey';
import type { InstrumentRow, Plan } from '../../model/plan';
import { haushaltOutline } from '../../outline/haushalt';
import type { Labels } from '../../outline/types';
import { bildungLayout } from './bildung';
import { deckblattLayout } from './deckblatt';
import { drittmittelLayout } from './drittmittel';
import { globalbudgetLayout } from './globalbudget';
import { verpflichtungenLayout } from './verpflichtungen';
import { haushaltLayout } from './haushalt';
import { kennzahlenLayout } from './kennzahlen';
import { portfolioLayout } from './portfolio';
import { pruefungenLayout } from './pruefungen';
import type { SheetLayout } from './types';
import { zieleLayout } from './ziele';
import { hasZielvereinbarung } from '../../model/ziele';
import { zielgruppenLayouts } from './zielgruppen';

/** Sheets in the order the board reads them. */
export function workbookLayout(
  plan: Plan,
  labels: Labels,
  pruefungen: readonly Pruefung[] = [],
  whereOf: (p: Pruefung) => string = () => '',
): SheetLayout[] {
  return [
    deckblattLayout(plan, labels, pruefungen),
    haushaltLayout(plan, haushaltOutline(plan, labels)),
    portfolioLayout(plan),
    bildungLayout(plan, labels),
    kennzahlenLayout(plan),
    drittmittelLayout(plan, labels),
    // A plan without a Zielvereinbarung has no Ziele sheet (nothing to fill in there).
    ...(hasZielvereinbarung(plan.zielvereinbarung) ? [zieleLayout(plan, labels)] : []),
    globalbudgetLayout(plan, labels),
    verpflichtungenLayout(plan, labels),
    ...zielgruppenLayouts(plan, labels),
    pruefungenLayout(plan, pruefungen, whereOf),
  ];
}

export interface CellAddress {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

export interface InputPlace extends CellAddress {
  label: string;
  /** Tag of the row in the hidden column A (the reader finds moved rows by it). */
  tag: string;
}

export interface AddressBook {
  inputs: Map<CellKey, InputPlace>;
  figures: Map<FigureId, CellAddress>;
}

const doubled = (key: string): Error => new Error(`Zelle für ${key} ist im Layout doppelt vergeben.`);

/** One lookup per key (set, then compare sizes): the portfolio has tens of thousands. */
function once<V>(map: Map<string, V>, key: string, value: V): void {
  const size = map.size;
  if (map.set(key, value).size === size) throw doubled(key);
}

/**
 * Every input key and figure id with its cell. A figure whose expression is just `input(key)`
 * (the typed side of the Umschichtung pair, a "darunter" line) shares the input's cell.
 */
export function addressBook(
  layouts: readonly SheetLayout[],
  defOf: (id: FigureId) => FigureDef | undefined,
): AddressBook {
  const inputs = new Map<CellKey, InputPlace>();
  const figures = new Map<FigureId, CellAddress>();
  for (const layout of layouts)
    layout.rows.forEach((r, i) => {
      for (const c of r.cells) {
        const content = c.content;
        // Text cells (most of a sheet) need no address: build one only for inputs and figures.
        if (content.kind === 'input') {
          const place = {
            sheet: layout.name,
            row: i + 1,
            col: c.col,
            label: content.label,
            tag: r.tag ?? '',
          };
          once(inputs, content.key, place);
        } else if (content.kind === 'figure') {
          const at: CellAddress = { sheet: layout.name, row: i + 1, col: c.col };
          once(figures, content.id, at);
          const def = defOf(content.id);
          if (def?.expr.op === 'input')
            once(inputs, def.expr.key, { ...at, label: figureTitle(def), tag: r.tag ?? '' });
        }
      }
    });
  return { inputs, figures };
}

/** The cells of one instrument row that name their row (CellContent `input` and `figure`): one line. */
export interface RowCells {
  sheet: string;
  /** 1-based. */
  row: number;
  tag: string;
  inputs: Partial<Record<RowField, { col: number; label: string }>>;
  figures: Partial<Record<RowFigureName, number>>;
}

/** Finds a cell by input key or figure id. */
export interface CellFinder {
  input: (key: CellKey) => InputPlace | undefined;
  figure: (id: FigureId) => CellAddress | undefined;
}

/**
 * The addresses of {@link addressBook} for the export, without a key string per cell: the cells
 * that name their instrument row are held by row object (a 10.000-row plan has 80.000 of them),
 * the others by key. A row cell's key is parsed only when it is asked for by key.
 */
export interface CellPlaces extends CellFinder {
  rows: Map<InstrumentRow, RowCells>;
  /** Figure cells whose figure `defOf` knows (each figure has one cell at most). */
  figureCells: number;
}

export function cellPlaces(
  layouts: readonly SheetLayout[],
  defOf: (id: FigureId) => FigureDef | undefined,
): CellPlaces {
  const inputs = new Map<CellKey, InputPlace>();
  const figures = new Map<FigureId, CellAddress>();
  const rows = new Map<InstrumentRow, RowCells>();
  let figureCells = 0;
  for (const layout of layouts)
    layout.rows.forEach((r, i) => {
      let lastRow: InstrumentRow | undefined;
      let last: RowCells | undefined;
      // The row's cells of this line; undefined when the row has cells in another line (there
      // is none): those are held by key.
      const lineOf = (row: InstrumentRow): RowCells | undefined => {
        if (row !== lastRow) {
          lastRow = row;
          last = rows.get(row);
          if (last === undefined) {
            last = { sheet: layout.name, row: i + 1, tag: r.tag ?? '', inputs: {}, figures: {} };
            rows.set(row, last);
          } else if (last.sheet !== layout.name || last.row !== i + 1) last = undefined;
        }
        return last;
      };
      for (const c of r.cells) {
        const content = c.content;
        if (content.kind === 'input') {
          const cells = content.row && content.field && lineOf(content.row);
          if (cells && content.field) {
            if (cells.inputs[content.field] !== undefined) throw doubled(content.key);
            cells.inputs[content.field] = { col: c.col, label: content.label };
            continue;
          }
          once(inputs, content.key, {
            sheet: layout.name,
            row: i + 1,
            col: c.col,
            label: content.label,
            tag: r.tag ?? '',
          });
        } else if (content.kind === 'figure') {
          const cells = content.row && content.name && lineOf(content.row);
          if (cells && content.name) {
            if (cells.figures[content.name] !== undefined) throw doubled(content.id);
            cells.figures[content.name] = c.col;
            figureCells++;
            continue;
          }
          const at: CellAddress = { sheet: layout.name, row: i + 1, col: c.col };
          once(figures, content.id, at);
          const def = defOf(content.id);
          if (def) figureCells++;
          if (def?.expr.op === 'input')
            once(inputs, def.expr.key, { ...at, label: figureTitle(def), tag: r.tag ?? '' });
        }
      }
    });

  // A row cell's key, `row.<id>.<name>` (ids may contain dots), parsed when it is asked for.
  let byId: Map<string, RowCells> | undefined;
  const rowCellsOf = (key: string): { cells: RowCells; name: string } | undefined => {
    const dot = key.lastIndexOf('.');
    if (!key.startsWith('row.') || dot <= 4) return undefined;
    if (byId === undefined) {
      byId = new Map();
      for (const [row, cells] of rows) byId.set(row.id, cells);
    }
    const cells = byId.get(key.slice(4, dot));
    return cells && { cells, name: key.slice(dot + 1) };
  };
  const linkedInput = (key: CellKey): InputPlace | undefined => {
    const at = rowCellsOf(key);
    const cell = at && (at.cells.inputs as Partial<Record<string, { col: number; label: string }>>)[at.name];
    return (
      at &&
      cell && {
        sheet: at.cells.sheet,
        row: at.cells.row,
        col: cell.col,
        label: cell.label,
        tag: at.cells.tag,
      }
    );
  };
  const linkedFigure = (id: FigureId): CellAddress | undefined => {
    const at = rowCellsOf(id);
    const col = at && (at.cells.figures as Partial<Record<string, number>>)[at.name];
    return at && col !== undefined ? { sheet: at.cells.sheet, row: at.cells.row, col } : undefined;
  };
  // A key held by key that a row's cell holds too is doubled as well (addressBook's rule).
  for (const key of inputs.keys()) if (key.startsWith('row.') && linkedInput(key)) throw doubled(key);
  for (const id of figures.keys()) if (id.startsWith('row.') && linkedFigure(id)) throw doubled(id);
  return {
    rows,
    figureCells,
    input: (key) => inputs.get(key) ?? linkedInput(key),
    figure: (id) => figures.get(id) ?? linkedFigure(id),
  };
}
