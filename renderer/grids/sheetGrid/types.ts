/** The props of SheetGrid and what its hooks share: the latest props and the grid's live parts. */
import type { ReactNode } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { ActionResult } from '../../../shared/actions/action';
import type { FocusTarget } from '../../../shared/commands/applyCommand';
import type { SheetId } from '../../../shared/model/sheets';
import type { SheetColumn, SheetRow } from '../../sheet/cellSpec';
import type { GridView, PasteRows } from '../../sheet/rangeWrites';
import type { CellIndex } from './cellIndex';

/** What can be done with the selected rows (toolbar, Strg++ / Strg+-, the context menu). */
export type RowCommandKind = 'insert' | 'duplicate' | 'remove' | 'up' | 'down';

/** Imperative access for toolbars: put the cursor on a new line, act on the selected rows. */
export interface GridHandle {
  /** Puts the cursor on the target's cell (and opens its editor); false when it is not shown. */
  moveTo(target: FocusTarget, edit?: boolean): boolean;
  /** The rows the selection covers (all of them, headings and sums too), top to bottom. */
  selectedRows(): SheetRow[];
  /** Runs a row command on the selected rows, as Strg++ / Strg+- and the context menu do. */
  rowCommand(kind: RowCommandKind): void;
}

/**
 * The row commands of a grid, as shared/actions results for the selected rows. The grid runs
 * them (one undo step), asks before removing, and puts the cursor and selection afterwards.
 */
export interface RowCommands {
  /** The rows duplicate, remove and move act on (a portfolio row, a Zuweisung …). */
  accepts(row: SheetRow): boolean;
  /** Rows above the selection (as many as selected); gets all selected rows. */
  insert?(rows: SheetRow[]): ActionResult;
  duplicate?(rows: SheetRow[]): ActionResult;
  remove?(rows: SheetRow[]): ActionResult;
  move?(rows: SheetRow[], dir: -1 | 1): ActionResult;
}

export interface SheetGridProps {
  /** Filled once the grid is ready. */
  handleRef?: { current: GridHandle | null };
  /** `data-testid="grid-<id>"`. */
  id: string;
  /** Sheets whose focus targets (undo, Prüfungen) this grid serves. */
  sheets: SheetId[];
  label: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  pinnedBottom?: SheetRow[];
  /** Grow with the rows instead of scrolling inside (small tables). */
  autoHeight?: boolean;
  /** Where a pasted block's rows go (given the rows the grid shows); default: the rows below. */
  pasteRows?: (rows: readonly SheetRow[], startIndex: number, count: number) => PasteRows;
  /** The row under the cursor changed (toolbars act on it). */
  onCurrentRow?: (row: SheetRow | null) => void;
  /** A focus target's row is hidden (collapsed group): reveal it, the jump retries. */
  reveal?: (target: FocusTarget) => boolean;
  /** Extra content inside a cell (group toggle, reference link). */
  decorate?: (row: SheetRow, colId: string, text: string) => ReactNode | null;
  /** Enter on a read-only cell: the action it stands for (follow a reference), or null. */
  activate?: (row: SheetRow, colId: string) => (() => void) | null;
  /** Row commands (insert, duplicate, delete, move) for the selected rows. */
  rowCommands?: RowCommands;
  /**
   * Sort and filter on the column headers and a quick filter, as a view: the rows between
   * headings and sums are sorted and filtered in place, the plan's order stays.
   */
  viewable?: boolean;
}

/**
 * One object per grid, the same across renders, its fields the latest: event handlers read it
 * when the event comes, so they need not be rebuilt when rows or props change.
 */
export interface GridLive {
  api: GridApi<SheetRow> | null;
  container: HTMLDivElement | null;
  props: SheetGridProps;
  /** The rows the grid shows (sorted and filtered when a view is set) and its columns. */
  view: GridView;
  colIndex: ReadonlyMap<string, number>;
  index: CellIndex;
}
