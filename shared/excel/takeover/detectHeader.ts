/**
 * Finds the table in a Jobcenter's workbook: the sheet, the row of column headers (within the
 * first rows; titles may stand above it, a group heading such as "Plan 2016" / "Ist 2015" just
 * above, a unit line such as "in Tsd. €" just below), which column feeds which field, and the
 * unit of the amounts. The result is a proposal the user corrects in the preview.
 */
import type { HeaderInfo } from './headerWords';
import { classifyHeader, isGroupText, isUnitText, normalizeText, unitOf, yearOf } from './headerWords';
import type { LegacySheet, LegacyWorkbook } from './legacySheet';
import { formatCount } from '../../format/numberFormat';
import { MAX_TAKEOVER_COLUMNS, MAX_TAKEOVER_ROWS, SheetIndex, isEmptyCell, shownText } from './legacySheet';
import type { AmountUnit, ColumnMapping, TakeoverField, TakeoverMapping } from './mapping';

/** Header rows are looked for among the first rows with content. */
const HEADER_SEARCH_ROWS = 40;
/** Rows below the header looked at to guess unlabelled columns. */
const SAMPLE_ROWS = 60;

export interface HeaderColumn {
  col: number;
  header: string;
  info: HeaderInfo;
}

/** The header row's unit line below it, if any: then data start one row later. */
export function unitLineBelow(index: SheetIndex, headerRow: number): boolean {
  const below = index.row(headerRow + 1);
  if (!below) return false;
  return below.cells.every((c) => c.number === null && (isEmptyCell(c) || isUnitText(c.text)));
}

/** First data row under the header. */
export const firstDataRow = (index: SheetIndex, headerRow: number): number =>
  headerRow + (unitLineBelow(index, headerRow) ? 2 : 1);

function groupAbove(index: SheetIndex, headerRow: number, col: number, firstCol: number): string {
  const above = index.at(headerRow - 1, col);
  // A title merged from the table's first column across is no group heading.
  if (!above || above.cell.col <= firstCol || above.cell.text === '') return '';
  return isGroupText(above.cell.text) ? above.cell.text.trim() : '';
}

/** A header cell's text; a label merged down from the row above (e.g. "Maßnahme" over two rows) counts. */
function labelAt(index: SheetIndex, headerRow: number, col: number): string {
  const at = index.at(headerRow, col);
  if (!at || (!at.own && at.row === headerRow)) return '';
  return shownText(at.cell).replace(/\s+/g, ' ').trim();
}

/** The columns of the table whose headers stand in `headerRow`, with what each header says. */
export function headerColumns(index: SheetIndex, headerRow: number): HeaderColumn[] {
  if (!index.row(headerRow)) return [];
  const cols = new Set<number>();
  for (let col = 1; col <= MAX_TAKEOVER_COLUMNS; col++)
    if (labelAt(index, headerRow, col) !== '') cols.add(col);
  if (cols.size === 0) return [];
  const firstCol = Math.min(...cols);
  // Unlabelled columns that hold data below (often the instrument names) belong to the table too.
  const dataStart = firstDataRow(index, headerRow);
  for (let r = dataStart; r < dataStart + SAMPLE_ROWS; r++)
    for (const c of index.row(r)?.cells ?? [])
      if (!isEmptyCell(c) && c.col <= MAX_TAKEOVER_COLUMNS) cols.add(c.col);
  const unitRow = unitLineBelow(index, headerRow) ? headerRow + 1 : null;
  return [...cols]
    .sort((a, b) => a - b)
    .map((col) => {
      const label = labelAt(index, headerRow, col);
      const group = groupAbove(index, headerRow, col, firstCol);
      const unitText = unitRow ? (index.at(unitRow, col)?.cell.text.trim() ?? '') : '';
      const header = [label, group ? `(${group})` : '', unitText].filter(Boolean).join(' ');
      const info = classifyHeader([group, label, unitText].join(' '));
      return {
        col,
        header,
        info: label === '' && unitText === '' ? { ...info, kind: 'ignore' as const } : info,
      };
    });
}

