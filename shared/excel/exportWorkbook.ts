/**
 * The Trägerversammlung pack as an .xlsx workbook with live formulas. Every derived figure is
 * the calculation core's own expression rendered as Excel formula text (formulaText.ts) over
 * this workbook's cell layout (layout/*.ts), with the value the app computed cached beside it,
 * so viewers that never recalculate still show the right numbers. Inputs are plain values, or
 * the user's own `=` formula; they are filled and unlocked, everything else is protected (no
 * password). A very hidden sheet `_amip` carries what the importer needs to read it back.
 */
import ExcelJS from 'exceljs';
import { Calculation } from '../calc/engine';
import { evaluate } from '../calc/evaluate';
import type { Lookup } from '../calc/evaluate';
import type { Expr, FigureId, InputExpr } from '../calc/expr';
import type { FigureDef } from '../calc/figureDef';
import { figureTitle } from '../calc/figureDef';
import type { Pruefung } from '../checks/pruefung';
import { runChecks } from '../checks/runChecks';
import type { CellKey, RowField } from '../model/cellKey';
import { ROW_FIELDS } from '../model/cellKey';
import { rowFigure, rowFigureExpr } from '../calc/portfolioTotals';
import { findInstrumentRow, readInput } from '../model/inputs';
import type { InstrumentRow, Num, Plan } from '../model/plan';
import type { FormulaRef } from './formulaText';
import { DEFAULT_MAX_SUM_CHARS, containsSum, emptiness, renderExpr } from './formulaText';
import type { Emptiness } from './formulaText';
import { labelsOf } from '../outline/labels';
import { addressBook, cellPlaces, workbookLayout } from './layout';
import type { AddressBook, CellAddress, CellPlaces } from './layout';
import type { LayoutCell, NumberStyle, RowStyle, SheetLayout } from './layout/types';
import { TAG_COL, colName } from './layout/types';
import { exportableFormula } from './userFormula';
import { META_SHEET, writeMeta } from './workbookMeta';
import { writeNotes } from './writeNotes';
import { writeXlsx } from './xlsxPackage';
import { SheetData } from './sheetXml';
import type { XmlRow } from './sheetXml';

export interface ExportOptions {
  /** The open checks to list; computed with runChecks when left out. */
  pruefungen?: readonly Pruefung[];
  /** Embedded as the workbook's creation date (tests pass a fixed one). */
  now?: Date;
  /** Longest argument list of one SUM before it is split into partial sums (DEFAULT_MAX_SUM_CHARS). */
  maxSumChars?: number;
}

/** Hidden sheet with the partial sums of very long sums (see formulaText.ts, `spill`). */
export const HELPER_SHEET = 'Hilfssummen';
const HELPER_FIRST_ROW = 4;

const INPUT_FILL = 'FFFFF2CC';
const HEADER_FILL = 'FFDDE5F0';
const AREA_FILL = 'FFEDEDED';
const GREY = 'FF7F7F7F';

/** Signed: a change and percentage points show their "+" (a difference of rates is "Pp.", never "%"). */
const signed = (body: string): string => `+${body};[Red]-${body};${body}`;

const NUMBER_FORMATS: Record<NumberStyle, string> = {
  eur: '#,##0 "€";[Red]-#,##0 "€"',
  eurMio: '#,##0.00,, "Mio. €";[Red]-#,##0.00,, "Mio. €"',
  count: '#,##0;[Red]-#,##0',
  ratio: '0.0 %;[Red]-0.0 %',
  ratioWhole: '0 %;[Red]-0 %',
  ratio2: '0.00 %;[Red]-0.00 %',
  ratio3: '0.000 %;[Red]-0.000 %',
  ratio4: '0.0000 %;[Red]-0.0000 %',
  ratio5: '0.00000 %;[Red]-0.00000 %',
  change1: signed('0.0 %'),
  change2: signed('0.00 %'),
  pp1: signed('0.0 "Pp."'),
  pp2: signed('0.00 "Pp."'),
  pp3: signed('0.000 "Pp."'),
  factor1: '0.0',
  flag: '"erreicht";"erreicht";"nicht erreicht"',
  decimal: '#,##0.##;[Red]-#,##0.##',
  schluessel: '"1:"#,##0',
};

/** Nachrichtlich figures are shown in parentheses (fachkonzept §4); the Ziele have none. */
const NACHRICHTLICH_FORMATS: Record<NumberStyle, string> = {
  ...NUMBER_FORMATS,
  eur: '(#,##0 "€")',
  eurMio: '(#,##0.00,, "Mio. €")',
  count: '(#,##0)',
  ratio: '(0.0 %)',
  ratioWhole: '(0 %)',
  decimal: '(#,##0.##)',
  schluessel: '("1:"#,##0)',
  factor1: '(0.0)',
};

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Header/footer text is a format string: a literal & is written &&. */
const hf = (s: string): string => s.replace(/&/g, '&&');

