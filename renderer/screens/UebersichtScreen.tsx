/**
 * Übersicht: the plan header, the key figures with their state, Eintritte and Mittel per
 * Handlungsschwerpunkt as a chart, and the open checks.
 */
import { useMemo } from 'react';
import { hh } from '../../shared/calc/egtChain';
import type { Severity } from '../../shared/checks/pruefung';
import { SEVERITIES } from '../../shared/checks/pruefung';
import { formatCount, formatEur, formatMioEur, formatPercent } from '../../shared/format/numberFormat';
import { usePlanStateWhen } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { EntriesChart } from '../components/EntriesChart';
import { FolgejahreChart } from '../components/FolgejahreChart';
import type { FolgejahrDatum } from '../components/FolgejahreChart';
import { gb } from '../../shared/calc/globalbudget';
import { vp } from '../../shared/calc/verpflichtungen';
import { grundlageSchaetzung, schaetzungLabel } from '../../shared/model/grundlage';
import { registerJahre } from '../../shared/model/budgetInputs';
import type { AreaDatum } from '../components/EntriesChart';
import type { ScreenProps } from '../shell/screenRegistry';
import { ZieleCard } from './ziele/ZieleCard';
import { KommunalCard, ProgrammCard, ZielgruppenCard } from './UebersichtCards';

function Card(props: {
  id: string;
  label: string;
  value: number | null;
  unit: 'eur' | 'ratio';
  note?: string;
  tone?: string;
}) {
  const main = props.unit === 'eur' ? formatMioEur(props.value) : formatPercent(props.value);
  return (
    <div className={`kpi-card ${props.tone ?? ''}`} data-testid={`kpi-${props.id}`}>
      <div className="kpi-label">{props.label}</div>
      <div className="kpi-value" data-testid={`kpi-${props.id}-value`}>
        {main || '–'}
      </div>
      <div className="kpi-note">{props.unit === 'eur' ? formatEur(props.value) : props.note}</div>
    </div>
  );
}

export type AuslastungTone = 'ok' | 'amber' | 'red';

/** Amber above 100 %, red when Mittel für Neufälle is exceeded by more than the tolerance. */
export function auslastungTone(auslastung: number | null, ueberplanungRot: number): AuslastungTone {
  if (auslastung === null) return 'ok';
  if (auslastung > 1 + ueberplanungRot) return 'red';
  if (auslastung > 1) return 'amber';
  return 'ok';
}

/**
 * The Globalbudget card (Grundlage, its total, the VWB share, the Umschichtung needed) beside
 * the chart of the Folgejahresbelastung (zielplanung.md B.1, B.2, C.1).
 */
