/**
 * The Land view's grid: one row per Jobcenter of the chosen group, every Land figure a column
 * (sort by a click or Enter on the header, filter in the header row). The status line sums the
 * rows left after filtering, rates from those sums. A click or Enter on a row opens that plan
 * read-only. Outliers are filled and named in the last column.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowClickedEvent,
} from 'ag-grid-community';
import { LAND_BASES, LAND_RATES } from '../../../shared/calc/landFigures';
import { jobcenterTotals } from '../../../shared/consolidate/consolidate';
import type { JobcenterEntry, LandGroup, LandTotal } from '../../../shared/consolidate/types';
import type { FigureUnit } from '../../../shared/calc/figureDef';
import { formatFigure } from '../../../shared/format/numberFormat';
import { gridTheme } from '../../grids/theme';
import { hyphenateHeader } from '../../sheet/headerHyphens';

export interface LandRow extends JobcenterEntry {
  ausreisser: string;
}

const STATUS_KEYS = [
  'summeEingliederungsmittel',
  'geplanterMitteleinsatz',
  'egtAuslastung',
  'umschichtungsquote',
  'kostenJeEintritt',
];

/**
 * Kept outside the component: a new object on each render (the status line re-renders it) made
 * the grid build all its columns again.
 */
const DEFAULT_COL_DEF: ColDef<LandRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  // Soft hyphens where German divides a long heading (the column's name stays plain).
  headerValueGetter: (p) =>
    p.location === 'header' ? hyphenateHeader(p.colDef?.headerName ?? '') : (p.colDef?.headerName ?? ''),
};
const rowId = (p: GetRowIdParams<LandRow>): string => String(p.data.nr);

export function statusText(
  totals: Record<string, LandTotal>,
  count: number,
  labels: Record<string, string>,
  units: Record<string, FigureUnit>,
): string {
  const parts = STATUS_KEYS.map(
    (k) => `${labels[k] ?? k}: ${formatFigure(totals[k]?.value ?? null, units[k] ?? 'eur')}`,
  );
  return `${count} Jobcenter · ${parts.join(' · ')}`;
}

/** The labels the columns and the status line read (the Land's labels hold the Kategorien too). */
const GRID_KEYS = [...LAND_BASES, ...LAND_RATES].map((f) => f.key);

function gridLabels(labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of GRID_KEYS) if (labels[k] !== undefined) out[k] = labels[k];
  return out;
}

function useByContent<T>(value: T): T {
  const held = useRef(value);
  if (held.current !== value && JSON.stringify(held.current) !== JSON.stringify(value)) held.current = value;
  return held.current;
}

