/**
 * Whether the parts of a workbook are as large as the plan embedded in it allows. ExcelJS's
 * memory grows with the rows, cells, ranges and bytes it reads, so the importer reads the
 * embedded plan first and then tallies every other part against what that plan's export holds
 * plus an allowance for what a planner does in Excel (insert rows, type beside the table, add a
 * sheet of notes): while inflating (packBudgets, the guard stops at the first row too many) and
 * once all parts are counted (checkPackSize). All before ExcelJS parses anything.
 */
import { META_SHEET } from '../workbookMeta';
import type { SheetSize } from '../layout/sheetSizes';
import type { CheckedArchive, PartBudget, PartTally, RunningTally } from '../zipGuard';
import type { Guarded } from '../zipArchive';
import { de, fail, mb, shown } from '../zipArchive';

/** Rows a planner may add to a sheet: 500, or a quarter of the sheet when that is more. */
export const ROW_ALLOWANCE = 500;
export const ROW_ALLOWANCE_SHARE = 0.25;
export const allowedExtraRows = (rows: number): number =>
  Math.max(ROW_ALLOWANCE, Math.ceil(rows * ROW_ALLOWANCE_SHARE));

/** Start tags one row can hold: the row and three per cell (`c` with `f` and `v`, or `is` and `t`). */
export const elementsPerRow = (columns: number): number => 1 + 3 * columns;

/** Start tags of a sheet besides its rows: views, column widths, merges, protection, page setup. */
export const SHEET_EXTRA_ELEMENTS = 2_000;

/**
 * Start tags of the parts that are no sheets: as many as the sheets hold (a shared string has
 * two, and each is used by at least one cell, which has two) and this many for styles, theme,
 * properties.
 */
export const OTHER_PARTS_EXTRA_ELEMENTS = 20_000;

/**
 * Unpacked bytes: ExcelJS holds every part as a string while it reads, and text costs no
 * elements. Allowed: this much for images and the like, BYTES_PER_ELEMENT for each element
 * counted, and three times the embedded plan's JSON (its texts stand in the sheets and the
 * shared strings once more).
 */
export const BYTES_BASE = 8 * 1024 * 1024;
export const BYTES_PER_ELEMENT = 100;

/** Chunks of the embedded JSON at most (cells A4…; workbookMeta.ts writes 30.000 characters each). */
export const MAX_CHUNKS = 10_000;

/** A part ExcelJS parses as a worksheet, whether the workbook lists it or not (xlsx.js). */
const WORKSHEET_NAME = /xl\/worksheets\/sheet(\d+)[.]xml/;

const NOT_READ = 'Die Arbeitsmappe wird nicht eingelesen.';

const rowsText = (n: number): string => (n === 1 ? 'eine Zeile' : `${de(n)} Zeilen`);

interface Size {
  rows: number;
  columns: number;
}

/** A sheet's rows, elements and ranges, complete (`done`) or so far while inflating. */
function sheetProblem(
  t: Pick<RunningTally, 'name' | 'sheet' | 'rows' | 'elements' | 'rangeCells'>,
  size: Size,
  done: boolean,
): string | null {
  const extra = allowedExtraRows(size.rows);
  const maxRows = size.rows + extra;
  const name = shown(t.sheet ?? t.name);
  if (t.rows > maxRows)
    return done
      ? `Blatt „${name}“ hat ${de(t.rows)} Zeilen; der AMIP-Planer schreibt für diesen Plan ${de(size.rows)}, eingefügt werden dürfen höchstens ${de(extra)} (zusammen ${de(maxRows)}). ${NOT_READ}`
      : `Blatt „${name}“ hat mehr als ${de(maxRows)} Zeilen; der AMIP-Planer schreibt für diesen Plan ${de(size.rows)}, eingefügt werden dürfen höchstens ${de(extra)}. Das Lesen wurde bei Zeile ${de(t.rows)} abgebrochen. ${NOT_READ}`;
  const maxElements = SHEET_EXTRA_ELEMENTS + t.rows * elementsPerRow(size.columns);
  if (t.elements > maxElements)
    return `Blatt „${name}“ enthält ${done ? '' : 'mehr als '}${de(done ? t.elements : maxElements)} XML-Elemente; für ${rowsText(t.rows)} mit ${de(size.columns)} Spalten sind höchstens ${de(maxElements)} erlaubt. ${NOT_READ}`;
  if (t.rangeCells > maxRows * size.columns)
    return `Blatt „${name}“: verbundene Zellen und Datenüberprüfungen umfassen ${de(t.rangeCells)} Zellen, das Blatt fasst höchstens ${de(maxRows * size.columns)}. ${NOT_READ}`;
  return null;
}

