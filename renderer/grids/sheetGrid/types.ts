/** The props of SheetGrid and what its hooks share: the latest props and the grid's live parts. */
import type { ReactNode } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { FocusTarget } from '../../../shared/commands/applyCommand';
import type { SheetId } from '../../../shared/model/sheets';
import type { SheetColumn, SheetRow } from '../../sheet/cellSpec';
import type { GridView, PasteRows } from '../../sheet/rangeWrites';
import type { CellIndex } from './cellIndex';

/** Imperative access for toolbars: put the cursor on a new line, open a name for typing. */
export interface GridHandle {
  /** Puts the cursor on the target's cell (and opens its editor); false when it is not shown. */
  moveTo(target: FocusTarget, edit?: boolean): boolean;
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
  /** Where a pasted block's rows go; default: the rows below the cursor. */
  pasteRows?: (startIndex: number, count: number) => PasteRows;
  /** The row under the cursor changed (toolbars act on it). */
  onCurrentRow?: (row: SheetRow | null) => void;
  /** A focus target's row is hidden (collapsed group): reveal it, the jump retries. */
  reveal?: (target: FocusTarget) => boolean;
  /** Extra content inside a cell (group toggle, reference link). */
  decorate?: (row: SheetRow, colId: string, text: string) => ReactNode | null;
  /** Enter on a read-only cell: the action it stands for (follow a reference), or null. */
  activate?: (row: SheetRow, colId: string) => (() => void) | null;
}

/**
 * One object per grid, the same across renders, its fields the latest: event handlers read it
 * when the event comes, so they need not be rebuilt when rows or props change.
 */
export interface GridLive {
  api: GridApi<SheetRow> | null;
  container: HTMLDivElement | null;
  props: SheetGridProps;
  view: GridView;
  colIndex: ReadonlyMap<string, number>;
  index: CellIndex;
}
