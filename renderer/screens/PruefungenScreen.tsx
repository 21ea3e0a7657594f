/**
 * Prüfungen: every check with severity, sheet and message; sortable by severity; Enter or a
 * click on a row jumps to the cell the check is about.
 */
import { useMemo, useState } from 'react';
import type { Pruefung } from '../../shared/checks/pruefung';
import { severityRank } from '../../shared/checks/pruefung';
import { SHEET_LABELS } from '../../shared/model/sheets';
import { usePlanStateWhen } from '../state/planStore';
import { jumpTo } from '../state/actions';
import type { ScreenProps } from '../shell/screenRegistry';

export function sortChecks(checks: readonly Pruefung[], dir: 'asc' | 'desc'): Pruefung[] {
  const sign = dir === 'asc' ? 1 : -1;
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => sign * (severityRank(a.c.severity) - severityRank(b.c.severity)) || a.i - b.i)
    .map((x) => x.c);
}

export function PruefungenScreen({ active }: ScreenProps) {
  const { checks } = usePlanStateWhen(active);
  const [dir, setDir] = useState<'asc' | 'desc'>('asc');
  const sorted = useMemo(() => sortChecks(checks, dir), [checks, dir]);
  const jump = (c: Pruefung) =>
    jumpTo({
      sheet: c.location.sheet,
      ...(c.location.cellKey ? { cellKey: c.location.cellKey } : {}),
      ...(c.location.rowId ? { rowId: c.location.rowId } : {}),
      ...(c.location.areaId ? { areaId: c.location.areaId } : {}),
      ...(c.location.column ? { column: c.location.column } : {}),
      ...(c.location.figureId ? { figureId: c.location.figureId } : {}),
    });
  return (
    <div className="screen-body screen-scroll">
      <section className="panel" aria-labelledby="pr-title">
        <h2 id="pr-title">Plausibilitätsprüfungen ({checks.length})</h2>
        {checks.length === 0 ? <p>Keine offenen Prüfungen.</p> : null}
        <table className="checks-table" data-testid="checks-table">
          <thead>
            <tr>
              <th scope="col" aria-sort={dir === 'asc' ? 'ascending' : 'descending'}>
                <button
                  type="button"
                  data-testid="sort-severity"
                  onClick={() => setDir(dir === 'asc' ? 'desc' : 'asc')}
                >
                  Schwere {dir === 'asc' ? '▲' : '▼'}
                </button>
              </th>
              <th scope="col">Blatt</th>
              <th scope="col">Meldung</th>
              <th scope="col">
                <span className="visually-hidden">Aktion</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr
                key={c.id}
                className={`sev-row sev-${c.severity.toLowerCase()}`}
                data-testid="check-row"
                onClick={() => jump(c)}
              >
                <td>
                  <span className={`sev-badge sev-${c.severity.toLowerCase()}`}>{c.severity}</span>
                </td>
                <td>{SHEET_LABELS[c.sheet]}</td>
                <td>{c.message}</td>
                <td>
                  <button
                    type="button"
                    data-testid="check-jump"
                    onClick={(e) => {
                      e.stopPropagation();
                      jump(c);
                    }}
                  >
                    Anzeigen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
