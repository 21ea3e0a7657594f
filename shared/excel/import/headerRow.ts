/**
 * The column headers of each sheet must stand where the export put them: columns inserted,
 * deleted or moved shift every cell, and then none can be trusted. The same rule is checked
 * twice: on the first rows read straight from the archive before ExcelJS parses the workbook
 * (checkHeaderRows, so such a file costs nothing), and on the parsed sheet (compareWorkbook.ts).
 */
import { formatGermanPlain } from '../../format/numberFormat';
import type { SheetSize } from '../layout/sheetSizes';
import { TAG_COL, colName } from '../layout/types';
import type { CellRead, SharedString } from '../sheetCells';
import { readSharedStrings, readSheetCells, rereading, sharedStringsEntry, SHORT_TEXT } from '../sheetCells';
import type { CheckedArchive } from '../zipGuard';
import { sheetEntry } from '../zipGuard';
import type { Guarded } from '../zipArchive';
import { fail, shown } from '../zipArchive';

/** The header row is looked for where the export put it and this many rows below (rows inserted above). */
export const HEADER_SEARCH_ROWS = 20;

export type HeaderSheet = Pick<SheetSize, 'name' | 'columns' | 'headerRow'>;

const NOT_READ = 'Die Arbeitsmappe wird so nicht eingelesen.';

/**
 * Why the sheet's header row is not as exported (German, with the cell), or null. `rowTexts`
 * gives the texts of one row by column.
 */
export function headerProblem(
  sheet: HeaderSheet,
  rowTexts: (rowNo: number) => ReadonlyMap<number, string>,
): string | null {
  if (sheet.headerRow === 0) return null;
  const headers = sheet.columns
    .map((c, i) => ({ col: i + 1, text: c.header }))
    .filter((h) => h.col !== TAG_COL && h.text !== '');
  // The header row: where the export put it, or lower when rows were inserted above it.
  let best: { rowNo: number; texts: ReadonlyMap<number, string>; hits: number } | null = null;
  for (let rowNo = 1; rowNo <= sheet.headerRow + HEADER_SEARCH_ROWS; rowNo++) {
    const texts = rowTexts(rowNo);
    const all = new Set(texts.values());
    const hits = headers.filter((h) => all.has(h.text)).length;
    if (hits > (best?.hits ?? 0)) best = { rowNo, texts, hits };
  }
  // Headers all renamed (or deleted): nothing says a column moved; the comparison lists the edits.
  if (!best) return null;
  const all = new Set(best.texts.values());
  for (const h of headers) {
    const found = best.texts.get(h.col);
    if (found !== h.text && all.has(h.text))
      return (
        `Blatt „${shown(sheet.name)}“, Zelle ${colName(h.col)}${best.rowNo}: Spaltenüberschrift „${h.text}“ erwartet, ` +
        `gefunden ${found ? `„${shown(found)}“` : 'nichts'}. Wurden Spalten eingefügt, gelöscht oder verschoben? ${NOT_READ}`
      );
  }
  return null;
}

/** A cell's text as the comparison reads it (cellValue.ts constantText): formulas give none. */
function textOf(c: CellRead, strings: ReadonlyMap<number, SharedString>): string {
  switch (c.kind) {
    case 'shared':
      return strings.get(c.index)?.text ?? '';
    case 'number':
      return Number.isFinite(c.value) ? formatGermanPlain(c.value) : String(c.value);
    default:
      return c.text;
  }
}

/** Characters of the first rows read in all sheets; beyond it the rows are no header rows. */
const MAX_HEADER_CHARS = 4 * 1024 * 1024;

/** {@link headerProblem} for every sheet of `sizes` the workbook has, on rows read from the archive. */
export async function checkHeaderRows(
  archive: CheckedArchive,
  sizes: readonly SheetSize[],
): Promise<Guarded<object>> {
  const read: { sheet: SheetSize; cells: Map<number, Map<number, CellRead>> }[] = [];
  const wanted = new Map<number, 'short'>();
  for (const sheet of sizes) {
    if (sheet.headerRow === 0) continue;
    const entry = sheetEntry(archive, sheet.name);
    // A deleted sheet is listed by the comparison; nothing to check here.
    if (!entry) continue;
    const cells = await readSheetCells(rereading(archive, entry), {
      lastRow: sheet.headerRow + HEADER_SEARCH_ROWS,
      maxChars: MAX_HEADER_CHARS,
    });
    if (!cells || !cells.ok || cells.overBudget)
      return fail(`Blatt „${shown(sheet.name)}“: die ersten Zeilen lassen sich nicht lesen. ${NOT_READ}`);
    for (const row of cells.cells.values())
      for (const c of row.values()) if (c.kind === 'shared') wanted.set(c.index, 'short');
    read.push({ sheet, cells: cells.cells });
  }
  const sst = sharedStringsEntry(archive);
  const shared = sst
    ? await readSharedStrings(rereading(archive, sst), wanted, MAX_HEADER_CHARS + wanted.size * SHORT_TEXT)
    : { ok: true as const, strings: new Map<number, SharedString>() };
  if (!shared || !shared.ok)
    return fail(`Die gemeinsamen Texte der Arbeitsmappe (xl/sharedStrings.xml) sind beschädigt. ${NOT_READ}`);
  const strings = shared.strings;
  for (const { sheet, cells } of read) {
    const problem = headerProblem(sheet, (rowNo) => {
      const texts = new Map<number, string>();
      for (const [col, c] of cells.get(rowNo) ?? []) texts.set(col, textOf(c, strings));
      return texts;
    });
    if (problem) return fail(problem);
  }
  return { ok: true };
}
