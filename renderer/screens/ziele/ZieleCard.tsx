/** The Übersicht's card of the Zielvereinbarung: each target with where it stands (shared/calc/zielStatus.ts). */
import { useMemo } from 'react';
import type { Calculation } from '../../../shared/calc/engine';
import { ZIEL_STATUS_LABELS, zielStatus } from '../../../shared/calc/zielStatus';
import type { ZielStatusKind } from '../../../shared/calc/zielStatus';
import type { Plan } from '../../../shared/model/plan';
import { jumpTo } from '../../state/actions';
import { uiStore } from '../../state/uiStore';
import '../../styles/ziele.css';

const ORDER: ZielStatusKind[] = ['erreicht', 'nichtErreicht', 'offen', 'monitoring'];

export function ZieleCard({ plan, calc, version }: { plan: Plan; calc: Calculation; version: number }) {
  // version: the Calculation object is mutable, its values change with every edit
  const status = useMemo(() => zielStatus(plan, calc), [plan, calc, version]);
  const count = (k: ZielStatusKind) => status.filter((s) => s.kind === k).length;
  return (
    <section className="panel ziele-card" aria-labelledby="ue-ziele-title" data-testid="ziele-card">
      <h2 id="ue-ziele-title">Ziele {plan.header.year}</h2>
      {status.length === 0 ? (
        <p className="hint">Keine Zielvereinbarung erfasst.</p>
      ) : (
        <>
          <p className="zv-card-summary" data-testid="ziele-card-summary">
            {ORDER.filter((k) => count(k) > 0)
              .map((k) => `${ZIEL_STATUS_LABELS[k]}: ${count(k)}`)
              .join(' · ')}
          </p>
          <ul aria-label="Ziele und ihr Stand">
            {status.map((s) => (
              <li key={s.ziel.id} data-testid="ziel-status">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => jumpTo({ sheet: 'ziele', rowId: s.ziel.id, column: 'bezeichnung' })}
                >
                  {s.title}
                </button>
                <span
                  className={`ziel-status ziel-status-${s.kind}`}
                  title={s.source ? `laut ${s.source}` : undefined}
                  data-status={s.kind}
                >
                  {ZIEL_STATUS_LABELS[s.kind]}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={() => uiStore.showScreen('ziele')}>
        Zu den Zielen
      </button>
    </section>
  );
}
