/** The grid's live object (types.ts), brought up to date on every render. */
import { useMemo, useRef } from 'react';
import { buildCellIndex } from './cellIndex';
import type { GridLive, SheetGridProps } from './types';

export function useGridLive(props: SheetGridProps): GridLive {
  const { columns, rows, pinnedBottom } = props;
  const colIndex = useMemo(() => new Map(columns.map((c, i) => [c.id, i])), [columns]);
  const index = useMemo(() => buildCellIndex(rows, pinnedBottom), [rows, pinnedBottom]);
  const view = useMemo(() => ({ rows, columns }), [rows, columns]);
  const ref = useRef<GridLive | null>(null);
  const live = (ref.current ??= { api: null, container: null, props, view, colIndex, index });
  live.props = props;
  live.view = view;
  live.colIndex = colIndex;
  live.index = index;
  return live;
}

/** The grid's cell element at a body position, if it is rendered. */
export function cellElement(live: GridLive, row: number, colId: string): HTMLElement | null {
  return (
    live.container?.querySelector<HTMLElement>(`.ag-row[row-index="${row}"] .ag-cell[col-id="${colId}"]`) ??
    null
  );
}