export function addressText(at: CellAddress, fromSheet: string): string {
  const cell = `${colName(at.col)}${at.row}`;
  return at.sheet === fromSheet ? cell : `${quoteSheet(at.sheet)}!${cell}`;
}

/** How formulas on one sheet name their references (see FormulaContext). */
interface Resolver {
  resolve: (ref: FormulaRef) => string;
  resolveInput: (x: InputExpr) => string;
}

/**
 * The formula resolver for cells on `sheet`: defined names for key figures, addresses otherwise.
 * One per sheet for the whole export: an instrument row's cells are remembered by row object
 * and field, so the sums over thousands of rows and the row's own figures build and hash each
 * key string once per sheet, not per reference.
 */
function resolverFor(ctx: WriteContext, sheet: string): Resolver {
  const known = ctx.resolvers.get(sheet);
  if (known) return known;
  const { places, defOf, inputNames } = ctx;
  const resolve = (ref: FormulaRef): string => {
    if ('fig' in ref) {
      const name = defOf(ref.fig)?.definedName;
      if (name) return name;
      const at = places.figure(ref.fig);
      if (!at) throw new Error(`Kennzahl ${ref.fig} hat keine Zelle im Excel-Layout.`);
      return addressText(at, sheet);
    }
    const name = inputNames.get(ref.input);
    if (name) return name;
    const at = places.input(ref.input);
    if (!at) throw new Error(`Eingabe ${ref.input} hat keine Zelle im Excel-Layout.`);
    return addressText(at, sheet);
  };
  const rowCells = new Map<InstrumentRow, Partial<Record<RowField, string>>>();
  // A row's figures read its own cells one after the other: the last row is at hand.
  let lastRow: InstrumentRow | undefined;
  let lastCells: Partial<Record<RowField, string>> = {};
  const resolveInput = (x: InputExpr): string => {
    const { row, field } = x;
    if (row === undefined || field === undefined) return resolve({ input: x.key });
    if (row !== lastRow) {
      let cells = rowCells.get(row);
      if (cells === undefined) {
        cells = {};
        rowCells.set(row, cells);
      }
      lastRow = row;
      lastCells = cells;
    }
    return (lastCells[field] ??= rowCellText(ctx, row, field, sheet) ?? resolve({ input: x.key }));
  };
  const resolver = { resolve, resolveInput };
  ctx.resolvers.set(sheet, resolver);
  return resolver;
}

function rowCellText(
  ctx: WriteContext,
  row: InstrumentRow,
  field: RowField,
  sheet: string,
): string | undefined {
  // A row's cell named by a defined name (there is none) is found by key: names win.
  const place = ctx.namedRowInputs ? undefined : ctx.places.rows.get(row);
  const col = place?.inputs[field]?.col;
  return place === undefined || col === undefined
    ? undefined
    : addressText({ sheet: place.sheet, row: place.row, col }, sheet);
}

const cached = (v: Num): number | string => (v === null ? '' : v);

interface WriteContext {
  plan: Plan;
  calc: Calculation;
  defOf: (id: FigureId) => FigureDef | undefined;
  /** The plan figures' definitions (no row figure), in `definitions()` order. */
  planDefs: readonly FigureDef[];
  places: CellPlaces;
  figureEmptiness: (id: FigureId) => Emptiness;
  /** A typed key figure (e.g. the Umschichtungsquote typed as %) is named too: its input uses the name. */
  inputNames: Map<CellKey, string>;
  maxSumChars: number;
  /** Partial sums written to the helper sheet, in row order. */
  helpers: { label: string; formula: string; value: Num }[];
  /** By sheet name (resolverFor). */
  resolvers: Map<string, Resolver>;
  /** A defined name stands for a row's input cell: such cells are found by key. */
  namedRowInputs: boolean;
  /**
   * The typed formulas of row cells (`row.<id>.<field>`) by row id and field: a row's cell
   * finds its formula without its key string (`formeln[key]` hashed 40.000 of them).
   */
  rowFormeln: Map<string, Partial<Record<string, string>>>;
}

