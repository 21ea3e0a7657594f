/**
 * A sheet's cells kept outside ExcelJS and rendered straight to the `<sheetData>` XML. For the
 * 10.000-row portfolio ExcelJS spent most of the export on its per-cell objects (a Cell and a
 * Value per cell, then a model, a prepare and an XmlStream render per cell); here a cell is a
 * value and a shared style object. Styles and shared strings still go through ExcelJS's own
 * registries while it writes the package (xlsxPackage.ts), so styles.xml and sharedStrings.xml
 * hold them as before; the XML is what ExcelJS writes for the same cells.
 */
import type ExcelJS from 'exceljs';
import { ByteWriter } from './byteWriter';
import { colName } from './layout/types';

export interface XmlCell {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style> | undefined;
}

export interface XmlRow {
  height: number | undefined;
  /** Sparse, by column number. */
  cells: (XmlCell | undefined)[];
}

/** The cells of one worksheet, by row and column (1-based, as in Excel). */
export class SheetData {
  readonly rows: (XmlRow | undefined)[] = [];

  row(r: number): XmlRow {
    let row = this.rows[r];
    if (row === undefined) {
      row = { height: undefined, cells: [] };
      this.rows[r] = row;
    }
    return row;
  }

  cell(r: number, col: number): XmlCell {
    const cells = this.row(r).cells;
    let cell = cells[col];
    if (cell === undefined) {
      cell = { value: null, style: undefined };
      cells[col] = cell;
    }
    return cell;
  }
}

/** What the rendering needs of ExcelJS's registries while it writes (StylesXform, SharedStringsXform). */
export interface Registries {
  /** The xf index of a style; `cellType` is ExcelJS's ValueType (a style without numFmt gets General for numbers). */
  addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number;
  addString(text: string): number;
}

/** ExcelJS's ValueType numbers (doc/enums.js). */
const NULL_TYPE = 0;
const NUMBER_TYPE = 2;
const STRING_TYPE = 3;
const BOOLEAN_TYPE = 9;

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these; ExcelJS drops them too
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as INVALID, plus what element text must escape
const NEEDS_WORK = /[<>&\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/**
 * Element text: `<`, `>` and `&` escaped, characters XML forbids dropped; `"` needs no escape
 * there (ExcelJS writes `&quot;`, which reads back the same). Most texts and formulas need
 * nothing: they are returned as they are.
 */
const elementText = (s: string): string =>
  NEEDS_WORK.test(s)
    ? s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    : s;

function valueType(v: unknown): number {
  if (v === null || v === undefined) return NULL_TYPE;
  if (typeof v === 'string') return STRING_TYPE;
  if (typeof v === 'number') return NUMBER_TYPE;
  if (typeof v === 'boolean') return BOOLEAN_TYPE;
  return -1;
}

/** One cell's `<c>` element; '' when it has nothing to write (no value, formula or style). */
function renderCell(ref: string, cell: XmlCell, reg: Registries, styleIds: Map<object, number>): string {
  const v = cell.value;
  const isFormula = typeof v === 'object' && v !== null && 'formula' in v;
  const type = isFormula ? valueType((v as ExcelJS.CellFormulaValue).result) : valueType(v);
  if (type < 0) throw new Error(`Zelle ${ref}: dieser Zellinhalt wird nicht geschrieben.`);
  let s = 0;
  if (cell.style !== undefined) {
    // ExcelJS registers a style object once, with the type of the first cell it is seen on.
    let id = styleIds.get(cell.style);
    if (id === undefined) {
      id = reg.addStyleModel(cell.style, type);
      styleIds.set(cell.style, id);
    }
    s = id;
  }
  if (type === NULL_TYPE && !isFormula && s === 0) return '';
  const open = s > 0 ? `<c r="${ref}" s="${s}"` : `<c r="${ref}"`;
  if (isFormula) {
    const f = v as ExcelJS.CellFormulaValue;
    const formula = `<f>${elementText(f.formula)}</f>`;
    switch (type) {
      case NULL_TYPE:
        return `${open}>${formula}</c>`;
      case STRING_TYPE:
        return `${open} t="str">${formula}<v>${elementText(f.result as string)}</v></c>`;
      case BOOLEAN_TYPE:
        return `${open} t="b">${formula}<v>${f.result ? 1 : 0}</v></c>`;
      default:
        return `${open}>${formula}<v>${String(f.result)}</v></c>`;
    }
  }
  switch (type) {
    case NULL_TYPE:
      return `${open}/>`;
    case STRING_TYPE:
      return `${open} t="s"><v>${reg.addString(v as string)}</v></c>`;
    case BOOLEAN_TYPE:
      return `${open} t="b"><v>${v ? 1 : 0}</v></c>`;
    default:
      return `${open}><v>${String(v)}</v></c>`;
  }
}

/**
 * The `<sheetData>` element as UTF-8 and the used range (`A1:N120`, for `<dimension>`). A row's
 * XML is built as a string and written to the bytes at once: no string of the whole sheet.
 */
export function renderSheetData(
  data: SheetData,
  reg: Registries,
): { xml: Uint8Array<ArrayBuffer>; dimension: string } {
  const styleIds = new Map<object, number>();
  const w = new ByteWriter();
  w.text('<sheetData>');
  let minCol = Infinity;
  let maxCol = 0;
  let minRow = 0;
  let maxRow = 0;
  const cells: string[] = [];
  data.rows.forEach((row, r) => {
    if (row === undefined) return;
    cells.length = 0;
    row.cells.forEach((cell, col) => {
      if (cell === undefined) return;
      const xml = renderCell(`${colName(col)}${r}`, cell, reg, styleIds);
      if (xml === '') return;
      cells.push(xml);
      minCol = Math.min(minCol, col);
      maxCol = Math.max(maxCol, col);
    });
    if (cells.length === 0 && row.height === undefined) return;
    if (minRow === 0) minRow = r;
    maxRow = r;
    const height = row.height === undefined ? '' : ` ht="${row.height}" customHeight="1"`;
    w.text(
      cells.length === 0 ? `<row r="${r}"${height}/>` : `<row r="${r}"${height}>${cells.join('')}</row>`,
    );
  });
  w.text('</sheetData>');
  const dimension = maxCol === 0 ? 'A1' : `${colName(minCol)}${minRow}:${colName(maxCol)}${maxRow}`;
  return { xml: w.bytes(), dimension };
}

/**
 * xl/sharedStrings.xml for plain-text shared strings, as ExcelJS's SharedStringsXform writes it
 * (`xml:space="preserve"` where white space at an end or a line break must survive); null when
 * a value is rich text (then ExcelJS renders it). ExcelJS's XmlStream escaped every `"` of the
 * 7 MB of plan JSON at 10.000 rows and joined it piece by piece.
 */
export function renderSharedStrings(values: readonly unknown[], count: number): string | null {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${values.length}">`,
  ];
  for (const v of values) {
    if (typeof v !== 'string') return null;
    out.push(
      /^\s|\n|\s$/.test(v)
        ? `<si><t xml:space="preserve">${elementText(v)}</t></si>`
        : `<si><t>${elementText(v)}</t></si>`,
    );
  }
  out.push('</sst>');
  return out.join('');
}
