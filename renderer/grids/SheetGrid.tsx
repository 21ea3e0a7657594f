/**
 * One spreadsheet grid on AG Grid Community. AG Grid draws, virtualises, navigates (arrows,
 * Tab, Enter, F2) and opens editors; everything else a planner expects from Excel is
 * ours: rectangular selection (Shift+arrows, Shift+click, drag, the row header for whole
 * rows), copy/paste as TSV and HTML, Ctrl+D, Delete over a range, Home/End and
 * Ctrl+Home/End, undo/redo, row commands (Strg++ / Strg+-, the context menu), find (Strg+F),
 * sort and filter as a view, status-line statistics, check markers, remembered widths.
 *
 * Edits never touch row data: `readOnlyEdit` turns every commit into a command for the plan
 * store; after the store recalculated, only the cells that depend on the change repaint.
 * A typed value takes the path of a paste (sheet/writeCells.ts), so it is parsed once.
 *
 * AG Grid hands its events to the app (`onCellFocused`, `onCellEditRequest`, …) in a later
 * task (setTimeout 0), and defers its own Escape the same way. Keys typed faster than that
 * (a fast typist, a busy main thread, a test) would extend a stale selection or commit an
 * edit Escape was meant to cancel. So everything a keystroke decides happens in the
 * keystroke: the selection follows the DOM `focusin` and `pointerdown`, Enter/Tab commit the
 * open editor from `suppressKeyboardEvent`, Escape cancels there too, and the keys of
 * useKeyboard act before the key's default. Sort and filter never reorder AG Grid's rows
 * behind our back: the grid is handed the view's rows, so a position is what is shown.
 *
 * The parts live in sheetGrid/: useSelection (selection, mouse, status line), useRowHeader,
 * useFocus (cursor, jumps), useCommit (editors), useClipboard (copy, paste, Ctrl+D, Delete),
 * useRowCommands, useFind + FindBar, useContextMenu + ContextMenu, useRowView + ViewBar +
 * viewColumns, useColumnLayout + labelHeights, useKeyboard, useRepaint, columnDefs; their
 * logic is plain functions in sheet/ (keyboard, keyStep, selection, rowView, findCells) and
 * cellIndex.ts.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { AG_GRID_LOCALE_DE } from '@ag-grid-community/locale';
import type { SheetRow } from '../sheet/cellSpec';
import { boundsOf } from '../sheet/rangeWrites';
import { clampSelection, toRange } from '../sheet/selection';
import { uiStore } from '../state/uiStore';
import { gridTheme } from './theme';
import { ContextMenu } from './sheetGrid/ContextMenu';
import { FindBar } from './sheetGrid/FindBar';
import { ViewBar } from './sheetGrid/ViewBar';
import type { GridContext } from './sheetGrid/columnDefs';
import { buildColumnDefs, keepWidths } from './sheetGrid/columnDefs';
import { labelRowHeight } from './sheetGrid/labelHeights';
import type { GridHandle, SheetGridProps } from './sheetGrid/types';
import { useClipboard } from './sheetGrid/useClipboard';
import { useColumnLayout } from './sheetGrid/useColumnLayout';
import { useCommit } from './sheetGrid/useCommit';
import { useContextMenu } from './sheetGrid/useContextMenu';
import { openNoteAtCursor } from './sheetGrid/noteKeys';
import { gridFocused } from '../state/noteRequests';
import { useFind } from './sheetGrid/useFind';
import { moveToTarget, useFocus } from './sheetGrid/useFocus';
import { useGridLive } from './sheetGrid/useGridLive';
import { useKeyboard } from './sheetGrid/useKeyboard';
import { useRepaint } from './sheetGrid/useRepaint';
import { useRowCommands } from './sheetGrid/useRowCommands';
import { useRowHeader } from './sheetGrid/useRowHeader';
import { useRowView } from './sheetGrid/useRowView';
import { useSelection } from './sheetGrid/useSelection';

export type { GridHandle, RowCommands, SheetGridProps } from './sheetGrid/types';
export type { PasteRows } from '../sheet/rangeWrites';

export function SheetGrid(props: SheetGridProps) {
  const { columns, pinnedBottom, id } = props;
  const apiRef = useRef<GridApi<SheetRow> | null>(null);
  const view = useRowView(
    props,
    useCallback(() => apiRef.current, []),
  );
  const live = useGridLive(props, view.rows);
  const selection = useSelection(live);
  const focus = useFocus(live, selection, view.reveal);
  const commit = useCommit(live);
  const clipboard = useClipboard(live, selection);
  const rows = useRowCommands(live, selection, focus);
  const find = useFind(live, selection, focus);
  const menu = useContextMenu(live, { selection, focus, clipboard, rows, find, resetView: view.reset });
  const rowHeader = useRowHeader(live, selection, focus);
  const layout = useColumnLayout(live);
  const onKeyDown = useKeyboard(live, { selection, focus, clipboard, rows, find, menu });
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
  const columnDefs = useMemo(
    () => keepWidths(buildColumnDefs(columns, live, commit), live.api),
    [columns, commit, live],
  );

  const handle = useMemo<GridHandle>(
    () => ({
      moveTo: (target, edit = false) => moveToTarget(live, focus, target, edit),
      selectedRows: rows.selectedRows,
      rowCommand: rows.run,
    }),
    [focus, live, rows],
  );
  useEffect(() => {
    if (props.handleRef && live.api) props.handleRef.current = handle;
  }, [handle, live.api, props.handleRef]);

  // A new view (sorted, filtered): row numbers and the selection's cells repaint, in range.
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    requestAnimationFrame(() => {
      live.api?.refreshCells({ force: true });
      const sel = selection.current();
      if (sel) selection.set(clampSelection(sel, boundsOf(live.view)));
    });
  }, [live, selection, view.rows]);

  const containerRef = useCallback(
    (el: HTMLDivElement | null) => {
      live.container = el;
    },
    [live],
  );

  const onGridReady = useCallback(
    (e: GridReadyEvent<SheetRow>) => {
      live.api = e.api;
      apiRef.current = e.api;
      if (live.props.handleRef) live.props.handleRef.current = handle;
    },
    [handle, live],
  );

  const labelColumn = columns[0]?.id;
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
      onFocus={(e) => {
        gridFocused(e.currentTarget, () => openNoteAtCursor(live));
        selection.handlers.onFocus(e);
      }}
      onPointerDownCapture={(e) => {
        if (!rowHeader.onPointerDownCapture(e)) selection.handlers.onPointerDownCapture(e);
      }}
      onMouseOver={(e) => {
        if (!rowHeader.onMouseOver(e)) selection.handlers.onMouseOver(e);
      }}
      onMouseUp={() => {
        rowHeader.onMouseUp();
        selection.handlers.onMouseUp();
      }}
      onClick={rowHeader.onClick}
      onContextMenu={menu.onContextMenu}
    >
      {props.viewable ? (
        <ViewBar view={view} id={id} label={props.label} columns={columns} rows={props.rows} />
      ) : null}
      <FindBar find={find} label={props.label} />
      <div className="sheet-grid-body">
        <AgGridReact<SheetRow>
          theme={gridTheme}
          localeText={AG_GRID_LOCALE_DE}
          aria-label={props.label}
          // Columns before rows: AG Grid applies changed props in this order, so new columns
          // (another plan's year) are laid out over the rows shown so far, not over 60.000 new ones.
          columnDefs={columnDefs}
          rowData={view.rows as SheetRow[]}
          {...(pinnedBottom ? { pinnedBottomRowData: pinnedBottom } : {})}
          context={context}
          getRowId={(p) => p.data.id}
          getRowClass={(p) => {
            const classes = [`row-${p.data?.kind ?? 'data'}`];
            if (p.data?.nachrichtlich) classes.push('row-nachrichtlich');
            return classes;
          }}
          getRowHeight={(p) => labelRowHeight(p, labelColumn)}
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
          onFirstDataRendered={layout.restore}
          onGridSizeChanged={layout.onGridSizeChanged}
          onNewColumnsLoaded={layout.onGridSizeChanged}
          onColumnResized={layout.onColumnResized}
          onBodyScrollEnd={layout.onBodyScrollEnd}
          enableFilterHandlers
          onSortChanged={view.onSortChanged}
          onFilterChanged={view.onFilterChanged}
          animateRows={false}
          suppressDragLeaveHidesColumns
          suppressColumnVirtualisation={false}
          rowBuffer={10}
        />
      </div>
      {menu.at ? (
        <ContextMenu
          at={menu.at}
          label={`Befehle für ${props.label}`}
          lines={menu.lines()}
          onClose={menu.close}
        />
      ) : null}
    </div>
  );
}
