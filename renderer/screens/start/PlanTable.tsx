/** The stored plans with their actions; the open one is marked and cannot be deleted. */
import { formatDateTime } from '../../../shared/format/dateFormat';
import type { PlanRecord } from '../../../shared/storage/records';
import type { Mode } from './useStartActions';

export function PlanTable(props: {
  plans: readonly PlanRecord[];
  /** The plan open in this window. */
  openId: string | null;
  onOpen: (id: string) => void;
  /** A form or confirmation for one plan. */
  onChoose: (mode: Extract<Mode, { plan: PlanRecord }>) => void;
}) {
  const { openId, onChoose } = props;
  return (
    <table className="storage-table" data-testid="plan-list">
      <thead>
        <tr>
          <th>Plan</th>
          <th>Jahr</th>
          <th>Status</th>
          <th>Zuletzt geändert</th>
          <th>Zeilen</th>
          <th>Aktionen</th>
        </tr>
      </thead>
      <tbody>
        {props.plans.map((p) => (
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
            <td>{p.header.year}</td>
            <td>{p.header.status}</td>
            <td>{formatDateTime(p.updatedAt)}</td>
            <td>{p.rowCount}</td>
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
