/**
 * Übersicht cards of issue 15: the evaluated target groups (share of the verfügbares EGT and
 * Faktor) and the kommunale Leistungen (money and cases as a range). Each shows only when the
 * plan has some; labels come from the figures' definitions.
 */
import { zg } from '../../shared/calc/zielgruppen';
import { formatEur, formatFactor, formatMioEur, formatPercent } from '../../shared/format/numberFormat';
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
