/**
 * Row edits on an ExcelJS workbook the way Excel makes them: ExcelJS's spliceRows moves the
 * cells but leaves formulas as they were; Excel also moves every reference into the sheet
 * (below an inserted row one further down, a reference to a deleted row becomes #REF!).
 */
import type ExcelJS from 'exceljs';

const REF =
  /((?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00C0-\u017F]+)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?/g;

function sheetOfPrefix(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Rewrites the references to `target` in one formula; `move(row)` is the new row or null (deleted). */
function rewrite(
  formula: string,
  onTarget: (prefix: string | null) => boolean,
  move: (row: number) => number | null,
): string {
  return formula.replace(
    REF,
    (all, prefix: string | undefined, col: string, row: string, col2?: string, row2?: string) => {
      if (!onTarget(sheetOfPrefix(prefix))) return all;
      const p = prefix ?? '';
      if (col2 === undefined || row2 === undefined) {
        const to = move(Number(row));
        return to === null ? `${p}#REF!` : `${p}${col}${to}`;
      }
      // A range keeps its ends; an end on a deleted row moves to the nearest remaining row.
      let from = Number(row);
      let to = Number(row2);
      while (from <= to && move(from) === null) from += 1;
      while (to >= from && move(to) === null) to -= 1;
      if (from > to) return `${p}#REF!`;
      return `${p}${col}${move(from)}:${col2}${move(to)}`;
    },
  );
}

function moveReferences(wb: ExcelJS.Workbook, sheet: string, move: (row: number) => number | null): void {
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (!v || typeof v !== 'object' || !('formula' in v) || typeof v.formula !== 'string') return;
        const onTarget = (prefix: string | null) => (prefix === null ? ws.name === sheet : prefix === sheet);
        cell.value = { ...v, formula: rewrite(v.formula, onTarget, move) } as ExcelJS.CellValue;
      }),
    );
}

/** Excel's Insert Row above `rowNo`, then the given values typed into it (index 0 = column A). */
export function insertRowLikeExcel(
  wb: ExcelJS.Workbook,
  sheet: string,
  rowNo: number,
  values: ExcelJS.CellValue[] = [],
): void {
  moveReferences(wb, sheet, (r) => (r >= rowNo ? r + 1 : r));
  wb.getWorksheet(sheet)!.spliceRows(rowNo, 0, values);
}

/** Excel's Delete Row. */
export function deleteRowLikeExcel(wb: ExcelJS.Workbook, sheet: string, rowNo: number): void {
  moveReferences(wb, sheet, (r) => (r === rowNo ? null : r > rowNo ? r - 1 : r));
  wb.getWorksheet(sheet)!.spliceRows(rowNo, 1);
}

/** The row of `tag` (hidden column A) on `sheet`. */
export function rowOfTag(wb: ExcelJS.Workbook, sheet: string, tag: string): number {
  const n = wb
    .getWorksheet(sheet)!
    .getColumn(1)
    .values.findIndex((v) => v === tag);
  if (n < 0) throw new Error(`Zeile ${tag} fehlt auf ${sheet}`);
  return n;
}