/** The sheet `_amip` before its plan is known: as many chunks as may be, one column. */
export const amipBudget: PartBudget = (t) => sheetProblem(t, { rows: 3 + MAX_CHUNKS, columns: 1 }, false);

interface Plan {
  /** Sheets of the export by name; `_amip` with the chunks it holds. */
  bySheet: Map<string, Size>;
  widest: number;
  /** Rows all other sheet-like parts may have together. */
  otherRows: number;
  /** Cells the sheets may hold: what merged ranges, validations and names may cover at most. */
  capacity: number;
  /** Elements all parts but the export's sheets may have together, at most (before they are counted). */
  restElements: number;
  /** Elements of all parts together, at most. */
  allElements: number;
}

function planned(sizes: readonly SheetSize[], embedded: { chunks: number }): Plan {
  const bySheet = new Map<string, Size>(
    sizes.map((s) => [s.name, { rows: s.rows, columns: s.columns.length }]),
  );
  bySheet.set(META_SHEET, { rows: 3 + embedded.chunks, columns: 1 });
  const widest = Math.max(...sizes.map((s) => s.columns.length));
  const otherRows = allowedExtraRows(Math.max(...sizes.map((s) => s.rows)));
  let capacity = otherRows * widest;
  let sheetElements = 0;
  for (const s of bySheet.values()) {
    const maxRows = s.rows + allowedExtraRows(s.rows);
    capacity += maxRows * s.columns;
    sheetElements += SHEET_EXTRA_ELEMENTS + maxRows * elementsPerRow(s.columns);
  }
  const others = SHEET_EXTRA_ELEMENTS + otherRows * elementsPerRow(widest);
  // The other sheets, and the parts that are no sheets (as many as all sheets and some more).
  const restElements = others + (sheetElements + others + OTHER_PARTS_EXTRA_ELEMENTS);
  return { bySheet, widest, otherRows, capacity, restElements, allElements: sheetElements + restElements };
}

const maxBytes = (elements: number, chars: number): number =>
  BYTES_BASE + BYTES_PER_ELEMENT * elements + 3 * chars;

const isSheetLike = (p: { name: string; sheet: string | undefined; rows: number }): boolean =>
  p.sheet !== undefined || p.rows > 0 || WORKSHEET_NAME.test(p.name);

/**
 * Budgets for tallying the parts once the plan is known: each sheet of the export by its size,
 * all other parts together by what the sheets allow them, so an oversized part is stopped while
 * it is inflated.
 */
export function packBudgets(
  archive: CheckedArchive,
  sizes: readonly SheetSize[],
  embedded: { chunks: number; chars: number },
): (part: { name: string; sheet: string | undefined }) => PartBudget | undefined {
  const plan = planned(sizes, embedded);
  const allowedBytes = maxBytes(plan.allElements, embedded.chars);
  return (part) => {
    // Bytes: the parts counted before this one, and this one so far.
    const before = archive.parts.reduce((n, p) => n + p.entry.uncompressedSize, 0);
    const bytes = (t: RunningTally): string | null =>
      before + t.bytes > allowedBytes
        ? `Die Datei ist entpackt größer als ${mb(allowedBytes)}; mehr ist für diesen Plan nicht erlaubt (abgebrochen in „${shown(t.sheet ?? t.name)}“). ${NOT_READ}`
        : null;
    const size = part.sheet === undefined ? undefined : plan.bySheet.get(part.sheet);
    if (size) return (t) => sheetProblem(t, size, false) ?? bytes(t);
    // Everything else shares one allowance; the parts counted before this one use it up.
    let rows = 0;
    let elements = 0;
    let largest: { label: string; elements: number } | null = null;
    for (const p of archive.parts)
      if (p.sheet === undefined || !plan.bySheet.has(p.sheet)) {
        if (isSheetLike(p)) rows += p.rows;
        elements += p.elements;
        if (!largest || p.elements > largest.elements) largest = p;
      }
    return (t) => {
      const most = largest && largest.elements > t.elements ? largest : t;
      if (rows + t.rows > plan.otherRows)
        return `${upper(t.label)} und die übrigen Blätter, die nicht aus dem AMIP-Planer stammen, haben mehr als ${de(plan.otherRows)} Zeilen; so viele sind neben den Blättern des Plans erlaubt. ${NOT_READ}`;
      if (elements + t.elements > plan.restElements)
        return `Die Teile außerhalb der Blätter des Plans enthalten mehr als ${de(plan.restElements)} XML-Elemente, die meisten ${most.label} (${de(most.elements)}). ${NOT_READ}`;
      return bytes(t);
    };
  };
}

