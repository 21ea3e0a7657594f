/**
 * Haushalt (EGT): the money chain with extra allocation lines, the Umschichtung as amount or
 * share, the Drittmittel table and the money outside the EGT.
 */
import { useRef, useState } from 'react';
import type { ActionResult } from '../../shared/actions/action';
import * as actions from '../../shared/actions/haushalt';
import { hh } from '../../shared/calc/egtChain';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { runAction } from '../state/actions';
import { FigureStrip } from '../components/FigureStrip';
import { HaushaltGrid } from '../grids/HaushaltGrid';
import { AusserhalbGrid, DrittmittelGrid } from '../grids/DrittmittelGrid';
import type { GridHandle } from '../grids/SheetGrid';
import type { ScreenProps } from '../shell/screenRegistry';

const plan = () => planStore.getState().plan;

/** Runs a toolbar action (shared/actions/haushalt.ts); the cursor goes to the grid's new line. */
const run = (r: ActionResult, grid?: { current: GridHandle | null }) =>
  runAction(r, (c) => {
    grid?.current?.moveTo(c.target, c.edit);
  });

export function HaushaltScreen(_props: ScreenProps) {
  const [chainRow, setChainRow] = useState<SheetRow | null>(null);
  const [dmRow, setDmRow] = useState<SheetRow | null>(null);
  const [aeRow, setAeRow] = useState<SheetRow | null>(null);
  const chain = useRef<GridHandle | null>(null);
  const dm = useRef<GridHandle | null>(null);
  const ae = useRef<GridHandle | null>(null);
  const zuweisungId = chainRow?.id.startsWith('zw:') ? chainRow.planRowId : undefined;

  return (
    <div className="screen-body screen-scroll">
      <section aria-labelledby="hh-chain-title" className="panel">
        <div className="panel-head">
          <h2 id="hh-chain-title">Eingliederungstitel</h2>
          <div className="toolbar" role="toolbar" aria-label="Zusätzliche Zuweisungen">
            <button
              type="button"
              data-testid="zuweisung-add"
              onClick={() => run(actions.addZuweisung(plan()), chain)}
            >
              + Zuweisung
            </button>
            <button
              type="button"
              data-testid="zuweisung-remove"
              onClick={() => run(actions.removeZuweisung(zuweisungId))}
              disabled={!chainRow?.id.startsWith('zw:')}
            >
              Zuweisung entfernen
            </button>
          </div>
        </div>
        <p className="hint">
          Die Umschichtung kann als Betrag oder als Anteil eingegeben werden (z. B. <kbd>5 %</kbd>); der
          andere Wert folgt und erscheint kursiv.
        </p>
        <HaushaltGrid onCurrentRow={setChainRow} handleRef={chain} />
      </section>
      <section aria-labelledby="hh-dm-title" className="panel">
        <div className="panel-head">
          <h2 id="hh-dm-title">Drittmittel (nicht Teil des EGT)</h2>
          <div className="toolbar" role="toolbar" aria-label="Drittmittel">
            <button
              type="button"
              data-testid="drittmittel-add"
              onClick={() => run(actions.addDrittmittel(plan()), dm)}
            >
              + Programm
            </button>
            <button
              type="button"
              data-testid="drittmittel-remove"
              onClick={() => run(actions.removeDrittmittel(dmRow?.planRowId))}
              disabled={!dmRow?.planRowId}
            >
              Programm entfernen
            </button>
          </div>
        </div>
        <DrittmittelGrid onCurrentRow={setDmRow} handleRef={dm} />
      </section>
      <section aria-labelledby="hh-ae-title" className="panel">
        <div className="panel-head">
          <h2 id="hh-ae-title">Mittel außerhalb des EGT</h2>
          <div className="toolbar" role="toolbar" aria-label="Mittel außerhalb des EGT">
            <button
              type="button"
              data-testid="ausserhalb-add"
              onClick={() => run(actions.addAusserhalb(plan()), ae)}
            >
              + Position
            </button>
            <button
              type="button"
              data-testid="ausserhalb-remove"
              onClick={() => run(actions.removeAusserhalb(aeRow?.planRowId))}
              disabled={!aeRow?.planRowId}
            >
              Position entfernen
            </button>
          </div>
        </div>
        <AusserhalbGrid onCurrentRow={setAeRow} handleRef={ae} />
      </section>
      <FigureStrip
        label="Mittel für aktive Arbeitsmarktpolitik"
        figures={[
          { id: hh('plan', 'verfuegbaresEgt'), unit: 'eur' },
          { id: 'drittmittel.fuerAmdl', label: '+ Drittmittel für AMDL', unit: 'eur' },
          { id: 'mittelAktiveAmp', label: '= Mittel für aktive Arbeitsmarktpolitik', unit: 'eur' },
          { id: 'haushalt.ausserhalbEgt', label: 'daneben: außerhalb des EGT', unit: 'eur' },
        ]}
      />
    </div>
  );
}
