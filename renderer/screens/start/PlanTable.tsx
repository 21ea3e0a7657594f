/**
 * The stored plans as a sortable list with their key figures (a click on a column header sorts,
 * a second click reverses); the open one is marked and cannot be deleted.
 */
import { useMemo, useState } from 'react';
import { formatDateTime } from '../../../shared/format/dateFormat';
import { formatFigure } from '../../../shared/format/numberFormat';
import type { PlanSortKey, SortDirection } from '../../../shared/storage/planList';
import { planListColumns, sortPlans } from '../../../shared/storage/planList';
import type { PlanRecord } from '../../../shared/storage/records';
import type { Mode } from './useStartActions';
import { usePlanFigures } from './usePlanFigures';

const FIGURE_COLUMNS = planListColumns();

function SortHeader(props: {
  id: PlanSortKey;
  label: string;
  numeric?: boolean;
  sort: { key: PlanSortKey; dir: SortDirection };
  onSort: (key: PlanSortKey) => void;
}) {
  const active = props.sort.key === props.id;
  return (
    <th
      className={props.numeric ? 'num' : undefined}
      aria-sort={active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        data-testid={`plan-sort-${props.id}`}
        onClick={() => props.onSort(props.id)}
      >
        {props.label}
        <span aria-hidden="true">{active ? (props.sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );
}

export function PlanTable(props: {
  plans: readonly PlanRecord[];
  /** The plan open in this window. */
  openId: string | null;
  onOpen: (id: string) => void;
  /** A form or confirmation for one plan. */
  onChoose: (mode: Extract<Mode, { plan: PlanRecord }>) => void;
}) {
  const { openId, onChoose } = props;
  const [sort, setSort] = useState<{ key: PlanSortKey; dir: SortDirection }>({
    key: 'updatedAt',
    dir: 'desc',
  });
  const figures = usePlanFigures(props.plans);
  const plans = useMemo(
    () => sortPlans(props.plans, figures, sort.key, sort.dir),
    [props.plans, figures, sort],
  );
  const onSort = (key: PlanSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'plan' || key === 'status' ? 'asc' : 'desc' },
    );
  const head = { sort, onSort };
  return (
    <table className="storage-table" data-testid="plan-list">
      <thead>
        <tr>
          <SortHeader id="plan" label="Plan" {...head} />
          <SortHeader id="year" label="Jahr" numeric {...head} />
          <SortHeader id="status" label="Status" {...head} />
          {FIGURE_COLUMNS.map((c) => (
            <SortHeader key={c.id} id={c.id} label={c.label} numeric {...head} />
          ))}
          <SortHeader id="updatedAt" label="Zuletzt geändert" {...head} />
          <SortHeader id="rowCount" label="Zeilen" numeric {...head} />
          <th>Aktionen</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <tr
            key={p.id}
            data-testid="plan-row"
            data-plan-id={p.id}
            aria-current={p.id === openId ? 'true' : undefined}
          >
            <td>
              {p.header.jobcenter} – {p.header.variante}
              {p.id === openId ? <span className="storage-badge"> (geöffnet)</span> : null}
            </td>
            <td className="num">{p.header.year}</td>
            <td>{p.header.status}</td>
            {FIGURE_COLUMNS.map((c) => (
              <td key={c.id} className="num" data-testid={`plan-figure-${c.id}`}>
                {formatFigure(figures.get(p.id)?.[c.id], c.unit)}
              </td>
            ))}
            <td>{formatDateTime(p.updatedAt)}</td>
            <td className="num">{p.rowCount}</td>
            <td className="storage-actions">
              <button type="button" onClick={() => props.onOpen(p.id)} data-testid="plan-open">
                Öffnen
              </button>
              <button type="button" onClick={() => onChoose({ kind: 'variant', plan: p })}>
                Als Variante duplizieren
              </button>
              <button type="button" onClick={() => onChoose({ kind: 'rename', plan: p })}>
                Umbenennen
              </button>
              <button type="button" onClick={() => onChoose({ kind: 'fortschreibung', plan: p })}>
                Plan {p.header.year + 1} erstellen
              </button>
              <button
                type="button"
                disabled={p.id === openId}
                title={
                  p.id === openId
                    ? 'Der geöffnete Plan kann nicht gelöscht werden. Bitte zuerst einen anderen öffnen.'
                    : undefined
                }
                onClick={() => onChoose({ kind: 'delete', plan: p })}
              >
                Löschen
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
