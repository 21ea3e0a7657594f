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
import type { GridHandle, RowCommands } from '../grids/SheetGrid';
import type { ScreenProps } from '../shell/screenRegistry';

const plan = () => planStore.getState().plan;

/** Runs a toolbar action (shared/actions/haushalt.ts); the cursor goes to the grid's new line. */
const run = (r: ActionResult, grid?: { current: GridHandle | null }) =>
  runAction(r, (c) => {
    grid?.current?.moveTo(c.target, c.edit);
  });

const ids = (rows: readonly SheetRow[]) => rows.flatMap((r) => (r.planRowId ? [r.planRowId] : []));

/** Row commands of a list in the Haushalt: a new line at its end, the selected lines removed. */
function listCommands(
  kind: 'zuweisung' | 'drittmittel' | 'ausserhalb',
  accepts: (r: SheetRow) => boolean,
  add: () => ActionResult,
): RowCommands {
  return {
    accepts,
    insert: add,
    remove: (rows) => actions.removeLines(kind, ids(rows.filter(accepts))),
  };
}

const CHAIN_COMMANDS = listCommands(
  'zuweisung',
  (r) => r.id.startsWith('zw:') && r.planRowId !== undefined,
  () => actions.addZuweisung(plan()),
);
const DM_COMMANDS = listCommands(
  'drittmittel',
  (r) => r.planRowId !== undefined,
  () => actions.addDrittmittel(plan()),
);
const AE_COMMANDS = listCommands(
  'ausserhalb',
  (r) => r.planRowId !== undefined,
  () => actions.addAusserhalb(plan()),
);

export function HaushaltScreen(_props: ScreenProps) {
  const [chainRow, setChainRow] = useState<SheetRow | null>(null);
  const [dmRow, setDmRow] = useState<SheetRow | null>(null);
  const [aeRow, setAeRow] = useState<SheetRow | null>(null);
  const chain = useRef<GridHandle | null>(null);
  const dm = useRef<GridHandle | null>(null);
  const ae = useRef<GridHandle | null>(null);

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
              onClick={() => chain.current?.rowCommand('remove')}
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
        <HaushaltGrid onCurrentRow={setChainRow} handleRef={chain} rowCommands={CHAIN_COMMANDS} />
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
              onClick={() => dm.current?.rowCommand('remove')}
              disabled={!dmRow?.planRowId}
            >
              Programm entfernen
            </button>
          </div>
        </div>
        <DrittmittelGrid onCurrentRow={setDmRow} handleRef={dm} rowCommands={DM_COMMANDS} />
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
              onClick={() => ae.current?.rowCommand('remove')}
              disabled={!aeRow?.planRowId}
            >
              Position entfernen
            </button>
          </div>
        </div>
        <AusserhalbGrid onCurrentRow={setAeRow} handleRef={ae} rowCommands={AE_COMMANDS} />
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
