/**
 * One spreadsheet grid on AG Grid Community. AG Grid draws, virtualises, navigates (arrows,
 * Tab, Enter, F2) and opens editors; everything else a planner expects from Excel is
 * ours: rectangular selection (Shift+arrows, Shift+click, drag), copy/paste as TSV and HTML,
 * Ctrl+D, Delete over a range, Ctrl+Home/End, undo/redo, status-line statistics, check markers.
 *
 * Edits never touch row data: `readOnlyEdit` turns every commit into a command for the plan
 * store; after the store recalculated, only the cells that depend on the change repaint.
 * A typed value takes the path of a paste (sheet/writeCells.ts), so it is parsed once.
 *
 * AG Grid hands its events to the app (`onCellFocused`, `onCellEditRequest`, …) in a later
 * task (setTimeout 0), and defers its own Escape the same way. Keys typed faster than that
 * (a fast typist, a busy main thread, a test) would extend a stale selection or commit an
 * edit Escape was meant to cancel. So everything a keystroke decides happens in the
 * keystroke: the selection follows the DOM `focusin` and `mousedown`, Enter/Tab commit the
 * open editor from `suppressKeyboardEvent`, Escape cancels there too.
 *
 * The parts live in sheetGrid/: useSelection (selection, mouse, status line), useFocus (cursor,
 * jumps, toolbar handle), useCommit (editors), useClipboard (copy, paste, Ctrl+D, Delete),
 * useKeyboard, useRepaint, columnDefs; their logic is plain functions in sheet/ and cellIndex.ts.
 */
import { useCallback, useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridReadyEvent } from 'ag-grid-community';
import type { SheetRow } from '../sheet/cellSpec';
import { toRange } from '../sheet/selection';
import { uiStore } from '../state/uiStore';
import { gridTheme } from './theme';
import type { GridContext } from './sheetGrid/columnDefs';
import { buildColumnDefs } from './sheetGrid/columnDefs';
import type { SheetGridProps } from './sheetGrid/types';
import { useClipboard } from './sheetGrid/useClipboard';
import { useCommit } from './sheetGrid/useCommit';
import { useFocus } from './sheetGrid/useFocus';
import { useGridLive } from './sheetGrid/useGridLive';
import { useKeyboard } from './sheetGrid/useKeyboard';
import { useRepaint } from './sheetGrid/useRepaint';
import { useSelection } from './sheetGrid/useSelection';

export type { GridHandle, SheetGridProps } from './sheetGrid/types';
export type { PasteRows } from '../sheet/rangeWrites';

export function SheetGrid(props: SheetGridProps) {
  const { columns, rows, pinnedBottom, id } = props;
  const live = useGridLive(props);
  const selection = useSelection(live);
  const focus = useFocus(live, selection);
  const commit = useCommit(live);
  const clipboard = useClipboard(live, selection);
  const onKeyDown = useKeyboard(live, selection, focus, clipboard);
  useRepaint(live, selection);

  const context = useMemo<GridContext>(
    () => ({
      selection: () => {
        const sel = selection.current();
        return sel ? toRange(sel) : null;
      },
      colIndex: live.colIndex,
    }),
    [live.colIndex, selection],
  );
  const columnDefs = useMemo(() => buildColumnDefs(columns, live, commit), [columns, commit, live]);

  const containerRef = useCallback(
    (el: HTMLDivElement | null) => {
      live.container = el;
    },
    [live],
  );

  const onGridReady = useCallback(
    (e: GridReadyEvent<SheetRow>) => {
      live.api = e.api;
      if (live.props.handleRef) live.props.handleRef.current = focus.handle;
    },
    [focus.handle, live],
  );

  return (
    <div
      ref={containerRef}
      className={`sheet-grid${props.autoHeight ? ' sheet-grid-auto' : ''}`}
      data-testid={`grid-${id}`}
      onKeyDown={onKeyDown}
      onKeyDownCapture={() => {
        // A key of the user's own wins over a cursor jump still waiting for its frame (undo);
        // jumps this key starts itself (Ctrl+Z, Enter on a reference) come later and stay.
        uiStore.cancelPendingFocus();
      }}
      onCopy={clipboard.onCopy}
      onCut={clipboard.onCut}
      onPaste={clipboard.onPaste}
      onFocus={selection.handlers.onFocus}
      onPointerDownCapture={selection.handlers.onPointerDownCapture}
      onMouseOver={selection.handlers.onMouseOver}
      onMouseUp={selection.handlers.onMouseUp}
    >
      <AgGridReact<SheetRow>
        theme={gridTheme}
        aria-label={props.label}
        rowData={rows}
        {...(pinnedBottom ? { pinnedBottomRowData: pinnedBottom } : {})}
        columnDefs={columnDefs}
        context={context}
        getRowId={(p) => p.data.id}
        getRowClass={(p) => {
          const classes = [`row-${p.data?.kind ?? 'data'}`];
          if (p.data?.nachrichtlich) classes.push('row-nachrichtlich');
          return classes;
        }}
        readOnlyEdit
        onCellEditRequest={commit.onCellEditRequest}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus={false}
        suppressStartEditOnTab
        suppressCellFocus={false}
        tooltipShowDelay={300}
        domLayout={props.autoHeight ? 'autoHeight' : 'normal'}
        onGridReady={onGridReady}
        animateRows={false}
        suppressDragLeaveHidesColumns
        suppressColumnVirtualisation={false}
        rowBuffer={10}
      />
    </div>
  );
}