/** A `spill` callback for formulaText: each partial sum becomes a formula cell on the helper sheet. */
function spillFor(ctx: WriteContext, label: string): (partial: Expr) => string {
  const lookup: Lookup = {
    input: (ref) => readInput(ctx.plan, ref.key) ?? null,
    fig: (id) => ctx.calc.get(id),
  };
  const spill = (partial: Expr): string => {
    const n = ctx.helpers.length;
    ctx.helpers.push({ label: `${label}, Teilsumme ${n + 1}`, formula: '', value: null });
    const { resolve, resolveInput } = resolverFor(ctx, HELPER_SHEET);
    const formula = renderExpr(partial, {
      resolve,
      resolveInput,
      figureEmptiness: ctx.figureEmptiness,
      spill,
      maxSumChars: ctx.maxSumChars,
    });
    ctx.helpers[n] = { ...ctx.helpers[n]!, formula, value: evaluate(partial, lookup) };
    return `${quoteSheet(HELPER_SHEET)}!C${HELPER_FIRST_ROW + n}`;
  };
  return spill;
}

function inputCellValue(
  ctx: WriteContext,
  key: CellKey,
  row?: InstrumentRow,
  field?: RowField,
): ExcelJS.CellValue {
  // An instrument row's cell names its row (layout/portfolio.ts): what readInput finds by key.
  const linked = row !== undefined && field !== undefined;
  const value = (linked ? row[field] : readInput(ctx.plan, key)) ?? null;
  if (value === null) return null;
  const typed = linked ? ctx.rowFormeln.get(row.id)?.[field] : ctx.plan.formeln[key];
  const formula = typed === undefined ? null : exportableFormula(typed, value);
  return formula === null ? value : { formula, result: value };
}

/**
 * Cell styles. ExcelJS registers a style per cell when it writes (StylesXform.addStyleModel
 * renders the font, border, fill and the whole xf as XML to look them up) unless it has seen
 * the cell's style object before (a WeakMap on object identity). So every part below is one
 * shared object, a cell's style is assembled from parts in a {@link Draft}, and cells with the
 * same parts get one shared, never mutated style object ({@link StyleCache}).
 */
type Font = Partial<ExcelJS.Font>;
type Alignment = Partial<ExcelJS.Alignment>;
type Borders = Partial<ExcelJS.Borders>;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const FILLS = { input: solid(INPUT_FILL), header: solid(HEADER_FILL), area: solid(AREA_FILL) };
const FONTS = {
  bold: { bold: true },
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: { argb: GREY } },
  section: { bold: true, size: 12 },
  grey: { color: { argb: GREY } },
  reference: { italic: true, color: { argb: GREY } },
  note: { italic: true },
} satisfies Record<string, Font>;
const INPUT_BORDER: Borders = { bottom: { style: 'hair', color: { argb: 'FFBFBFBF' } } };
const HEADER_BORDER: Borders = { bottom: { style: 'thin' } };
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };
/** A wrapping column's own alignment (and so the start of each of its cells' alignment). */
const COLUMN_WRAP: Alignment = { wrapText: true, vertical: 'top' };
const SPANNING: Alignment = { wrapText: false, vertical: 'top' };
const SPANNING_NOTE: Alignment = { wrapText: true, vertical: 'top' };
const HEADER_ALIGN_LEFT: Alignment = { wrapText: true, vertical: 'middle', horizontal: 'left' };
const HEADER_ALIGN_CENTER: Alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };

/** `make(base)` once per base object: derived parts stay shared objects too. */
function derived<T extends object>(make: (base: T | undefined) => T): (base: T | undefined) => T {
  const memo = new Map<T | undefined, T>();
  return (base) => {
    let part = memo.get(base);
    if (part === undefined) {
      part = make(base);
      memo.set(base, part);
    }
    return part;
  };
}
const wrapTop = derived<Alignment>((a) => ({ ...a, wrapText: true, vertical: 'top' }));
const wrapMiddle = derived<Alignment>((a) => ({ ...a, wrapText: true, vertical: 'middle' }));
const alignTop = derived<Alignment>((a) => ({ ...a, vertical: 'top' }));
const borderSubtotal = derived<Borders>((b) => ({ ...b, top: { style: 'thin' } }));
const borderTotal = derived<Borders>((b) => ({ ...b, top: { style: 'thin' }, bottom: { style: 'double' } }));

/** The style parts of one cell. */
interface StyleParts {
  numFmt: string | undefined;
  font: Font | undefined;
  fill: ExcelJS.Fill | undefined;
  border: Borders | undefined;
  alignment: Alignment | undefined;
  protection: Partial<ExcelJS.Protection> | undefined;
}

/** The style parts of one cell while its row is written. */
interface Draft extends StyleParts {
  used: boolean;
  /** The parts and style of this column's last cell: the next row's cell mostly has the same. */
  last: (StyleParts & { style: Partial<ExcelJS.Style> }) | undefined;
}

/** One style object per combination of parts, for the whole workbook. */
class StyleCache {
  private readonly ids = new Map<unknown, number>();
  private readonly styles = new Map<number, Partial<ExcelJS.Style>>();

