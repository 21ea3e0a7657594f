/**
 * Headings and sums keep their whole label: where it is wider than the label column, the
 * row grows by a line (up to four) and the label wraps, instead of being cut with "…". The
 * lines are counted by measuring the words in the grid's font, so only such rows get taller
 * (60.000 plain rows cost nothing); a resized label column counts again.
 */
import type { ColumnResizedEvent, GridApi, IRowNode, RowHeightParams } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import { displayText } from '../../sheet/cellSpec';
import { planStore } from '../../state/planStore';
import { WRAPPED_LABEL_ROWS } from './columnDefs';

const ROW = 28;
const LINE = 17;
// Four lines: at 1366 px with every column the Instrument column narrows to about 190 px.
const MAX_LINES = 4;
/** Cell padding left and right, and the group toggle in front of a heading's name. */
const PADDING = 18;
const TOGGLE = 22;
const FONT = '600 13px "Segoe UI", Calibri, Arial, sans-serif';

let ctx: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in `font` (the cells' bold label font unless told), in pixels. */
export function measure(text: string, font: string = FONT): number {
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * 7.5;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/** How many lines `text` needs at `width` pixels, words wrapped as the browser does. */
export function linesFor(text: string, width: number, measureText: (t: string) => number = measure): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || width <= 0) return 1;
  const space = measureText(' ');
  let lines = 1;
  let used = 0;
  for (const w of words) {
    const ww = measureText(w);
    if (used === 0) used = ww;
    else if (used + space + ww <= width) used += space + ww;
    else {
      lines += 1;
      used = ww;
    }
  }
  return lines;
}

/** The height a row needs for its whole label (undefined: the grid's default). */
export function labelRowHeight(
  p: RowHeightParams<SheetRow>,
  labelColumn: string | undefined,
): number | undefined {
  return heightFor(p.data, !!p.node.rowPinned, p.api, labelColumn);
}

function heightFor(
  row: SheetRow | undefined,
  pinned: boolean,
  api: GridApi<SheetRow>,
  labelColumn: string | undefined,
): number | undefined {
  if (!row || !labelColumn || !(WRAPPED_LABEL_ROWS.has(row.kind) || pinned)) return undefined;
  const width = api.getColumn(labelColumn)?.getActualWidth();
  if (!width) return undefined;
  const text = displayText(row.cells[labelColumn], planStore.getState());
  // The nachrichtlich line is italic, not bold: measuring it bold errs on the safe side.
  const room = width - PADDING - (row.kind === 'group' ? TOGGLE : 0) - 4;
  const lines = Math.min(MAX_LINES, linesFor(text, room));
  return ROW + (lines - 1) * LINE;
}

/** The label column's width changed (dragged, fitted): the heights are counted again. */
export function onLabelColumnResized(
  e: ColumnResizedEvent<SheetRow>,
  labelColumn: string | undefined,
  rows: readonly SheetRow[],
): void {
  if (!e.finished || !labelColumn) return;
  if (!e.columns || e.columns.some((c) => c.getColId() === labelColumn))
    resetHeights(e.api, labelColumn, rows);
}

/**
 * Counts the wrapping rows' heights again (label column resized or fitted, another plan's rows);
 * `rows`: the rows the grid shows.
 * Only headings, sums and pinned lines can be taller than the default, so only their nodes are
 * set; AG Grid's resetRowHeights would mark all 60.000 rows of a Land plan for measuring again.
 * Nothing changed (the usual case after opening a plan): no work for the grid at all.
 */
export function resetHeights(
  api: GridApi<SheetRow>,
  labelColumn: string | undefined,
  rows: readonly SheetRow[],
): void {
  let changed = false;
  const update = (node: IRowNode<SheetRow>, pinned: boolean) => {
    const h = heightFor(node.data, pinned, api, labelColumn) ?? (pinned ? ROW : undefined);
    if (h === undefined || node.rowHeight === h) return;
    node.setRowHeight(h);
    changed = true;
  };
  for (const row of rows) {
    if (!WRAPPED_LABEL_ROWS.has(row.kind)) continue;
    const node = api.getRowNode(row.id);
    if (node) update(node, false);
  }
  // Pinned rows keep the height they were made with: set anew for the new width.
  for (let i = 0; i < api.getPinnedBottomRowCount(); i++) {
    const node = api.getPinnedBottomRow(i);
    if (node) update(node, true);
  }
  if (changed) api.onRowHeightChanged();
}
