/**
 * The clipboard's side of copy and paste (no DOM here; SheetGrid wires the events): the block
 * a paste brings, and the text a copy puts there. What a paste writes is rangeWrites.ts and
 * writeCells.ts, the same path a typed value takes.
 */
import { formatInputForEditing } from '../../shared/format/numberFormat';
import type { CellBlock } from '../../shared/clipboard/tsv';
import { parseTsv } from '../../shared/clipboard/tsv';
import { parseHtmlTable } from '../../shared/clipboard/htmlTable';
import type { CellSpec } from './cellSpec';
import { cellValue } from './cellSpec';
import type { GridView } from './rangeWrites';
import { editText } from './writeCells';
import { specAt } from './rangeWrites';
import type { CellRange } from './selection';
import type { PlanState } from '../state/planStore';

/** Block from the clipboard: the HTML table when there is one (Excel, LibreOffice), else TSV. */
export function blockFromClipboard(
  html: string | null | undefined,
  text: string | null | undefined,
): CellBlock {
  const fromHtml = html ? parseHtmlTable(html) : null;
  if (fromHtml && fromHtml.length > 0) return fromHtml;
  return parseTsv(text ?? '');
}

/** The text a cell contributes to a copy: numbers as plain German numbers Excel reads back. */
export function copyText(spec: CellSpec | undefined, s: PlanState): string {
  if (!spec) return '';
  // A range of cases copies as "60–150" (pasted back into a range cell it is read as one).
  if (spec.kind === 'input' && spec.bis !== undefined) return editText(spec, s);
  const v = cellValue(spec, s);
  if (spec.kind === 'input' || spec.kind === 'figure' || spec.kind === 'view')
    return typeof v === 'number' ? formatInputForEditing(v, spec.unit) : '';
  return v === null ? '' : String(v);
}

/** The selected range as a block of texts, row by row. */
export function copyBlock(view: GridView, range: CellRange, s: PlanState): string[][] {
  const block: string[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const line: string[] = [];
    for (let col = range.left; col <= range.right; col++) line.push(copyText(specAt(view, { row, col }), s));
    block.push(line);
  }
  return block;
}