  private id(part: unknown): number {
    if (part === undefined) return 0;
    let n = this.ids.get(part);
    if (n === undefined) {
      // The parts are the shared constants above and their derived variants: a few dozen.
      if (this.ids.size >= 255) throw new Error('Zu viele verschiedene Zellformate für die Formatliste.');
      n = this.ids.size + 1;
      this.ids.set(part, n);
    }
    return n;
  }

  styleOf(d: Draft): Partial<ExcelJS.Style> {
    const last = d.last;
    if (
      last !== undefined &&
      last.numFmt === d.numFmt &&
      last.font === d.font &&
      last.fill === d.fill &&
      last.border === d.border &&
      last.alignment === d.alignment &&
      last.protection === d.protection
    )
      return last.style;
    const style = this.lookUp(d);
    d.last = {
      numFmt: d.numFmt,
      font: d.font,
      fill: d.fill,
      border: d.border,
      alignment: d.alignment,
      protection: d.protection,
      style,
    };
    return style;
  }

  private lookUp(d: StyleParts): Partial<ExcelJS.Style> {
    // Six part ids below 256 as one number (< 2^48): no key string per cell.
    const key =
      ((((this.id(d.numFmt) * 256 + this.id(d.font)) * 256 + this.id(d.fill)) * 256 + this.id(d.border)) *
        256 +
        this.id(d.alignment)) *
        256 +
      this.id(d.protection);
    let style = this.styles.get(key);
    if (style === undefined) {
      style = {};
      if (d.numFmt !== undefined) style.numFmt = d.numFmt;
      if (d.font !== undefined) style.font = d.font;
      if (d.alignment !== undefined) style.alignment = d.alignment;
      if (d.border !== undefined) style.border = d.border;
      if (d.fill !== undefined) style.fill = d.fill;
      if (d.protection !== undefined) style.protection = d.protection;
      this.styles.set(key, style);
    }
    return style;
  }
}

/** Writes the cell's value; true when it is an input (filled, unlocked). */
function writeCellValue(
  ctx: WriteContext,
  resolver: Resolver,
  cell: { value: ExcelJS.CellValue },
  spec: LayoutCell,
): boolean {
  const c = spec.content;
  switch (c.kind) {
    case 'text':
      cell.value = c.text;
      return false;
    case 'value':
      cell.value = c.value;
      return false;
    case 'input':
      cell.value = inputCellValue(ctx, c.key, c.row, c.field);
      return true;
    case 'figure': {
      // A row figure's cell names its row: expression and value without its key string.
      const { row, name } = c;
      const def = row === undefined || name === undefined ? ctx.defOf(c.id) : undefined;
      if (!def && (row === undefined || name === undefined))
        throw new Error(`Kennzahl ${c.id} ist im Rechenkern nicht definiert.`);
      // A row figure's expression is built each time it is read (calc/portfolioTotals.ts): once here.
      const expr = def ? def.expr : rowFigureExpr(row!, name!);
      if (expr.op === 'input') {
        // Typed by the user (e.g. the Umschichtungsquote): the cell holds the input itself.
        cell.value = inputCellValue(ctx, expr.key);
        return true;
      }
      const formula = renderExpr(expr, {
        resolve: resolver.resolve,
        resolveInput: resolver.resolveInput,
        figureEmptiness: ctx.figureEmptiness,
        // Only a sum can spill to the helper sheet (and a row figure's label is built on demand).
        spill: containsSum(expr) ? spillFor(ctx, figureTitle(def ?? rowFigure(row!, name!))) : undefined,
        maxSumChars: ctx.maxSumChars,
      });
      const value = def ? ctx.calc.get(c.id) : ctx.calc.rowFigureValue(row!, name!);
      cell.value = { formula, result: cached(value) };
      return false;
    }
    case 'mirror': {
      const value = 'fig' in c.ref ? ctx.calc.get(c.ref.fig) : (readInput(ctx.plan, c.ref.input) ?? null);
      const expr: Expr = 'fig' in c.ref ? { op: 'fig', id: c.ref.fig } : { op: 'input', key: c.ref.input };
      const formula = renderExpr(expr, {
        resolve: resolver.resolve,
        resolveInput: resolver.resolveInput,
        figureEmptiness: ctx.figureEmptiness,
      });
      cell.value = { formula, result: cached(value) };
      return false;
    }
  }
}

