/**
 * A formula's shape: its text with every cell reference reduced to `R`. Inserting or deleting
 * rows in Excel moves the references of the app's formulas (`SUM(F5:F9)` becomes `SUM(F5:F10)`,
 * a deleted cell `#REF!`), LibreOffice drops quotes around sheet names and Excel adds `_xlfn.`;
 * none of that is an edit; nor is a range shrunk to one cell or to #REF! by deleted rows. A
 * different shape is: a term added, a function or operator changed, a constant typed over it.
 */

const SHEET_PREFIX = /(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!/gu;
const CELL_REF = /\$?[A-Z]{1,3}\$?[0-9]+/g;

export function formulaShape(formula: string): string {
  return formula
    .replace(/^=/, '')
    .replace(/_xlfn\.|_xlws\./gi, '')
    .replace(/#REF!/gi, 'R')
    .replace(SHEET_PREFIX, '')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(CELL_REF, 'R')
    .replace(/R:R/g, 'R');
}
