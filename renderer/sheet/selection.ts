/**
 * A rectangular cell selection as Excel has it: the anchor stays where the selection started,
 * the head moves with Shift+arrows or Shift+click. Positions are indices into the rows and
 * columns a grid shows (group and subtotal rows included), so the module knows nothing of AG Grid.
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface Selection {
  anchor: CellPos;
  head: CellPos;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridBounds {
  rows: number;
  cols: number;
}

export function singleCell(pos: CellPos): Selection {
  return { anchor: pos, head: pos };
}

export function toRange(sel: Selection): CellRange {
  return {
    top: Math.min(sel.anchor.row, sel.head.row),
    bottom: Math.max(sel.anchor.row, sel.head.row),
    left: Math.min(sel.anchor.col, sel.head.col),
    right: Math.max(sel.anchor.col, sel.head.col),
  };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/**
 * Whole rows `from`…`to` (a click on the row header, Shift+Space): the anchor in the last
 * column, the head (the cursor) in the first, so Shift+arrows go on selecting whole rows.
 */
export function rowSelection(from: number, to: number, bounds: GridBounds): Selection {
  return { anchor: { row: from, col: Math.max(0, bounds.cols - 1) }, head: { row: to, col: 0 } };
}

/** Whether the selection spans whole rows. */
export function isRowSelection(sel: Selection, bounds: GridBounds): boolean {
  const r = toRange(sel);
  return r.left === 0 && r.right === bounds.cols - 1;
}

/** Shift+click: the anchor stays, the head goes to the clicked cell. */
export function extendTo(sel: Selection, to: CellPos): Selection {
  return { anchor: sel.anchor, head: to };
}

/** Shift+arrow: moves the head by one step (or to the edge with Ctrl), clamped to the grid. */
export function moveHead(sel: Selection, dRow: number, dCol: number, bounds: GridBounds): Selection {
  if (bounds.rows === 0 || bounds.cols === 0) return sel;
  return {
    anchor: sel.anchor,
    head: {
      row: clamp(sel.head.row + dRow, 0, bounds.rows - 1),
      col: clamp(sel.head.col + dCol, 0, bounds.cols - 1),
    },
  };
}

export function contains(range: CellRange, pos: CellPos): boolean {
  return pos.row >= range.top && pos.row <= range.bottom && pos.col >= range.left && pos.col <= range.right;
}

export function rangeSize(range: CellRange): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

export function isSingleCell(sel: Selection): boolean {
  return sel.anchor.row === sel.head.row && sel.anchor.col === sel.head.col;
}

/** All positions of the range, row by row. */
export function cellsOf(range: CellRange): CellPos[] {
  const out: CellPos[] = [];
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) out.push({ row, col });
  return out;
}

/**
 * Where a pasted block of `rows × cols` lands: from the top-left of the selection; when the
 * selection is larger than the block and a multiple of it, the block repeats (Excel's rule).
 */
export function pasteTarget(
  sel: Selection,
  block: { rows: number; cols: number },
  bounds: GridBounds,
): CellRange {
  const range = toRange(sel);
  const size = rangeSize(range);
  const repeatRows = size.rows > block.rows && size.rows % block.rows === 0 ? size.rows : block.rows;
  const repeatCols = size.cols > block.cols && size.cols % block.cols === 0 ? size.cols : block.cols;
  return {
    top: range.top,
    left: range.left,
    bottom: Math.min(range.top + repeatRows - 1, Math.max(bounds.rows - 1, range.top)),
    right: Math.min(range.left + repeatCols - 1, Math.max(bounds.cols - 1, range.left)),
  };
}

/** Keeps a selection inside the grid after rows went away. */
export function clampSelection(sel: Selection, bounds: GridBounds): Selection {
  const fit = (p: CellPos): CellPos => ({
    row: clamp(p.row, 0, Math.max(0, bounds.rows - 1)),
    col: clamp(p.col, 0, Math.max(0, bounds.cols - 1)),
  });
  return { anchor: fit(sel.anchor), head: fit(sel.head) };
}
