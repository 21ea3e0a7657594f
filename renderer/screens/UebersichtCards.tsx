/**
 * Smaller Übersicht cards: the evaluated target groups (share of the verfügbares EGT and
 * Faktor) and the kommunale Leistungen (money and cases as a range), each only when the plan
 * has some, labels from the figures' definitions; and how far the Programmtext is.
 */
import { useMemo } from 'react';
import { zg } from '../../shared/calc/zielgruppen';
import { programmStatus } from '../../shared/dokument/programmStatus';
import {
  formatCount,
  formatEur,
  formatFactor,
  formatMioEur,
  formatPercent,
} from '../../shared/format/numberFormat';
import { formatRange } from '../../shared/format/rangeFormat';
import { evaluatedZielgruppen } from '../../shared/model/zielgruppen';
import type { PlanState } from '../state/planStore';
import { uiStore } from '../state/uiStore';

export function ZielgruppenCard({ plan, calc }: Pick<PlanState, 'plan' | 'calc'>) {
  const groups = evaluatedZielgruppen(plan);
  if (groups.length === 0) return null;
  return (
    <div className="kpi-card" data-testid="kpi-zielgruppen">
      <div className="kpi-label">Zielgruppen: Anteil am verfügbaren EGT {plan.header.year}</div>
      <ul className="kpi-list">
        {groups.map((z) => {
          const faktor = calc.get(zg(z.id, 'faktor'));
          return (
            <li key={z.id} data-testid={`kpi-zielgruppe-${z.id}`}>
              <span>{z.name}</span> <b>{formatPercent(calc.get(zg(z.id, 'anteilEgt'))) || '–'}</b>
              {faktor !== null ? <span className="kpi-note"> · Faktor {formatFactor(faktor)}</span> : null}
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={() => uiStore.showScreen('zielgruppen')}>
        Zu den Zielgruppen
      </button>
    </div>
  );
}

export function KommunalCard({ calc }: Pick<PlanState, 'calc'>) {
  if (!calc.has('portfolio.mittelansatzKommunal')) return null;
  const money = calc.get('portfolio.mittelansatzKommunal');
  return (
    <div className="kpi-card" data-testid="kpi-kommunal">
      <div className="kpi-label">{calc.def('portfolio.mittelansatzKommunal')?.label} (§ 16a)</div>
      <div className="kpi-value">{formatMioEur(money) || '–'}</div>
      <div className="kpi-note" data-testid="kpi-kommunal-faelle">
        {formatEur(money)} · Fälle{' '}
        {formatRange(calc.get('portfolio.faelleKommunalVon'), calc.get('portfolio.faelleKommunalBis'))}
      </div>
    </div>
  );
}

/** Sections written, words and placeholders; placeholders whose figure is gone are named. */
export function ProgrammCard({ plan, calc }: Pick<PlanState, 'plan' | 'calc'>) {
  // Figures come and go with areas (plan), never with values: the plan is the only dependency.
  const status = useMemo(() => programmStatus(plan, (id) => calc.def(id) !== undefined), [plan, calc]);
  const fehlend = status.fehlend.length;
  return (
    <div className={`kpi-card${fehlend ? ' tone-amber' : ''}`} data-testid="kpi-programm">
      <div className="kpi-label">Programmtext</div>
      <div className="kpi-value" data-testid="kpi-programm-value">
        {formatCount(status.geschrieben)} von {formatCount(status.abschnitte)} Abschnitten
      </div>
      <div className="kpi-note">
        {formatCount(status.woerter)} Wörter · {formatCount(status.platzhalter)}{' '}
        {status.platzhalter === 1 ? 'Kennzahl' : 'Kennzahlen'} im Text
      </div>
      {fehlend ? (
        <p className="kpi-warn" data-testid="kpi-programm-fehlend">
          {fehlend === 1
            ? '1 Platzhalter ohne Kennzahl'
            : `${formatCount(fehlend)} Platzhalter ohne Kennzahl`}
          : {[...new Set(status.fehlend.map((f) => f.where))].join('; ')}
        </p>
      ) : null}
      <button type="button" className="link-button" onClick={() => uiStore.showScreen('programm')}>
        Zum Programmtext
      </button>
    </div>
  );
}