/** Row-wide formatting by the row's style, on the drafts of columns B … last (plain loops: per row). */
function styleRow(row: XmlRow, style: RowStyle, lastCol: number, draft: (col: number) => Draft): void {
  switch (style) {
    case 'title':
      draft(2).font = FONTS.title;
      row.height = 24;
      break;
    case 'subtitle':
      draft(2).font = FONTS.subtitle;
      break;
    case 'header':
      for (let col = 2; col <= lastCol; col++) {
        const d = draft(col);
        d.font = FONTS.bold;
        d.fill = FILLS.header;
        d.alignment = col === 2 ? HEADER_ALIGN_LEFT : HEADER_ALIGN_CENTER;
        d.border = HEADER_BORDER;
      }
      break;
    case 'section':
      draft(2).font = FONTS.section;
      break;
    case 'area':
      for (let col = 2; col <= lastCol; col++) {
        const d = draft(col);
        d.font = FONTS.bold;
        d.fill = FILLS.area;
      }
      break;
    case 'subtotal':
      for (let col = 2; col <= lastCol; col++) {
        const d = draft(col);
        d.font = FONTS.bold;
        d.border = borderSubtotal(d.border);
      }
      break;
    case 'total':
      for (let col = 2; col <= lastCol; col++) {
        const d = draft(col);
        d.font = FONTS.bold;
        d.border = borderTotal(d.border);
      }
      break;
    case 'nachrichtlich':
      for (let col = 2; col <= lastCol; col++) draft(col).font = FONTS.grey;
      break;
    case 'reference':
      for (let col = 2; col <= lastCol; col++) draft(col).font = FONTS.reference;
      break;
    case 'note':
      draft(2).font = FONTS.note;
      break;
    case 'data':
    case 'blank':
      break;
  }
}