export function LandGrid({
  group,
  labels,
  units,
  onOpen,
}: {
  /** null: no plans chosen yet; the empty grid is made meanwhile, so the chosen ones show at once. */
  group: LandGroup | null;
  labels: Record<string, string>;
  units: Record<string, FigureUnit>;
  onOpen: (e: JobcenterEntry) => void;
}) {
  // New plans bring new label records, with the Kategorien's besides: the columns are made again
  // only when their own labels differ (making them anew costs the first paint a forced layout).
  const allLabels = labels;
  labels = useByContent(useMemo(() => gridLabels(allLabels), [allLabels]));
  const api = useRef<GridApi<LandRow> | null>(null);
  // The status line lives here: its change re-renders the grid, not the whole Land view.
  // Over the rows left by a filter; null without one: then the group's totals are the sums, and
  // the line shows with the rows, not one render later.
  const [filtered, setFiltered] = useState<string | null>(null);
  const whole = useMemo(
    () => (group ? statusText(group.totals, group.jobcenter.length, labels, units) : ''),
    [group, labels, units],
  );
  // Read by the cell rules when a cell is drawn: the columns stay the same objects when the
  // plans change, so the grid does not build them again.
  const outliers = useRef(new Set<string>());
  outliers.current = useMemo(() => new Set(group?.outliers.map((o) => `${o.nr}:${o.figure}`)), [group]);
  const rows = useMemo<LandRow[]>(
    () =>
      (group?.jobcenter ?? []).map((e) => ({
        ...e,
        ausreisser: group!.outliers
          .filter((o) => o.nr === e.nr)
          .map(
            (o) =>
              `${o.label}${o.figure.startsWith('kategorie.') ? ` (${o.figure.split('.')[1]})` : ''} ${o.side}`,
          )
          .join('; '),
      })),
    [group],
  );
  const columns = useMemo<ColDef<LandRow>[]>(
    () => [
      { headerName: 'Nr.', field: 'nr', width: 70, filter: 'agNumberColumnFilter', pinned: 'left' },
      {
        headerName: 'Jobcenter',
        field: 'jobcenter',
        width: 200,
        filter: 'agTextColumnFilter',
        pinned: 'left',
      },
      { headerName: 'Variante', field: 'variante', width: 120, filter: 'agTextColumnFilter' },
      ...[...LAND_BASES, ...LAND_RATES].map((f): ColDef<LandRow> => ({
        colId: f.key,
        headerName: labels[f.key] ?? f.key,
        valueGetter: (p) => p.data?.values[f.key] ?? null,
        valueFormatter: (p) => formatFigure((p.value as number | null) ?? null, f.unit),
        filter: 'agNumberColumnFilter',
        type: 'rightAligned',
        width: f.unit === 'ratio' ? 130 : 170,
        headerTooltip: labels[f.key] ?? f.key,
        cellClassRules: {
          'land-outlier': (p) => p.data !== undefined && outliers.current.has(`${p.data.nr}:${f.key}`),
        },
      })),
      { headerName: 'Ausreißer', field: 'ausreisser', width: 260, filter: 'agTextColumnFilter' },
    ],
    [labels, outliers],
  );
  const refreshStatus = useCallback(() => {
    const a = api.current;
    if (!a) return;
    if (!a.isAnyFilterPresent()) {
      setFiltered(null);
      return;
    }
    const shown: JobcenterEntry[] = [];
    a.forEachNodeAfterFilter((n) => {
      if (n.data) shown.push(n.data);
    });
    setFiltered(statusText(jobcenterTotals(shown), shown.length, labels, units));
  }, [labels, units]);
  // Stable callbacks: new ones on each status change would be handed to the grid again.
  const onGridReady = useCallback(
    (e: GridReadyEvent<LandRow>) => {
      api.current = e.api;
      refreshStatus();
    },
    [refreshStatus],
  );
  const onRowClicked = useCallback((e: RowClickedEvent<LandRow>) => e.data && onOpen(e.data), [onOpen]);
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<LandRow>) => {
      const key = (e.event as KeyboardEvent | null)?.key;
      if (key === 'Enter' && e.data) onOpen(e.data);
    },
    [onOpen],
  );
  return (
    <>
      <div
        className="land-grid"
        data-testid="land-grid"
        role="region"
        aria-label={group ? `Jobcenter der Gruppe ${group.label}` : 'Jobcenter (noch keine Pläne gewählt)'}
      >
        <AgGridReact<LandRow>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={rowId}
          // At most some twenty columns: all rendered, so every figure of a row can be found and read.
          suppressColumnVirtualisation
          // Few rows drawn beyond the visible ones (AG Grid's default is 10): the grid of a
          // chosen Land shows sooner, and 400 rows scroll without gaps all the same.
          rowBuffer={3}
          onGridReady={onGridReady}
          onFilterChanged={refreshStatus}
          onRowDataUpdated={refreshStatus}
          onRowClicked={onRowClicked}
          onCellKeyDown={onCellKeyDown}
          overlayNoRowsTemplate="<span>Noch keine Pläne gewählt.</span>"
        />
      </div>
      <div className="status-line" role="status" aria-live="polite" data-testid="land-status">
        {filtered ?? whole}
      </div>
    </>
  );
}
