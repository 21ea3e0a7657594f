/**
 * Sort and filter as a view (sheet/rowView.ts) for grids that offer it: AG Grid's column
 * headers collect the sort and the filters (its German menus), the quick filter box the words;
 * AG Grid itself neither sorts nor filters (its comparator and filter always agree), the rows
 * it gets are already the view. So every position the grid works with (selection, paste,
 * jumps) is a position in what is shown. "Planreihenfolge" clears it all in one click.
 */
import { useCallback, useMemo, useState } from 'react';
import type { FilterChangedEvent, SortChangedEvent } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import { cellValue, displayText } from '../../sheet/cellSpec';
import type { ColumnFilter, RowViewSpec } from '../../sheet/rowView';
import { NO_VIEW, isViewActive, viewRows } from '../../sheet/rowView';
import { planStore } from '../../state/planStore';
import type { SheetGridProps } from './types';

export interface ViewControl {
  /** The rows the grid shows. */
  rows: readonly SheetRow[];
  spec: RowViewSpec;
  active: boolean;
  setQuick(q: string): void;
  /** The plan's own order again: sort, filters and quick filter cleared. */
  reset(): void;
  onSortChanged(e: SortChangedEvent<SheetRow>): void;
  onFilterChanged(e: FilterChangedEvent<SheetRow>): void;
  /** A jump's target is not shown: a set view is cleared (the jump retries); true when it was. */
  reveal(): boolean;
}

const reader = {
  text: (row: SheetRow, colId: string) => displayText(row.cells[colId], planStore.getState()),
  value: (row: SheetRow, colId: string) => cellValue(row.cells[colId], planStore.getState()),
};

export function useRowView(props: SheetGridProps, api: () => SortChangedEvent['api'] | null): ViewControl {
  const [spec, setSpec] = useState<RowViewSpec>(NO_VIEW);
  const colIds = useMemo(() => props.columns.map((c) => c.id), [props.columns]);
  const viewable = !!props.viewable;
  // Values edited while a view is set do not move rows (as in Excel, the view is applied once).
  const rows = useMemo(
    () => (viewable ? viewRows(props.rows, spec, reader, colIds) : props.rows),
    [colIds, props.rows, spec, viewable],
  );

  const reset = useCallback(() => {
    const a = api();
    a?.applyColumnState({ defaultState: { sort: null } });
    a?.setFilterModel(null);
    setSpec(NO_VIEW);
  }, [api]);

  const onSortChanged = useCallback((e: SortChangedEvent<SheetRow>) => {
    const sorted = e.api.getColumnState().find((c) => c.sort);
    setSpec((s) => ({ ...s, sort: sorted ? { colId: sorted.colId, desc: sorted.sort === 'desc' } : null }));
  }, []);

  const onFilterChanged = useCallback((e: FilterChangedEvent<SheetRow>) => {
    const model = (e.api.getFilterModel() ?? {}) as Record<string, ColumnFilter>;
    setSpec((s) => ({ ...s, filters: model }));
  }, []);

  const setQuick = useCallback((quick: string) => setSpec((s) => ({ ...s, quick })), []);

  const active = isViewActive(spec);
  const reveal = useCallback(() => {
    if (!active) return false;
    reset();
    return true;
  }, [active, reset]);

  return useMemo(
    () => ({ rows, spec, active, setQuick, reset, onSortChanged, onFilterChanged, reveal }),
    [active, onFilterChanged, onSortChanged, reset, reveal, rows, setQuick, spec],
  );
}