const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Once every part is tallied: each sheet, the other sheets, the other parts, bytes, names. */
export function checkPackSize(
  archive: CheckedArchive,
  sizes: readonly SheetSize[],
  embedded: { chunks: number; chars: number },
): Guarded<object> {
  const seen = new Map<string, string>();
  for (const s of archive.sheets) {
    const twin = seen.get(s.name.toLowerCase());
    if (twin !== undefined)
      return fail(
        `Die Arbeitsmappe enthält zwei Blätter namens „${shown(twin)}“ und „${shown(s.name)}“; Excel lässt das nicht zu. ${NOT_READ}`,
      );
    seen.set(s.name.toLowerCase(), s.name);
  }
  const plan = planned(sizes, embedded);
  const others: PartTally[] = [];
  let sheetElements = 0;
  let restElements = 0;
  let largestRest: PartTally | null = null;
  for (const p of archive.parts) {
    const size = p.sheet === undefined ? undefined : plan.bySheet.get(p.sheet);
    if (size) {
      const problem = sheetProblem(p, size, true);
      if (problem) return fail(problem);
      sheetElements += p.elements;
    } else if (isSheetLike(p)) {
      others.push(p);
      sheetElements += p.elements;
    } else {
      restElements += p.elements;
      if (!largestRest || p.elements > largestRest.elements) largestRest = p;
    }
  }

  // Sheets the export does not write, or writes without a size known in advance (Hilfssummen),
  // and parts ExcelJS reads as sheets though no sheet names them: one allowance for all of them.
  const names = `${others
    .slice(0, 5)
    .map((p) => `„${shown(p.sheet ?? p.name)}“`)
    .join(', ')}${others.length > 5 ? ' …' : ''}`;
  const otherRows = others.reduce((n, p) => n + p.rows, 0);
  if (otherRows > plan.otherRows)
    return fail(
      `Die Blätter ${names} haben zusammen ${de(otherRows)} Zeilen; neben den Blättern des Plans sind höchstens ${de(plan.otherRows)} erlaubt. ${NOT_READ}`,
    );
  const otherElements = others.reduce((n, p) => n + p.elements, 0);
  const maxOtherElements = others.length * SHEET_EXTRA_ELEMENTS + otherRows * elementsPerRow(plan.widest);
  if (otherElements > maxOtherElements)
    return fail(
      `Die Blätter ${names} enthalten ${de(otherElements)} XML-Elemente; für ${rowsText(otherRows)} sind höchstens ${de(maxOtherElements)} erlaubt. ${NOT_READ}`,
    );
  const otherRanges = others.reduce((n, p) => n + p.rangeCells, 0);
  if (otherRanges > plan.otherRows * plan.widest)
    return fail(
      `Die Blätter ${names}: verbundene Zellen und Datenüberprüfungen umfassen ${de(otherRanges)} Zellen, höchstens ${de(plan.otherRows * plan.widest)}. ${NOT_READ}`,
    );

  const maxRest = sheetElements + OTHER_PARTS_EXTRA_ELEMENTS;
  if (restElements > maxRest && largestRest)
    return fail(
      `Die Teile der Datei außerhalb der Blätter enthalten ${de(restElements)} XML-Elemente, die meisten ${largestRest.label} (${de(largestRest.elements)}); zu Blättern mit zusammen ${de(sheetElements)} Elementen gehören höchstens ${de(maxRest)}. ${NOT_READ}`,
    );

  let bytes = 0;
  let biggest: PartTally | null = null;
  for (const p of archive.parts) {
    bytes += p.entry.uncompressedSize;
    if (!biggest || p.entry.uncompressedSize > biggest.entry.uncompressedSize) biggest = p;
  }
  const elements = sheetElements + restElements;
  const allowed = maxBytes(elements, embedded.chars);
  if (bytes > allowed && biggest)
    return fail(
      `Die Datei ist entpackt ${mb(bytes)} groß, davon ${biggest.label} ${mb(biggest.entry.uncompressedSize)}; bei ${de(elements)} XML-Elementen und einer Planstruktur von ${mb(embedded.chars)} sind höchstens ${mb(allowed)} erlaubt. ${NOT_READ}`,
    );

  // Defined names may name at most the cells the sheets can hold.
  let named = 0;
  for (const n of archive.names) {
    named += n.cells;
    if (named > plan.capacity)
      return fail(
        `Der Name „${shown(n.name)}“ der Arbeitsmappe bezeichnet ${de(n.cells)} Zellen; alle Namen zusammen dürfen höchstens ${de(plan.capacity)} Zellen bezeichnen, so viele fassen die Blätter. ${NOT_READ}`,
      );
  }
  return { ok: true };
}
