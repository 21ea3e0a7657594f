/**
 * What an import did with the edits found in the workbook, for the summary dialog and the CLI:
 * every change it took (before → after) and every one it did not take (with the reason), each
 * with its sheet and cell, in German.
 */
import type { CellKey, InputUnit } from '../../model/cellKey';
import type { Num } from '../../model/plan';
import { formatInputValue } from '../../format/numberFormat';

export interface ImportChange {
  sheet: string;
  /** `E12` in the edited workbook, or `Zeile 19 (beim Export)` for a deleted row. */
  cell: string;
  /** E.g. `Eintritte „Eingliederungszuschüsse (EGZ)“`, `neue Zeile in „Integration“`. */
  what: string;
  /** Shown values; '' when there is no before (a new row) or no after (a deleted row). */
  before: string;
  after: string;
  /** For number inputs: the model's key of the cell. */
  cellKey?: CellKey;
}

export interface ImportSkip {
  sheet: string;
  cell: string;
  /** What the workbook holds there, shown. */
  found: string;
  reason: string;
}

const where = (e: { sheet: string; cell: string }): string =>
  e.cell.startsWith('Zeile') || e.cell === ''
    ? `Blatt „${e.sheet}“${e.cell ? `, ${e.cell}` : ''}`
    : `Blatt „${e.sheet}“, ${e.cell.includes(',') || e.cell.includes(':') ? 'Zellen' : 'Zelle'} ${e.cell}`;

/** `Blatt „Maßnahmeportfolio“, Zelle E6: Eintritte „EGZ“: 550 → 600`. */
export function formatChange(c: ImportChange): string {
  const values =
    c.before && c.after ? `${c.before} → ${c.after}` : c.after ? c.after : c.before ? c.before : '';
  return `${where(c)}: ${c.what}${values ? `: ${values}` : ''}`;
}

/** `Blatt „Maßnahmeportfolio“, Zelle G6: „5000“ nicht übernommen: abgeleitete Zahl (Formel) …`. */
export function formatSkip(s: ImportSkip): string {
  return `${where(s)}: ${s.found} nicht übernommen: ${s.reason}`;
}

const MAX_SHOWN = 80;

/** A text as the list shows it: in German quotes, long ones shortened. */
export function quoted(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return `„${flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat}“`;
}

/** A text field's value in the list: quoted, or `leer`. */
export const shownText = (text: string): string => (text === '' ? 'leer' : quoted(text));

/** A number in its unit (`2.200.000 €`, `550`, `3,5 %`), or `leer`. */
export const shownNumber = (v: Num | undefined, unit: InputUnit): string =>
  v === null || v === undefined ? 'leer' : formatInputValue(v, unit);

/** Changes and skips with their place in the workbook, sorted by sheet, row and column at the end. */
export class ChangeList {
  private readonly changes: { order: number[]; entry: ImportChange }[] = [];
  private readonly skips: { order: number[]; entry: ImportSkip }[] = [];

  constructor(private readonly sheetOrder: readonly string[]) {}

  private order(sheet: string, row: number, col: number): number[] {
    const i = this.sheetOrder.indexOf(sheet);
    return [i < 0 ? this.sheetOrder.length : i, row, col];
  }

  took(entry: ImportChange, row: number, col: number): void {
    this.changes.push({ order: this.order(entry.sheet, row, col), entry });
  }

  skipped(entry: ImportSkip, row: number, col: number): void {
    this.skips.push({ order: this.order(entry.sheet, row, col), entry });
  }

  result(): { changes: ImportChange[]; skipped: ImportSkip[] } {
    const sorted = <T>(list: { order: number[]; entry: T }[]): T[] =>
      list
        .map((x, i) => ({ ...x, i }))
        .sort((a, b) => {
          for (let k = 0; k < 3; k++) if (a.order[k] !== b.order[k]) return a.order[k]! - b.order[k]!;
          return a.i - b.i;
        })
        .map((x) => x.entry);
    return { changes: sorted(this.changes), skipped: sorted(this.skips) };
  }
}
