/**
 * Column widths and the scroll position of a grid: the widths a user dragged are remembered per
 * plan (state/viewMemory.ts) and come back; otherwise the sheet's widths, narrowed where the
 * window is too small (a 1366 px laptop) so that no column hides under the scroll bar: every
 * column gives up to a quarter of its width, never below its minimum or its heading's longest
 * word, before the grid scrolls sideways. The first visible row is remembered too.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { BodyScrollEndEvent, ColumnResizedEvent, GridApi } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import { planStore } from '../../state/planStore';
import { gridViewOf, rememberGrid, storedWidths } from '../../state/viewMemory';
import { headerMinWidth } from './headerWidths';
import { onLabelColumnResized, resetHeights } from './labelHeights';
import { ROW_HEADER } from './rowHeaderColumn';
import type { GridLive } from './types';

/** The most a column gives up to make the table fit. */
const SHRINK = 0.25;

export interface LayoutControl {
  /** After the first rows are drawn: widths and scroll position of the plan. */
  restore(): void;
  /** The grid's size or its set of columns changed: fitted again unless the user set widths. */
  onGridSizeChanged(): void;
  onColumnResized(e: ColumnResizedEvent<SheetRow>): void;
  onBodyScrollEnd(e: BodyScrollEndEvent<SheetRow>): void;
}

const planId = () => planStore.getState().plan.id;

/** AG Grid's vertical scroll bar (16 px in Chromium on Windows and Linux). */
const SCROLLBAR = 16;

/**
 * Width the columns may take: the grid's inner width without a vertical scroll bar (kept free
 * in a scrolling grid even before the bar shows, so the columns do not move when it comes).
 */
function roomOf(container: HTMLElement, scrolls: boolean): number {
  const root = container.querySelector<HTMLElement>('.ag-root-wrapper');
  const bar = container.querySelector<HTMLElement>('.ag-body-vertical-scroll')?.offsetWidth ?? 0;
  return (root?.clientWidth ?? container.clientWidth) - Math.max(bar, scrolls ? SCROLLBAR : 0) - 2;
}

type WidthState = { colId: string; width: number; flex: number | null };

/**
 * Applies the widths unless every column already has them: applying makes AG Grid measure the
 * page twice (a forced layout each), which after opening a Land plan costs more than the rest.
 */
function applyWidths(api: GridApi<SheetRow>, state: WidthState[]): void {
  const same = state.every((s) => {
    const col = api.getColumn(s.colId);
    return !col || (col.getActualWidth() === s.width && (col.getFlex() ?? null) === s.flex);
  });
  if (!same) api.applyColumnState({ state });
}

export function useColumnLayout(live: GridLive): LayoutControl {
  const labelColumn = live.view.columns[0]?.id;

  /** The sheet's widths, fitted to the room there is. */
  const fit = useCallback(
    (api: GridApi<SheetRow>) => {
      const container = live.container;
      if (!container) return;
      const cols = live.view.columns;
      const header = api.getColumn(ROW_HEADER)?.getActualWidth() ?? 0;
      // Never narrower than the heading's longest word (headerWidths.ts).
      const heading = cols.map((c) => headerMinWidth(c.header));
      const natural = cols.map((c, i) => Math.max(c.flex ? (c.minWidth ?? c.width) : c.width, heading[i]!));
      const total = header + natural.reduce((a, b) => a + b, 0);
      const room = roomOf(container, !live.props.autoHeight);
      if (room <= 0) return;
      if (total <= room) {
        applyWidths(
          api,
          cols.map((c, i) => ({ colId: c.id, width: Math.max(c.width, heading[i]!), flex: c.flex ?? null })),
        );
        return;
      }
      const mins = cols.map((c, i) =>
        Math.max(c.minWidth ?? 0, Math.round(natural[i]! * (1 - SHRINK)), heading[i]!),
      );
      const spare = natural.reduce((a, w, i) => a + (w - mins[i]!), 0);
      const ratio = spare > 0 ? Math.min(1, (total - room) / spare) : 1;
      applyWidths(
        api,
        cols.map((c, i) => ({
          colId: c.id,
          width: Math.floor(natural[i]! - (natural[i]! - mins[i]!) * ratio),
          flex: null,
        })),
      );
    },
    [live],
  );

  const layout = useCallback(() => {
    const api = live.api;
    if (!api) return;
    const widths = storedWidths(gridViewOf(planId(), live.props.id));
    if (widths)
      applyWidths(
        api,
        Object.entries(widths)
          .filter(([id]) => live.colIndex.has(id))
          .map(([colId, width]) => ({ colId, width, flex: null })),
      );
    else fit(api);
    resetHeights(api, live.view.columns[0]?.id, live.view.rows);
  }, [fit, live]);

  const restore = useCallback(() => {
    layout();
    const api = live.api;
    const first = gridViewOf(planId(), live.props.id).firstRow;
    if (
      api &&
      !live.props.autoHeight &&
      typeof first === 'number' &&
      first > 0 &&
      first < live.view.rows.length
    )
      api.ensureIndexVisible(first, 'top');
  }, [layout, live]);

  // Another plan opened: its widths and rows.
  useEffect(
    () =>
      planStore.subscribe((change) => {
        if (change.kind === 'load') requestAnimationFrame(() => requestAnimationFrame(restore));
      }),
    [restore],
  );

  return useMemo<LayoutControl>(
    () => ({
      restore,
      onGridSizeChanged: () => {
        if (!storedWidths(gridViewOf(planId(), live.props.id))) layout();
      },
      onColumnResized: (e) => {
        onLabelColumnResized(e, labelColumn, live.view.rows);
        if (!e.finished || e.source !== 'uiColumnResized') return;
        const widths: Record<string, number> = {};
        for (const c of e.api.getColumnState())
          if (c.colId !== ROW_HEADER && c.width) widths[c.colId] = c.width;
        rememberGrid(planId(), live.props.id, { widths });
      },
      onBodyScrollEnd: (e) => {
        if (e.direction !== 'vertical' || live.props.autoHeight) return;
        rememberGrid(planId(), live.props.id, { firstRow: e.api.getFirstDisplayedRowIndex() });
      },
    }),
    [labelColumn, layout, live, restore],
  );
}
