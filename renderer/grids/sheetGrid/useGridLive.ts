/** The grid's live object (types.ts), brought up to date on every render. */
import { useEffect, useMemo, useRef } from 'react';
import type { SheetRow } from '../../sheet/cellSpec';
import { lazyCellIndex } from './cellIndex';
import type { GridLive, SheetGridProps } from './types';

/** `rows`: what the grid shows (the props' rows, or their sorted and filtered view). */
export function useGridLive(props: SheetGridProps, rows: readonly SheetRow[]): GridLive {
  const { columns, pinnedBottom } = props;
  const colIndex = useMemo(() => new Map(columns.map((c, i) => [c.id, i])), [columns]);
  const index = useMemo(() => lazyCellIndex(rows, pinnedBottom), [rows, pinnedBottom]);
  // Built after the rows are shown, while nobody types yet (the first edit then finds it ready).
  useEffect(() => {
    const t = setTimeout(index.prepare, 300);
    return () => clearTimeout(t);
  }, [index]);
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
