/**
 * The plan embedded in the very hidden sheet `_amip` (workbookMeta.ts writes it), read straight
 * from the checked archive before ExcelJS parses anything: only column A of that sheet and the
 * shared strings it points to are read, as a stream, and the JSON is bounded in size. Without
 * `_amip` a workbook is no AMIP pack and is refused at once; the plan decides how large the
 * other sheets may be (import/packSize.ts). Pure.
 */
import { MAX_CHUNKS, amipBudget } from './import/packSize';
import { META_FORMAT, META_MARKER, META_SHEET } from './workbookMeta';
import type { CellRead, SharedString } from './sheetCells';
import { firstReading, readSharedStrings, readSheetCells, sharedStringsEntry } from './sheetCells';
import type { CheckedArchive } from './zipGuard';
import { sheetEntry } from './zipGuard';
import type { Guarded } from './zipArchive';
import { de, fail } from './zipArchive';

/**
 * The embedded plan's JSON at most: the 60.000-row plan of `npm run bench` needs 18,4 MB. Read
 * and validated, a plan of that size costs 120–230 MB above the process's own memory (as a plan
 * file does), before any sheet is parsed; see README, *Workbook import: checks and limits*.
 */
export const MAX_EMBEDDED_CHARS = 24 * 1024 * 1024;

const where = (cell: string): string => `Blatt „${META_SHEET}“, Zelle ${cell}`;

export const NOT_AN_AMIP_PACK = `Diese Arbeitsmappe stammt nicht aus dem AMIP-Planer: das ausgeblendete Blatt „${META_SHEET}“ fehlt.`;

export interface EmbeddedPlan {
  /** The parsed JSON, not yet validated. */
  plan: unknown;
  /** Cells A4… it filled, and its length in characters. */
  chunks: number;
  chars: number;
}

/**
 * Reads `_amip` and the shared strings: the first reading of both parts, so the guard tallies
 * and checks them meanwhile (zipGuard.ts tallyPart).
 */
export async function readEmbeddedPlan(archive: CheckedArchive): Promise<Guarded<EmbeddedPlan>> {
  const sheets = archive.sheets.filter((s) => s.name === META_SHEET);
  if (sheets.length > 1)
    return fail(
      `Die Arbeitsmappe enthält ${de(sheets.length)} Blätter namens „${META_SHEET}“; so schreibt der AMIP-Planer keine Arbeitsmappe.`,
    );
  const entry = sheetEntry(archive, META_SHEET);
  if (!entry) return fail(NOT_AN_AMIP_PACK);

  const read = await readSheetCells(firstReading(archive, entry, amipBudget), {
    lastRow: MAX_CHUNKS + 3,
    columns: new Set([1]),
    maxChars: MAX_EMBEDDED_CHARS,
    long: true,
  });
  const tooLarge = fail(
    `${where('A4')} ff.: die eingebettete Planstruktur ist größer als ${de(MAX_EMBEDDED_CHARS / 1024 / 1024)} MB; so große Pläne bitte als Plandatei (.amip.json) weitergeben.`,
  );
  if (!read) return fail(`Blatt „${META_SHEET}“ ist beschädigt.`);
  if (!read.ok) return read;
  if (read.overBudget) return tooLarge;
  const colA = (row: number): CellRead | undefined => read.cells.get(row)?.get(1);

  // Shared strings of column A, the JSON chunks whole, the marker short.
  const count = colA(3);
  const chunks = count?.kind === 'number' ? count.value : NaN;
  const wanted = new Map<number, 'long' | 'short'>();
  for (const [row, cells] of read.cells) {
    const c = cells.get(1);
    if (c?.kind === 'shared' && (row <= 2 || (row >= 4 && row <= chunks + 3)))
      wanted.set(c.index, row <= 2 ? 'short' : 'long');
  }
  const sst = sharedStringsEntry(archive);
  const shared = sst ? await readSharedStrings(firstReading(archive, sst), wanted, MAX_EMBEDDED_CHARS) : null;
  if (sst && !shared)
    return fail(`Die gemeinsamen Texte der Arbeitsmappe (xl/sharedStrings.xml) sind beschädigt.`);
  if (shared && !shared.ok) return shared;
  const strings = shared?.strings ?? new Map<number, SharedString>();
  let total = 0;
  const textOf = (row: number): string | null => {
    const c = colA(row);
    if (c?.kind === 'text') return c.text;
    if (c?.kind !== 'shared') return null;
    const s = strings.get(c.index);
    if (!s || s.rich) return null;
    if (s.cut) total = Infinity;
    return s.text;
  };

  if (textOf(1) !== META_MARKER) return fail(`${where('A1')}: keine AMIP-Planer-Kennung.`);
  const format = colA(2);
  if (format?.kind !== 'number' || format.value !== META_FORMAT)
    return fail(`${where('A2')}: unbekannte Exportversion „${format ? shownRead(format, strings) : ''}“.`);
  if (!Number.isInteger(chunks) || chunks < 1 || chunks > MAX_CHUNKS)
    return fail(`${where('A3')}: ungültige Anzahl von Datenzellen.`);
  const parts: string[] = [];
  for (let i = 0; i < chunks; i++) {
    const t = textOf(i + 4);
    if (t === null) return fail(`${where(`A${i + 4}`)}: Planstruktur fehlt oder ist beschädigt.`);
    total += t.length;
    if (total > MAX_EMBEDDED_CHARS) return tooLarge;
    parts.push(t);
  }
  // The cells' texts are dropped before the JSON is parsed; only the joined copy stays.
  read.cells.clear();
  strings.clear();
  const json = parts.join('');
  parts.length = 0;
  try {
    return { ok: true, plan: JSON.parse(json) as unknown, chunks, chars: total };
  } catch {
    return fail(`Blatt „${META_SHEET}“, Zellen A4:A${chunks + 3}: Planstruktur ist kein gültiges JSON.`);
  }
}

/** A cell as the message about an unknown export version shows it. */
function shownRead(c: CellRead, strings: ReadonlyMap<number, { text: string }>): string {
  switch (c.kind) {
    case 'number':
      return String(c.value);
    case 'shared':
      return strings.get(c.index)?.text.slice(0, 40) ?? '';
    default:
      return c.text.slice(0, 40);
  }
}