/** Numbers found under `col` (for guessing whether a bare "2015" column holds Eintritte or money). */
function sampleNumbers(index: SheetIndex, headerRow: number, col: number): number[] {
  const out: number[] = [];
  const start = firstDataRow(index, headerRow);
  for (let r = start; r < start + SAMPLE_ROWS; r++) {
    const c = index.at(r, col);
    if (c?.own && c.cell.number !== null && c.cell.number > 0) out.push(c.cell.number);
  }
  return out;
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** A column without a header whose cells below are mostly text: the instrument names. */
function textColumn(
  index: SheetIndex,
  headerRow: number,
  cols: readonly HeaderColumn[],
  before: number,
): number | null {
  const start = firstDataRow(index, headerRow);
  for (const c of cols) {
    if (c.col >= before || c.info.kind !== 'ignore' || c.header !== '') continue;
    let texts = 0;
    let filled = 0;
    for (let r = start; r < start + SAMPLE_ROWS; r++) {
      const cell = index.at(r, c.col);
      if (!cell?.own || isEmptyCell(cell.cell)) continue;
      filled++;
      if (cell.cell.number === null) texts++;
    }
    if (filled > 0 && texts * 2 >= filled) return c.col;
  }
  return null;
}

export interface ColumnProposal {
  columns: ColumnMapping[];
  unit: AmountUnit;
  /** The plan year the column headers name ("Plan 2016"), if any. */
  planYear: number | null;
  /** Distinct fields recognised; the best header row has the most. */
  score: number;
}

/** Maps the columns under `headerRow`; `titleUnit` is a unit stated above the table ("Beträge in Tsd. €"). */
export function proposeColumns(
  index: SheetIndex,
  headerRow: number,
  titleUnit: AmountUnit | null = null,
): ColumnProposal {
  const cols = headerColumns(index, headerRow);
  const numeric = cols.filter(
    (c) => c.info.kind === 'count' || c.info.kind === 'money' || c.info.kind === 'number',
  );
  const yearsNow = numeric.filter((c) => !c.info.past && c.info.year !== null).map((c) => c.info.year!);
  const planYear = yearsNow.length > 0 ? Math.max(...yearsNow) : null;
  const isVorjahr = (i: HeaderInfo) => i.past || (i.year !== null && planYear !== null && i.year < planYear);

  const fields = new Map<number, TakeoverField>();
  const taken = new Set<TakeoverField>();
  const give = (col: number, field: TakeoverField) => {
    if (field !== 'funktion' && taken.has(field)) return;
    fields.set(col, field);
    taken.add(field);
  };
  for (const c of cols) {
    const k = c.info.kind;
    if (k === 'instrument' || k === 'kategorie' || k === 'finanzierung' || k === 'funktion') give(c.col, k);
    else if (k === 'count') give(c.col, isVorjahr(c.info) ? 'vorjahrEintritte' : 'eintritte');
    else if (k === 'money') give(c.col, isVorjahr(c.info) ? 'vorjahrMittel' : 'mittelansatz');
  }
  // Bare "2015" / "Ist 2015" columns: Eintritte or money by the size of their numbers.
  const medianOf = (field: TakeoverField) => {
    const col = [...fields].find(([, f]) => f === field)?.[0];
    return col === undefined ? null : median(sampleNumbers(index, headerRow, col));
  };
  for (const c of cols.filter((x) => x.info.kind === 'number')) {
    const vorjahr = isVorjahr(c.info);
    const m = median(sampleNumbers(index, headerRow, c.col));
    const count = medianOf(vorjahr ? 'eintritte' : 'vorjahrEintritte') ?? medianOf('eintritte');
    const money = medianOf(vorjahr ? 'mittelansatz' : 'vorjahrMittel') ?? medianOf('mittelansatz');
    let moneyLike = c.info.unit !== null || (m !== null && m >= 5_000);
    if (m !== null && count !== null && money !== null)
      moneyLike = Math.abs(Math.log10(m) - Math.log10(money)) < Math.abs(Math.log10(m) - Math.log10(count));
    if (vorjahr) give(c.col, moneyLike ? 'vorjahrMittel' : 'vorjahrEintritte');
    else give(c.col, moneyLike ? 'mittelansatz' : 'eintritte');
  }
  if (!taken.has('instrument')) {
    const firstNumeric = Math.min(...numeric.map((c) => c.col), Number.MAX_SAFE_INTEGER);
    const col = textColumn(index, headerRow, cols, firstNumeric);
    if (col !== null) give(col, 'instrument');
  }
  const colOf = (f: TakeoverField) => cols.find((c) => fields.get(c.col) === f);
  const unit: AmountUnit =
    colOf('mittelansatz')?.info.unit ?? titleUnit ?? colOf('vorjahrMittel')?.info.unit ?? 1;
  const columns = cols.map((c) => ({
    col: c.col,
    header: c.header,
    field: fields.get(c.col) ?? 'ignorieren',
  }));
  const hasNumbers = taken.has('eintritte') || taken.has('mittelansatz');
  const score = taken.has('instrument') && hasNumbers ? taken.size : 0;
  return { columns, unit, planYear, score };
}

/** A unit stated in the rows above the table: "Beträge in Tsd. €", "(Angaben in T€)". */
export function unitAbove(index: SheetIndex, headerRow: number): AmountUnit | null {
  for (const row of index.sheet.rows) {
    if (row.row >= headerRow) break;
    for (const c of row.cells) {
      const t = normalizeText(c.text);
      if (/(?:angaben|beträge|betrag|werte|alle|mittel)[^.]*\sin\s|^\(?in\s/u.test(t)) {
        const unit = unitOf(t);
        if (unit !== null) return unit;
      }
    }
  }
  return null;
}

export interface SheetProposal {
  sheet: string;
  headerRow: number;
  proposal: ColumnProposal;
  /** Rows under the header with a number in a mapped number column. */
  dataRows: number;
}

/** The best header row of `sheet`, or null when none names an instrument and a number column. */
export function proposeSheet(sheet: LegacySheet): SheetProposal | null {
  const index = new SheetIndex(sheet);
  let best: { headerRow: number; proposal: ColumnProposal } | null = null;
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const texts = row.cells.filter((c) => c.number === null && c.text.trim() !== '');
    if (texts.length < 2) continue;
    const proposal = proposeColumns(index, row.row, unitAbove(index, row.row));
    if (proposal.score > (best?.proposal.score ?? 0)) best = { headerRow: row.row, proposal };
  }
  if (!best) return null;
  const numberCols = best.proposal.columns
    .filter((c) => c.field === 'eintritte' || c.field === 'mittelansatz')
    .map((c) => c.col);
  const dataRows = sheet.rows.filter(
    (r) => r.row > best.headerRow && r.cells.some((c) => numberCols.includes(c.col) && !isEmptyCell(c)),
  ).length;
  return { sheet: sheet.name, headerRow: best.headerRow, proposal: best.proposal, dataRows };
}

export type TakeoverProposal =
  | { ok: true; mapping: TakeoverMapping; planYear: number | null; sheets: SheetProposal[] }
  | { ok: false; message: string };

const NO_TABLE =
  'keine Tabelle mit einer Kopfzeile gefunden, die eine Maßnahme und Eintritte oder Mittelansatz nennt (z. B. „Maßnahme | Kat. | Eintritte | Mittelansatz in €“)';

export function toMapping(p: SheetProposal): TakeoverMapping {
  return { sheet: p.sheet, headerRow: p.headerRow, columns: p.proposal.columns, unit: p.proposal.unit };
}

/** The proposal for the whole workbook: the chosen sheet (or the one named), its mapping. */
export function proposeTakeover(book: LegacyWorkbook, sheetName?: string): TakeoverProposal {
  const names = book.sheets.map((s) => `„${s.name}“`).join(', ');
  const wanted =
    sheetName === undefined
      ? undefined
      : (book.sheets.find((s) => s.name === sheetName) ??
        book.sheets.find((s) => normalizeText(s.name) === normalizeText(sheetName)));
  if (sheetName !== undefined && !wanted)
    return { ok: false, message: `Die Arbeitsmappe hat kein Blatt „${sheetName}“ (Blätter: ${names}).` };
  const proposals = book.sheets.map((s) => (s.tooLarge ? null : proposeSheet(s)));
  const found = proposals.filter((p): p is SheetProposal => p !== null);
  if (wanted) {
    if (wanted.tooLarge) return { ok: false, message: tooLargeMessage(wanted.name) };
    const p = proposals[book.sheets.indexOf(wanted)];
    if (!p) return { ok: false, message: `Blatt „${wanted.name}“: ${NO_TABLE}.` };
    return { ok: true, mapping: toMapping(p), planYear: p.proposal.planYear, sheets: found };
  }
  const visible = (p: SheetProposal) => (book.sheets.find((s) => s.name === p.sheet)?.hidden ? 0 : 1);
  const best = [...found].sort(
    (a, b) => visible(b) - visible(a) || b.proposal.score - a.proposal.score || b.dataRows - a.dataRows,
  )[0];
  if (!best) {
    const large = book.sheets.find((s) => s.tooLarge);
    return { ok: false, message: large ? tooLargeMessage(large.name) : `In der Arbeitsmappe ${NO_TABLE}.` };
  }
  return { ok: true, mapping: toMapping(best), planYear: best.proposal.planYear, sheets: found };
}

const tooLargeMessage = (name: string) =>
  `Blatt „${name}“ hat mehr als ${formatCount(MAX_TAKEOVER_ROWS)} Zeilen; eine Maßnahmeplanung ist kleiner. Bitte das Blatt mit der Planung wählen.`;

/** The year a header names (exported for the plan header guess). */
export const yearInText = (text: string): number | null => yearOf(normalizeText(text));
