/**
 * Globalbudget (zielplanung.md B): the estimates of Verwaltungsbudget and Eingliederungsmittel
 * with the chosen Grundlage, the Umschichtung the Verwaltungsbudget needs, and the staff.
 */
import { useRef, useState } from 'react';
import type { ActionResult } from '../../shared/actions/action';
import * as actions from '../../shared/actions/budget';
import { gb, ps } from '../../shared/calc/globalbudget';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { runAction } from '../state/actions';
import { FigureStrip } from '../components/FigureStrip';
import { BudgetGrid } from '../grids/BudgetGrid';
import type { GridHandle } from '../grids/SheetGrid';
import type { ScreenProps } from '../shell/screenRegistry';

const plan = () => planStore.getState().plan;

const run = (r: ActionResult, grid?: { current: GridHandle | null }) =>
  runAction(r, (c) => {
    grid?.current?.moveTo(c.target, c.edit);
  });

const SHEETS = ['globalbudget' as const];

export function GlobalbudgetScreen(_props: ScreenProps) {
  const [schaetzung, setSchaetzung] = useState<SheetRow | null>(null);
  const [projekt, setProjekt] = useState<SheetRow | null>(null);
  const [gruppe, setGruppe] = useState<SheetRow | null>(null);
  const gs = useRef<GridHandle | null>(null);
  const pj = useRef<GridHandle | null>(null);
  const kg = useRef<GridHandle | null>(null);

  return (
    <div className="screen-body screen-scroll">
      <section aria-labelledby="gb-schaetzungen-title" className="panel">
        <div className="panel-head">
          <h2 id="gb-schaetzungen-title">Schätzungen des Globalbudgets</h2>
          <div className="toolbar" role="toolbar" aria-label="Schätzungen">
            <button
              type="button"
              data-testid="schaetzung-add"
              onClick={() => run(actions.addSchaetzung(plan()), gs)}
            >
              + Schätzung
            </button>
            <button
              type="button"
              data-testid="schaetzung-remove"
              onClick={() => run(actions.removeBudgetItem('schaetzungen', schaetzung?.planRowId))}
              disabled={!schaetzung?.planRowId}
            >
              Schätzung entfernen
            </button>
          </div>
        </div>
        <p className="hint">
          Stand als Monat eingeben (z. B. <kbd>11.2015</kbd>). Die Differenz vergleicht jede Schätzung mit der
          davor; sobald der endgültige Wert der Eingliederungsmittel-Verordnung eingetragen ist, wird er die
          Grundlage.
        </p>
        <BudgetGrid
          table="schaetzungen"
          label="Schätzungen des Globalbudgets"
          sheets={SHEETS}
          onCurrentRow={setSchaetzung}
          handleRef={gs}
        />
      </section>
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
      <section aria-labelledby="gb-projekte-title" className="panel">
        <div className="panel-head">
          <h2 id="gb-projekte-title">Projekt-VZÄ</h2>
          <div className="toolbar" role="toolbar" aria-label="Projekt-VZÄ">
            <button
              type="button"
              data-testid="projekt-add"
              onClick={() => run(actions.addProjekt(plan()), pj)}
            >
              + Projekt
            </button>
            <button
              type="button"
              data-testid="projekt-remove"
              onClick={() => run(actions.removeBudgetItem('projekte', projekt?.planRowId))}
              disabled={!projekt?.planRowId}
            >
              Projekt entfernen
            </button>
          </div>
        </div>
        <BudgetGrid
          table="projekte"
          label="Projekt-VZÄ"
          sheets={SHEETS}
          onCurrentRow={setProjekt}
          handleRef={pj}
        />
      </section>
      <section aria-labelledby="gb-betreuung-title" className="panel">
        <div className="panel-head">
          <h2 id="gb-betreuung-title">Betreuungsschlüssel und Kontaktdichte</h2>
          <div className="toolbar" role="toolbar" aria-label="Kundengruppen">
            <button type="button" data-testid="gruppe-add" onClick={() => run(actions.addGruppe(plan()), kg)}>
              + Kundengruppe
            </button>
            <button
              type="button"
              data-testid="gruppe-remove"
              onClick={() => run(actions.removeBudgetItem('gruppen', gruppe?.planRowId))}
              disabled={!gruppe?.planRowId}
            >
              Kundengruppe entfernen
            </button>
          </div>
        </div>
        <BudgetGrid
          table="betreuung"
          label="Betreuungsschlüssel"
          sheets={SHEETS}
          onCurrentRow={setGruppe}
          handleRef={kg}
        />
      </section>
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
