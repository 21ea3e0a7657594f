/**
 * Globalbudget (zielplanung.md B): the estimates of Verwaltungsbudget and Eingliederungsmittel
 * with the chosen Grundlage, the Umschichtung the Verwaltungsbudget needs, and the staff.
 */
import * as actions from '../../shared/actions/budget';
import { gb, ps } from '../../shared/calc/globalbudget';
import { FigureStrip } from '../components/FigureStrip';
import { BudgetGrid } from '../grids/BudgetGrid';
import type { ScreenProps } from '../shell/screenRegistry';
import { BudgetListPanel } from './BudgetListPanel';

const SHEETS = ['globalbudget' as const];

export function GlobalbudgetScreen(_props: ScreenProps) {
  return (
    <div className="screen-body screen-scroll">
      <BudgetListPanel
        titleId="gb-schaetzungen-title"
        testId="schaetzung"
        title="Schätzungen des Globalbudgets"
        noun="Schätzung"
        toolbarLabel="Schätzungen"
        add={actions.addSchaetzung}
        list="schaetzungen"
        table="schaetzungen"
        gridLabel="Schätzungen des Globalbudgets"
        sheets={SHEETS}
      >
        <p className="hint">
          Stand als Monat eingeben (z. B. <kbd>11.2015</kbd>). Die Differenz vergleicht jede Schätzung mit der
          davor; sobald der endgültige Wert der Eingliederungsmittel-Verordnung eingetragen ist, wird er die
          Grundlage.
        </p>
      </BudgetListPanel>
      <section aria-labelledby="gb-grundlage-title" className="panel">
        <h2 id="gb-grundlage-title">Grundlage</h2>
        <BudgetGrid table="grundlage" label="Grundlage des Globalbudgets" sheets={SHEETS} />
      </section>
      <section aria-labelledby="gb-umschichtung-title" className="panel">
        <h2 id="gb-umschichtung-title">Umschichtung in das Verwaltungsbudget</h2>
        <p className="hint">
          Betrag oder Anteil eingeben (z. B. <kbd>14 %</kbd>): die zuletzt eingegebene Angabe gilt, die andere
          folgt (kursiv). Die Basis der Quote ist wählbar und wird überall genannt.
        </p>
        <BudgetGrid table="umschichtung" label="Umschichtung in das Verwaltungsbudget" sheets={SHEETS} />
      </section>
      <section aria-labelledby="gb-personal-title" className="panel">
        <h2 id="gb-personal-title">Personal</h2>
        <p className="hint">
          Mit Kosten je VZÄ gehen die Personalkosten in die geplanten Verwaltungsausgaben ein.
        </p>
        <BudgetGrid table="personal" label="Personal" sheets={SHEETS} />
      </section>
      <BudgetListPanel
        titleId="gb-projekte-title"
        testId="projekt"
        title="Projekt-VZÄ"
        noun="Projekt"
        toolbarLabel="Projekt-VZÄ"
        add={actions.addProjekt}
        list="projekte"
        table="projekte"
        gridLabel="Projekt-VZÄ"
        sheets={SHEETS}
      />
      <BudgetListPanel
        titleId="gb-betreuung-title"
        testId="gruppe"
        title="Betreuungsschlüssel und Kontaktdichte"
        noun="Kundengruppe"
        toolbarLabel="Kundengruppen"
        add={actions.addGruppe}
        list="gruppen"
        table="betreuung"
        gridLabel="Betreuungsschlüssel"
        sheets={SHEETS}
      />
      <FigureStrip
        label="Globalbudget laut Grundlage"
        figures={[
          { id: gb('grundlage.gesamt'), unit: 'eur' },
          { id: gb('grundlage.vwbAnteil'), unit: 'ratio' },
          { id: ps('personalkosten'), unit: 'eur' },
          { id: gb('umschichtungNetto'), unit: 'eur' },
        ]}
      />
    </div>
  );
}
