/**
 * The outline of a sheet: its tables, columns and lines, written once in `shared/` and drawn by
 * three renderers: the grid (`renderer/grids/outlineGrid.ts`), the Excel layout
 * (`shared/excel/layout/outlineLayout.ts`) and the print pack (`renderer/print/outlineTable.ts`).
 * A line names its cells by input key (`CellKey`) or figure id; the German label of a figure
 * comes from its definition (`FigureDef.label`), never from here.
 *
 * What one renderer needs and the others do not is said here too, by name: a column's width per
 * renderer, `only` for a line one renderer leaves out, `gridId` where the grid keys a row by the
 * plan's row id. The renderers decide the look (bold, borders, the hidden tag column).
 */
import type { FigureId } from '../calc/expr';
import type { TextTarget } from '../commands/command';
import type { RowFigureName } from '../calc/portfolioTotals';
import type { CellKey, RowField } from '../model/cellKey';
import type { BudgetChoiceField } from '../actions/budgetChoices';

/** The three places a sheet is drawn. */
export type Renderer = 'grid' | 'excel' | 'print';

/**
 * How a number is shown: `eur` 1.234.567 € (in Mio. € where the table says `mio`), `count`
 * 8.761, `ratio` 23,6 %, `ratioWhole` 24 % (Kennzahlen' Vergleich); for the Ziele: `change` a
 * relative change +2,00 %, `pp` percentage points +2,1 Pp., `factor` 2,6, `flag` erreicht;
 * `decimal` 12,5 (VZÄ), `schluessel` 1:85 (a caseload: Kunden je VZÄ).
 */
export type Format =
  'eur' | 'count' | 'ratio' | 'ratioWhole' | 'change' | 'pp' | 'factor' | 'flag' | 'decimal' | 'schluessel';

/**
 * What a line is: `data` an ordinary line, `group` a heading inside a table, `subtotal` and
 * `total` sums, `nachrichtlich` shown for information and in no sum, `reference` a line shown
 * again from elsewhere, `note` an explanation.
 */
export type LineStyle = 'data' | 'group' | 'subtotal' | 'total' | 'nachrichtlich' | 'reference' | 'note';

/** A value shown again read-only: a figure, or an input that lives in another line. */
export type ValueRef = { fig: FigureId } | { input: CellKey };

interface NumberCell {
  format: Format;
  /** Shown in parentheses: a nachrichtlich value, in no sum. */
  nachrichtlich?: boolean;
  /** Not recorded in the plan (a Vorjahr left empty): print leaves it blank, the grid and the workbook show the value. */
  unrecorded?: boolean;
  /** Decimal places shown where the format's default does not fit (percent for ratios and changes). */
  digits?: number;
}

export type OutlineCell =
  /**
   * A typed number. `label` names it in messages (import, change list). `figure`: the input
   * is one side of a typed-as-either pair (Umschichtung as amount or share); the cell shows
   * that figure, and the workbook writes the figure's formula where the other side is typed.
   */
  | ({
      kind: 'input';
      key: CellKey;
      label: string;
      figure?: FigureId;
      /**
       * A range of cases ("60–150", a kommunal row): this input is the lower end, `bis` the
       * upper. The grid edits both in one cell, print shows "60–150"; the workbook has a column
       * of its own for the upper end (a line puts that input there too).
       */
      bis?: CellKey;
      /**
       * Shown while the input is empty (a reference's part: its owner's value). `shown`: the
       * input is empty now, so the workbook mirrors `key` of the fallback instead of an input.
       */
      fallback?: { key: CellKey; shown: boolean };
      /** An instrument row's own cell: `key` is `row.<the line's planRowId>.<rowField>`. */
      rowField?: RowField;
    } & NumberCell)
  /** A derived figure: read-only, its formula in the workbook. `bis`: a range (von this, bis that figure). */
  | ({
      kind: 'figure';
      id: FigureId;
      bis?: FigureId;
      /** An instrument row's own figure: `id` is `row.<the line's planRowId>.<rowFigure>`. */
      rowFigure?: RowFigureName;
    } & NumberCell)
  /** A value whose own cell is elsewhere, shown again (the workbook writes `=<ref>`); `bis`: a range. */
  | ({ kind: 'view'; ref: ValueRef; bis?: CellKey } & NumberCell)
  /** A fixed text; `span`: print runs it over this many columns. */
  | { kind: 'text'; text: string; span?: number }
  /** A name the planner edits in the grid (a Zuweisung, an area); the others print `text`. */
  | { kind: 'name'; target: TextTarget; text: string; multiline?: boolean; span?: number }
  /**
   * A field the grid edits with a dropdown (Förderkategorie, Finanzierung, the nachrichtlich
   * and FbW flags of a portfolio row); the others print `text`.
   */
  | {
      kind: 'choice';
      rowId: string;
      field: ChoiceField;
      text: string;
      /** The target group a share belongs to (field `zielgruppenAnteil`). */
      zielgruppeId?: string;
      /** A shorter text for print's narrow column. */
      short?: string;
      /** The dialogue of an `erreicht` choice. */
      dialogId?: string;
    }
  /** A figure inside a sentence ("23,6 % des verfügbaren EGT"); the grid keeps it current. */
  | { kind: 'phrase'; id: FigureId; format: Format; before?: string; after?: string };

