/**
 * Verpflichtungen (zielplanung.md C): the register of commitments, the plan year's Vorbindungen
 * from it, this year's multi-year portfolio rows and the load on the next four years.
 */
import * as actions from '../../shared/actions/budget';
import { hh } from '../../shared/calc/egtChain';
import { vp } from '../../shared/calc/verpflichtungen';
import { usePlanState } from '../state/planStore';
import { FigureStrip } from '../components/FigureStrip';
import { BudgetGrid } from '../grids/BudgetGrid';
import type { ScreenProps } from '../shell/screenRegistry';
import { BudgetListPanel } from './BudgetListPanel';

const SHEETS = ['verpflichtungen' as const];

/** The used Vorbindungen, their quota and next year's load (re-rendered with the plan year). */
function VorbindungenStrip() {
  const year = usePlanState().plan.header.year;
  return (
    <FigureStrip
      label="Vorbindungen"
      figures={[
        { id: hh('plan', 'vorbindungen'), unit: 'eur' },
        { id: hh('plan', 'vorbindungsquote'), unit: 'ratio' },
        { id: vp(`folgejahr.${year + 1}`), label: `Folgejahresbelastung ${year + 1}`, unit: 'eur' },
      ]}
    />
  );
}
/** The multi-year rows are portfolio rows: undo of a Beginn may point here too. */
const SHEETS_MJ = ['verpflichtungen' as const, 'portfolio' as const];

export function VerpflichtungenScreen(_props: ScreenProps) {
  return (
    <div className="screen-body screen-scroll">
      <BudgetListPanel
        titleId="vp-register-title"
        testId="verpflichtung"
        title="Verpflichtungsregister"
        noun="Verpflichtung"
        toolbarLabel="Verpflichtungen"
        add={(p) => actions.addVerpflichtung(p)}
        list="verpflichtungen"
        table="register"
        gridLabel="Verpflichtungsregister"
        sheets={SHEETS}
      >
        <p className="hint">
          Beginn und Ende als Monat eingeben (z. B. <kbd>09.2016</kbd>). Gleichmäßig monatlich verteilt der
          Planer den Gesamtbetrag auf die Monate; bei Jahresbeträgen werden sie in den Jahresspalten
          eingegeben.
        </p>
      </BudgetListPanel>
      <section aria-labelledby="vp-verwendung-title" className="panel">
        <h2 id="vp-verwendung-title">Vorbindungen</h2>
        <BudgetGrid table="verwendung" label="Vorbindungen" sheets={SHEETS} />
      </section>
      <section aria-labelledby="vp-mj-title" className="panel">
        <h2 id="vp-mj-title">Mehrjährige Maßnahmen</h2>
        <p className="hint">
          Beginn und Laufzeit neuer Eintritte werden im Maßnahmeportfolio (Spalten Beginn, Laufzeit) oder hier
          gewählt.
        </p>
        <BudgetGrid table="mehrjaehrig" label="Mehrjährige Maßnahmen" sheets={SHEETS_MJ} />
      </section>
      <section aria-labelledby="vp-belastung-title" className="panel">
        <h2 id="vp-belastung-title">Folgejahresbelastung</h2>
        <BudgetGrid table="belastung" label="Folgejahresbelastung" sheets={SHEETS} />
      </section>
      <VorbindungenStrip />
    </div>
  );
}