/** Writes one sheet of the layout: ExcelJS holds its frame (columns, views, merges, protection), `SheetData` its cells. */
function writeSheet(
  wb: ExcelJS.Workbook,
  ctx: WriteContext,
  layout: SheetLayout,
  styles: StyleCache,
): [ExcelJS.Worksheet, SheetData] {
  const h = ctx.plan.header;
  const lastCol = layout.columns.length;
  const frozen = layout.headerRow > 0;
  const ws = wb.addWorksheet(layout.name, {
    views: frozen
      ? [
          {
            state: 'frozen',
            xSplit: 2,
            ySplit: layout.headerRow,
            topLeftCell: `C${layout.headerRow + 1}`,
            showGridLines: false,
          },
        ]
      : [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      // Manual page breaks (setPageBreaks) need a fixed scale; other sheets fit to one page wide.
      ...(layout.rows.some((r) => r.keepWithNext)
        ? { fitToPage: false, scale: scaleToWidth(layout) }
        : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      ...(frozen ? { printTitlesRow: `1:${layout.headerRow}` } : {}),
    },
    headerFooter: {
      oddFooter: `&L&8${hf(h.jobcenter)}&C&8${hf(`AMIP ${h.year} – ${h.variante} (${h.status})`)}&R&8Seite &P von &N`,
    },
  });
  layout.columns.forEach((spec, i) => {
    const col = ws.getColumn(i + 1);
    col.width = spec.width;
    if (spec.wrap) col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.getColumn(TAG_COL).hidden = true;
  const resolver = resolverFor(ctx, layout.name);
  const empty: Draft = {
    used: false,
    numFmt: undefined,
    font: undefined,
    fill: undefined,
    border: undefined,
    alignment: undefined,
    protection: undefined,
    last: undefined,
  };
  const tagStyle = styles.styleOf(empty);
  // One draft per column, reused from row to row.
  const drafts: Draft[] = layout.columns.map(() => ({ ...empty }));
  const draft = (col: number): Draft => {
    const d = drafts[col - 1]!;
    if (!d.used) {
      d.used = true;
      d.numFmt = undefined;
      d.font = undefined;
      d.fill = undefined;
      d.border = undefined;
      d.alignment = layout.columns[col - 1]?.wrap ? COLUMN_WRAP : undefined;
      d.protection = undefined;
    }
    return d;
  };
  const data = new SheetData();
  layout.rows.forEach((r, i) => {
    const row = data.row(i + 1);
    if (r.tag) {
      const tag = data.cell(i + 1, TAG_COL);
      tag.value = r.tag;
      tag.style = tagStyle;
    }
    // Titles and notes run across the sheet; a note wraps over the full width.
    const spanning =
      r.style === 'title' ||
      r.style === 'subtitle' ||
      r.style === 'note' ||
      r.style === 'area' ||
      r.style === 'section';
    let mergedFrom = 0;
    let lines = 1;
    for (const spec of r.cells) {
      const d = draft(spec.col);
      const isInput = writeCellValue(ctx, resolver, data.cell(i + 1, spec.col), spec);
      if (spec.format)
        d.numFmt =
          r.style === 'nachrichtlich' ? NACHRICHTLICH_FORMATS[spec.format] : NUMBER_FORMATS[spec.format];
      if (isInput) {
        d.fill = FILLS.input;
        d.protection = UNLOCKED;
        d.border = INPUT_BORDER;
      }
      if (spec.content.kind !== 'text') continue;
      if (spanning) {
        d.alignment = r.style === 'note' ? SPANNING_NOTE : SPANNING;
        if (r.style === 'note') {
          // The merged cells share the first one's style.
          ws.mergeCells(i + 1, spec.col, i + 1, lastCol);
          mergedFrom = spec.col;
          let width = 0;
          for (let col = spec.col; col <= lastCol; col++) width += layout.columns[col - 1]!.width;
          lines = Math.max(lines, wrappedLines(spec.content.text, width, false));
        }
      } else if (layout.columns[spec.col - 1]?.wrap || r.style === 'header') {
        d.alignment = r.style === 'header' ? wrapMiddle(d.alignment) : wrapTop(d.alignment);
        const width = layout.columns[spec.col - 1]?.width ?? 10;
        lines = Math.max(lines, wrappedLines(spec.content.text, width, BOLD_ROWS.has(r.style)));
      }
    }
    styleRow(row, r.style, lastCol, draft);
    if (lines > 1 && r.style !== 'header')
      for (let col = 2; col <= lastCol; col++) {
        const d = draft(col);
        d.alignment = alignTop(d.alignment);
      }
    const last = mergedFrom > 0 ? mergedFrom : lastCol;
    for (let col = 2; col <= last; col++) {
      const d = drafts[col - 1]!;
      if (!d.used) continue;
      d.used = false;
      data.cell(i + 1, col).style = styles.styleOf(d);
    }
    if (mergedFrom > 0) {
      const master = data.cell(i + 1, mergedFrom).style;
      for (let col = mergedFrom + 1; col <= lastCol; col++) {
        drafts[col - 1]!.used = false;
        data.cell(i + 1, col).style = master;
      }
    }
    // Neither Excel nor LibreOffice grows a row for wrapped text on opening a file: set the height.
    if (r.style !== 'title') row.height = Math.max(r.style === 'header' ? 30 : 15, lines * LINE_HEIGHT + 2);
  });
  setPageBreaks(ws, layout, data);
  return [ws, data];
}

/** The print scale (percent) that fits the visible columns on one page wide. */
function scaleToWidth(layout: SheetLayout): number {
  // A column `width` characters wide is 7·width + 5 pixels in Calibri 11, but LibreOffice without
  // Calibri or Carlito measures with DejaVu Sans, about 9 pixels a character: the page must fit that.
  const widthPt = layout.columns.slice(1).reduce((w, c) => w + (c.width * 9 + 5) * 0.75, 0);
  return Math.max(10, Math.min(100, Math.floor((100 * PAGE_WIDTH_PT) / widthPt) - 1));
}

/**
 * Manual page breaks so that rows marked `keepWithNext` print on one page with the rows after
 * them (a portfolio block, the last block with the grand total). Excel and LibreOffice ignore
 * manual breaks under "fit to page", so such a sheet prints at the fixed scale that fits its
 * width (scaleToWidth); the estimate keeps a margin, so no automatic break comes first.
 */
function setPageBreaks(ws: ExcelJS.Worksheet, layout: SheetLayout, data: SheetData): void {
  if (!layout.rows.some((r) => r.keepWithNext) || layout.headerRow === 0) return;
  const scale = scaleToWidth(layout) / 100;
  const heightOf = (i: number) => data.rows[i + 1]?.height ?? 15;
  let titles = 0;
  for (let i = 0; i < layout.headerRow; i++) titles += heightOf(i);
  const capacity = (PAGE_HEIGHT_PT / scale - titles) * 0.95;
  // A sheet a little longer than a page prints on one page, a little smaller, rather than
  // leave its last block alone on a second page (the Haushalt's legal caps).
  let body = 0;
  for (let k = layout.headerRow; k < layout.rows.length; k++) body += heightOf(k);
  const onePage = Math.floor((100 * PAGE_HEIGHT_PT) / (body / 0.95 + titles));
  if (onePage >= scale * 100 * SHRINK_TO_ONE_PAGE) {
    if (onePage < scale * 100) ws.pageSetup.scale = onePage;
    return;
  }
  let used = 0;
  let i = layout.headerRow;
  while (i < layout.rows.length) {
    // A unit: this row and every row it is kept with.
    let end = i;
    let height = heightOf(i);
    while (layout.rows[end]?.keepWithNext && end + 1 < layout.rows.length) height += heightOf(++end);
    if (used > 0 && used + height > capacity) {
      ws.getRow(i).addPageBreak();
      used = 0;
    }
    used = (used + height) % capacity;
    i = end + 1;
  }
}

/** The least share of the width-fitting scale a sheet is shrunk to so that it fits one page. */
const SHRINK_TO_ONE_PAGE = 0.85;

/** A4 landscape inside the margins of writeSheet's page setup, in points. */
const PAGE_WIDTH_PT = 842 - (0.5 + 0.5) * 72;
const PAGE_HEIGHT_PT = 595 - (0.6 + 0.7) * 72;

const LINE_HEIGHT = 13.5;
const BOLD_ROWS = new Set<RowStyle>(['header', 'area', 'subtotal', 'total', 'section']);

/** Whether UTF-16 unit `c` is white space as `\s` and `trimEnd` read it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Lines a text needs in a column `width` characters wide, breaking at spaces and hyphens.
 * Average text is narrower than the digit a column width counts; LibreOffice's substitute for
 * Calibri is wider, so this stays a little generous. The words are measured in place (a word
 * ends after a space or hyphen, which it includes): no arrays of paragraphs and words per cell.
 */
export function wrappedLines(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(4, Math.floor((width - 1) / (bold ? 1.0 : 0.9)));
  // Most cells hold one short line: no splitting needed.
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 1;
  let used = 0;
  let start = 0;
  // A word of `length` units, `trimmed` of them before its trailing white space.
  const word = (length: number, trimmed: number): void => {
    if (used > 0 && used + trimmed > perLine) {
      lines += 1;
      used = 0;
    }
    used += length;
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A new paragraph: the last word, then a fresh line.
      word(i - start, i - start);
      lines += 1;
      used = 0;
      start = i + 1;
    } else if (c === 45 || isSpace(c)) {
      word(i + 1 - start, c === 45 ? i + 1 - start : i - start);
      start = i + 1;
    }
  }
  word(text.length - start, text.length - start);
  return lines;
}

function writeHelperSheet(wb: ExcelJS.Workbook, ctx: WriteContext): void {
  const ws = wb.addWorksheet(HELPER_SHEET, { state: 'hidden' });
  ws.getColumn(1).hidden = true;
  ws.getColumn(2).width = 80;
  ws.getColumn(3).width = 18;
  ws.getCell('B1').value = 'Teilsummen sehr langer Summen';
  ws.getCell('B1').font = { bold: true, size: 12 };
  ws.getCell('B2').value =
    'Excel erlaubt höchstens 8.192 Zeichen je Formel; lange Summen werden hier in Teilen gebildet.';
  ws.getCell('B3').value = 'Kennzahl';
  ws.getCell('C3').value = 'Teilsumme';
  ws.getRow(3).font = { bold: true };
  ctx.helpers.forEach((h, i) => {
    const row = ws.getRow(HELPER_FIRST_ROW + i);
    row.getCell(2).value = h.label;
    row.getCell(3).value = { formula: h.formula, result: cached(h.value) };
    row.getCell(3).numFmt = '#,##0.00';
  });
}

function whereOf(plan: Plan, defOf: (id: FigureId) => FigureDef | undefined) {
  return (p: Pruefung): string => {
    const loc = p.location;
    if (loc.figureId) {
      const def = defOf(loc.figureId);
      return def ? figureTitle(def) : loc.figureId;
    }
    if (loc.rowId) return findInstrumentRow(plan, loc.rowId)?.instrument ?? '';
    if (loc.areaId) return plan.schwerpunkte.find((a) => a.id === loc.areaId)?.name ?? '';
    return '';
  };
}

export interface PreparedWorkbook {
  calc: Calculation;
  /** A figure's definition: the plan figures' from a map, a row figure's made when asked. */
  defOf: (id: FigureId) => FigureDef | undefined;
  /** The plan figures' definitions (no row figure), in `definitions()` order. */
  planDefs: readonly FigureDef[];
  layouts: SheetLayout[];
  /** Every input key and figure id with its cell (built on first use; the export uses `places`). */
  readonly book: AddressBook;
  places: CellPlaces;
}

/** The layout and the addresses the export uses (the importer and the tests reuse them). */
export function prepareWorkbook(
  plan: Plan,
  calc: Calculation = new Calculation(plan),
  pruefungen: readonly Pruefung[] = [],
): PreparedWorkbook {
  // Row figures (four per instrument row) are not listed: their cells name their row.
  const planDefs = calc.planDefinitions();
  const defs = new Map(planDefs.map((d) => [d.id, d]));
  const defOf = (id: FigureId): FigureDef | undefined => defs.get(id) ?? calc.def(id);
  const layouts = workbookLayout(plan, labelsOf(defOf), pruefungen, whereOf(plan, defOf));
  // cellPlaces counts the figure cells whose definition it finds (a second cell for an id
  // throws): when that is every definition, every figure has its cell, without a look-up per figure.
  const places = cellPlaces(layouts, defOf);
  if (places.figureCells !== calc.figureCount())
    for (const d of calc.definitions())
      if (!places.figure(d.id))
        throw new Error(`Kennzahl ${d.id} („${figureTitle(d)}“) fehlt im Excel-Layout.`);
  let book: AddressBook | undefined;
  return {
    calc,
    defOf,
    planDefs,
    layouts,
    get book() {
      return (book ??= addressBook(layouts, defOf));
    },
    places,
  };
}

function writeContext(plan: Plan, prepared: PreparedWorkbook, maxSumChars: number): WriteContext {
  const { calc, defOf, planDefs, places } = prepared;
  const emptyMemo = new Map<FigureId, Emptiness>();
  const figureEmptiness = (id: FigureId): Emptiness => {
    let v = emptyMemo.get(id);
    if (v === undefined) {
      const def = defOf(id);
      v = def ? emptiness(def.expr, figureEmptiness) : 'text';
      emptyMemo.set(id, v);
    }
    return v;
  };
  // Row figures have no defined name: the plan figures are all that can name a cell.
  const inputNames = new Map<CellKey, string>();
  for (const d of planDefs) {
    if (!d.definedName) continue;
    const expr = d.expr;
    if (expr.op === 'input') inputNames.set(expr.key, d.definedName);
  }
  const rowFormeln = new Map<string, Partial<Record<string, string>>>();
  for (const [key, formula] of Object.entries(plan.formeln)) {
    const dot = key.lastIndexOf('.');
    const field = key.slice(dot + 1);
    if (!key.startsWith('row.') || dot <= 4 || !(ROW_FIELDS as readonly string[]).includes(field)) continue;
    const id = key.slice(4, dot);
    let fields = rowFormeln.get(id);
    if (fields === undefined) rowFormeln.set(id, (fields = {}));
    fields[field] = formula;
  }
  let namedRowInputs = false;
  for (const key of inputNames.keys()) if (key.startsWith('row.')) namedRowInputs = true;
  return {
    plan,
    calc,
    defOf,
    planDefs,
    places,
    figureEmptiness,
    inputNames,
    maxSumChars,
    helpers: [],
    resolvers: new Map(),
    namedRowInputs,
    rowFormeln,
  };
}

/**
 * What the export writes into every cell of the layout, without building a workbook: the
 * importer compares an edited workbook with it (formula text included).
 */
export function exportedCellValues(
  plan: Plan,
  visit: (layout: SheetLayout, rowIndex: number, spec: LayoutCell, value: ExcelJS.CellValue) => void,
): PreparedWorkbook {
  const calc = new Calculation(plan);
  const prepared = prepareWorkbook(plan, calc, runChecks(plan, calc));
  const ctx = writeContext(plan, prepared, DEFAULT_MAX_SUM_CHARS);
  const target: { value: ExcelJS.CellValue } = { value: null };
  for (const layout of prepared.layouts) {
    const resolver = resolverFor(ctx, layout.name);
    layout.rows.forEach((r, i) => {
      for (const spec of r.cells) {
        writeCellValue(ctx, resolver, target, spec);
        visit(layout, i, spec, target.value);
      }
    });
  }
  return prepared;
}

export async function exportWorkbook(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  const calc = new Calculation(plan);

  const pruefungen = options.pruefungen ?? runChecks(plan, calc);
  const prepared = prepareWorkbook(plan, calc, pruefungen);
  const { planDefs, layouts, places } = prepared;
  const ctx = writeContext(plan, prepared, options.maxSumChars ?? DEFAULT_MAX_SUM_CHARS);

  const wb = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  wb.creator = 'AMIP-Planer';
  wb.lastModifiedBy = plan.header.author;
  wb.created = now;
  wb.modified = now;
  wb.title = `AMIP ${plan.header.year} – ${plan.header.jobcenter}`;
  wb.subject = plan.header.variante;
  wb.calcProperties.fullCalcOnLoad = true;

  const styles = new StyleCache();
  const sheets = new Map(layouts.map((layout) => writeSheet(wb, ctx, layout, styles)));
  if (ctx.helpers.length > 0) writeHelperSheet(wb, ctx);
  writeNotes(wb, plan, places, layouts);

  for (const d of planDefs) {
    if (!d.definedName) continue;
    const at = places.figure(d.id)!;
    wb.definedNames.add(`${quoteSheet(at.sheet)}!$${colName(at.col)}$${at.row}`, d.definedName);
  }

  writeMeta(wb, plan);
  for (const ws of wb.worksheets) {
    if (ws.name === META_SHEET) continue;
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return writeXlsx(wb, now, sheets);
}