function GlobalbudgetPanel({ active }: { active: boolean }) {
  const { plan, calc, version } = usePlanStateWhen(active);
  const label = (id: string) => calc.def(id)?.label ?? id;
  const g = grundlageSchaetzung(plan);
  const later = registerJahre(plan).slice(1);
  const data = useMemo<FolgejahrDatum[]>(
    () =>
      later.map((jahr) => ({
        jahr: String(jahr),
        folgejahr: calc.get(vp(`folgejahr.${jahr}`)) ?? 0,
        gebunden: calc.get(vp(`gebunden.${jahr}`)) ?? 0,
      })),
    // version: the Calculation object is mutable, its values change with every edit
    [calc, version, later.join()],
  );
  const anteil = calc.get(gb('grundlage.vwbAnteil'));
  const bedarf = calc.get(gb('umschichtungNetto'));
  const hasBudget = calc.get(gb('grundlage.vwb')) !== null || calc.get(gb('grundlage.egm')) !== null;
  const hasFolgejahre = data.some((d) => d.folgejahr !== 0 || d.gebunden !== 0);
  // A plan without Globalbudget and commitments gets one line, not a 0,00 € card and an empty chart.
  if (!hasBudget && !hasFolgejahre)
    return (
      <section
        className="panel uebersicht-budget-empty"
        aria-labelledby="ue-gb-title"
        data-testid="kpi-globalbudget"
      >
        <h2 id="ue-gb-title">Globalbudget und Verpflichtungen</h2>
        <p className="hint" data-testid="kpi-globalbudget-leer">
          Noch keine Schätzung des Globalbudgets und keine Verpflichtungen über {plan.header.year} hinaus
          erfasst.
        </p>
        <button type="button" onClick={() => uiStore.showScreen('globalbudget')}>
          Zum Globalbudget
        </button>
      </section>
    );
  return (
    <div className="uebersicht-lower uebersicht-budget">
      <section className="panel" aria-labelledby="ue-gb-title" data-testid="kpi-globalbudget">
        <h2 id="ue-gb-title">{label(gb('grundlage.gesamt'))}</h2>
        <div className="kpi-value" data-testid="kpi-globalbudget-value">
          {formatMioEur(calc.get(gb('grundlage.gesamt'))) || '–'}
        </div>
        <dl className="header-facts">
          <div>
            <dt>Grundlage</dt>
            <dd data-testid="kpi-globalbudget-grundlage">{g ? schaetzungLabel(g) : 'keine gewählt'}</dd>
          </div>
          <div>
            <dt>{label(gb('grundlage.vwb'))}</dt>
            <dd>{formatEur(calc.get(gb('grundlage.vwb')))}</dd>
          </div>
          <div>
            <dt>{label(gb('grundlage.egm'))}</dt>
            <dd>{formatEur(calc.get(gb('grundlage.egm')))}</dd>
          </div>
          <div>
            <dt>{label(gb('grundlage.vwbAnteil'))}</dt>
            <dd data-testid="kpi-globalbudget-anteil">{formatPercent(anteil)}</dd>
          </div>
          <div>
            <dt>{label(gb('umschichtungNetto'))}</dt>
            <dd data-testid="kpi-globalbudget-bedarf">{formatEur(bedarf)}</dd>
          </div>
        </dl>
      </section>
      <section className="panel chart-panel" aria-labelledby="ue-fj-title">
        <h2 id="ue-fj-title">Folgejahresbelastung der Verpflichtungen {plan.header.year}</h2>
        <FolgejahreChart data={data} active={active} />
      </section>
    </div>
  );
}