export type InputOutlineCell = Extract<OutlineCell, { kind: 'input' }>;
export type FigureOutlineCell = Extract<OutlineCell, { kind: 'figure' }>;

export type ChoiceField =
  | 'kategorie'
  | 'finanzierung'
  | 'nachrichtlich'
  | 'fbw'
  | 'zielgruppenAnteil'
  | ZielChoiceField
  | BudgetChoiceField;

/** The dropdowns of a target (rowId: the target's id) and of a dialogue's judgement (with dialogId). */
export type ZielChoiceField =
  'zielbereich' | 'kennzahl' | 'segment' | 'zielart' | 'vorjahrQuelle' | 'erreicht';

export interface OutlineRow {
  /** Stable and unique in its table: the workbook's row tag (hidden column A) and the grid's row id. */
  id: string;
  style: LineStyle;
  /** By column id; a column without a cell stays empty. */
  cells: Partial<Record<string, OutlineCell>>;
  /** Indented under the line above (Kennzahlen lines, the Umschichtungsquote, Zuweisungen). */
  level?: 1;
  /** Drawn only by these renderers (a line one of them has no use for). */
  only?: readonly Renderer[];
  /** The grid's row id where it differs from `id` (portfolio rows use the plan's row id). */
  gridId?: string;
  /** The grid pins the line below the scrolling rows (sums of long tables). */
  pinned?: boolean;
  /** The plan row (instrument, reference, Zuweisung, programme) the line stands for. */
  planRowId?: string;
  /** The Handlungsschwerpunkt the line belongs to (portfolio). */
  areaId?: string;
  /**
   * Every input, figure and text cell the line shows is its plan row's own (`row.<planRowId>.…`,
   * `eb.<planRowId>`, the row's texts): the grid files the line under its plan row without
   * reading its cells (a Land plan has 60.000 such lines, whose cells are made only when drawn).
   */
  ownRowOnly?: boolean;
}

export interface OutlineColumn {
  id: string;
  /** German header; `\u00AD` marks where it may break (Excel writes a hyphen there). */
  header: string;
  align: 'left' | 'right';
  /** Width in pixels in the grid; absent: the grid has no such column. */
  grid?: {
    width: number;
    minWidth?: number;
    flex?: number;
    pinned?: 'left';
    wrap?: boolean;
    /** A shorter header for a narrow column, with the full one as tooltip. */
    header?: string;
    tooltip?: string;
  };
  /** Width in characters in the workbook; absent: the workbook has no such column. */
  excel?: {
    width: number;
    wrap?: boolean;
    header?: string;
    /** The workbook has no column of its own for this one: it writes its text before this column's (`1. Name`). */
    joinFrom?: string;
  };
  /** Share of the printed table's width in percent; absent: print leaves the column out. */
  print?: { width: number; header?: string };
}

export interface OutlineTable {
  id: string;
  /** Caption in print, section heading in the workbook. */
  caption: string;
  columns: OutlineColumn[];
  rows: OutlineRow[];
  /** Column order where a renderer differs from `columns` (the workbook's columns are fixed by its formulas). */
  order?: Partial<Record<Renderer, readonly string[]>>;
  /** Renderers that show amounts in Mio. € (the workbook's Haushalt, the Eckwerte). */
  mio?: readonly Renderer[];
  /** Explanations printed under the table (the workbook says its own in note lines). */
  notes?: readonly string[];
}

/** The figure labels an outline is built with (from the plan's definitions). */
export interface Labels {
  /** The plain German label of a figure ("Summe Eingliederungsmittel"). */
  of(id: FigureId): string;
  /** The label with the figure's year where it has one ("Anteil am verfügbaren EGT 2016"). */
  title(id: FigureId): string;
}

/** Whether `row` is drawn by `renderer`. */
export const drawnBy = (row: { only?: readonly Renderer[] }, renderer: Renderer): boolean =>
  row.only === undefined || row.only.includes(renderer);

// Renderers ask per line (a Land plan has 60.000): the answer is kept per columns array.
const columnCache = new WeakMap<readonly OutlineColumn[], Partial<Record<Renderer, OutlineColumn[]>>>();

/** The columns a renderer draws, in its order. */
export function columnsFor(table: OutlineTable, renderer: Renderer): OutlineColumn[] {
  let cached = columnCache.get(table.columns);
  if (!cached) columnCache.set(table.columns, (cached = {}));
  const hit = cached[renderer];
  if (hit) return hit;
  const order = table.order?.[renderer];
  const columns = order
    ? order.map((id) => {
        const c = table.columns.find((x) => x.id === id);
        if (!c) throw new Error(`Spalte ${id} fehlt in der Gliederung ${table.id}.`);
        return c;
      })
    : table.columns.filter((c) => c[renderer] !== undefined);
  cached[renderer] = columns;
  return columns;
}

/** A plain column by its width in each renderer (grid px, workbook characters, print %); a renderer without a width leaves it out. */
export function column(
  id: string,
  header: string,
  align: 'left' | 'right',
  widths: { grid?: number; excel?: number; print?: number },
): OutlineColumn {
  return {
    id,
    header,
    align,
    ...(widths.grid !== undefined ? { grid: { width: widths.grid } } : {}),
    ...(widths.excel !== undefined ? { excel: { width: widths.excel } } : {}),
    ...(widths.print !== undefined ? { print: { width: widths.print } } : {}),
  };
}