export function UebersichtScreen({ active }: ScreenProps) {
  const { plan, calc, checks, version } = usePlanStateWhen(active);
  const h = plan.header;
  const g = (name: string) => calc.get(hh('plan', name));
  // Labels come from the figures' definitions (shared/calc), like everywhere else.
  const label = (id: string) => calc.def(id)?.label ?? id;
  const hl = (name: string) => label(hh('plan', name));
  const auslastung = g('egtAuslastung');
  const rest = g('restMittelFuerNeufaelle');
  const tone = auslastungTone(auslastung, plan.stammdaten.toleranzen.ueberplanungRot);
  const barWidth = Math.max(0, Math.min(100, ((auslastung ?? 0) / 1.3) * 100));
  const chartData = useMemo<AreaDatum[]>(
    () =>
      plan.schwerpunkte.map((a) => ({
        area: a.name,
        eintritte: calc.get(`area.${a.id}.eintritte`) ?? 0,
        mittel: calc.get(`area.${a.id}.mittelansatzEgt`) ?? 0,
      })),
    // version: the Calculation object is mutable, its values change with every edit
    [plan.schwerpunkte, calc, version],
  );
  const bySeverity = (s: Severity) => checks.filter((c) => c.severity === s).length;

  return (
    <div className="screen-body screen-scroll uebersicht">
      <section className="plan-header panel" aria-labelledby="ue-title">
        <h2 id="ue-title">
          {h.jobcenter} – Arbeitsmarkt- und Integrationsprogramm {h.year}
        </h2>
        <dl className="header-facts">
          <div>
            <dt>Jobcenter</dt>
            <dd data-testid="header-jobcenter">{h.jobcenter}</dd>
          </div>
          <div>
            <dt>Jahr</dt>
            <dd data-testid="header-year">{h.year}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd data-testid="header-status">{h.status}</dd>
          </div>
          <div>
            <dt>Variante</dt>
            <dd data-testid="header-variante">{h.variante}</dd>
          </div>
          <div>
            <dt>Vorjahr</dt>
            <dd>{h.vorjahr}</dd>
          </div>
        </dl>
      </section>
      <section className="kpi-grid" aria-label="Kennzahlen des Haushalts">
        <Card id="verfuegbaresEgt" label={hl('verfuegbaresEgt')} value={g('verfuegbaresEgt')} unit="eur" />
        <Card
          id="mittelFuerNeufaelle"
          label={hl('mittelFuerNeufaelle')}
          value={g('mittelFuerNeufaelle')}
          unit="eur"
        />
        <Card
          id="geplanterMitteleinsatz"
          label={hl('geplanterMitteleinsatz')}
          value={g('geplanterMitteleinsatz')}
          unit="eur"
        />
        <div className={`kpi-card kpi-wide tone-${tone}`} data-testid="kpi-egtAuslastung" data-tone={tone}>
          <div className="kpi-label">{hl('egtAuslastung')}</div>
          <div className="kpi-value" data-testid="kpi-egtAuslastung-value">
            {formatPercent(auslastung) || '–'}
          </div>
          <div
            className="meter"
            role="meter"
            aria-label={hl('egtAuslastung')}
            aria-valuemin={0}
            aria-valuemax={130}
            aria-valuenow={Math.round((auslastung ?? 0) * 1000) / 10}
            aria-valuetext={formatPercent(auslastung)}
          >
            <div className="meter-fill" style={{ width: `${barWidth}%` }} />
            <div className="meter-mark" style={{ left: `${100 / 1.3}%` }} title="100 %" />
          </div>
          <div className="kpi-note" data-testid="kpi-rest">
            {rest === null
              ? ''
              : rest < 0
                ? `Überplanung ${formatEur(-rest)}`
                : `nicht verplant ${formatEur(rest)}`}
          </div>
        </div>
        <Card
          id="umschichtungsquote"
          label={hl('umschichtungsquote')}
          value={g('umschichtungsquote')}
          unit="ratio"
          note={`Umschichtung ${formatEur(g('umschichtung'))}`}
        />
        <Card
          id="vorbindungsquote"
          label={hl('vorbindungsquote')}
          value={g('vorbindungsquote')}
          unit="ratio"
          note={`${hl('vorbindungen')} ${formatEur(g('vorbindungen'))}${plan.verpflichtungen.vorbindungenAusRegister ? ' (aus dem Register)' : ''}`}
        />
        <Card
          id="drittmittel"
          label={label('drittmittel.summe')}
          value={calc.get('drittmittel.summe')}
          unit="eur"
        />
        <Card
          id="mittelAktiveAmp"
          label={label('mittelAktiveAmp')}
          value={calc.get('mittelAktiveAmp')}
          unit="eur"
        />
        <ZielgruppenCard plan={plan} calc={calc} />
        <KommunalCard calc={calc} />
        <ProgrammCard plan={plan} calc={calc} />
      </section>
      <GlobalbudgetPanel active={active} />
      <div className="uebersicht-lower">
        <section className="panel chart-panel" aria-labelledby="ue-chart-title">
          <h2 id="ue-chart-title">Eintritte und Mittel je Handlungsschwerpunkt</h2>
          <EntriesChart data={chartData} active={active} />
        </section>
        <section className="panel checks-panel" aria-labelledby="ue-checks-title">
          <h2 id="ue-checks-title">Prüfungen</h2>
          <p className="checks-count" data-testid="open-checks">
            {checks.length === 1 ? '1 offene Prüfung' : `${formatCount(checks.length)} offene Prüfungen`}
          </p>
          <ul className="severity-list">
            {SEVERITIES.map((s) => (
              <li key={s} className={`sev sev-${s.toLowerCase()}`}>
                {s}: <b>{formatCount(bySeverity(s))}</b>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => uiStore.showScreen('pruefungen')}>
            Zu den Prüfungen
          </button>
        </section>
        <ZieleCard plan={plan} calc={calc} version={version} />
      </div>
    </div>
  );
}
