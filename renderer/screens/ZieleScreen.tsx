/**
 * Ziele: the Zielvereinbarung (header and parties), its targets in a grid with the details of
 * the target under the cursor, the Integrationsquote by segment, the Vorjahr comparison, further
 * figures and the Zielsteuerungsdialoge.
 */
import { useRef, useState } from 'react';
import * as actions from '../../shared/actions/ziele';
import type { ActionResult } from '../../shared/actions/action';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore, usePlanStateWhen } from '../state/planStore';
import { runAction } from '../state/actions';
import type { GridHandle } from '../grids/SheetGrid';
import { SegmenteGrid, VorjahrGrid, WeitereGrid, ZieleGrid } from '../grids/ZieleGrid';
import type { ScreenProps } from '../shell/screenRegistry';
import { DialogePanel } from './ziele/DialogePanel';
import { ZielDetails } from './ziele/ZielDetails';
import { ZvKopf } from './ziele/ZvKopf';
import '../styles/ziele.css';

const plan = () => planStore.getState().plan;

export function ZieleScreen({ active }: ScreenProps) {
  const state = usePlanStateWhen(active);
  const [row, setRow] = useState<SheetRow | null>(null);
  const grid = useRef<GridHandle | null>(null);
  const zielId = row?.planRowId;
  const run = (r: ActionResult) => runAction(r, (c) => grid.current?.moveTo(c.target, c.edit));
  const zv = state.plan.zielvereinbarung;
  return (
    <div className="screen-body screen-scroll">
      <ZvKopf plan={state.plan} />
      <section className="panel zv-panel" aria-labelledby="zv-ziele-title">
        <div className="panel-head">
          <h2 id="zv-ziele-title">Ziele {state.plan.header.year}</h2>
          <div className="toolbar" role="toolbar" aria-label="Ziele">
            <button type="button" data-testid="ziel-add" onClick={() => run(actions.addZiel(plan(), zielId))}>
              + Ziel
            </button>
            <button
              type="button"
              data-testid="ziel-remove"
              disabled={!zielId}
              onClick={() => run(actions.removeZiel(zielId))}
            >
              Ziel entfernen
            </button>
            <button
              type="button"
              disabled={!zielId}
              onClick={() => run(actions.moveZiel(plan(), zielId, -1))}
            >
              Nach oben
            </button>
            <button type="button" disabled={!zielId} onClick={() => run(actions.moveZiel(plan(), zielId, 1))}>
              Nach unten
            </button>
          </div>
        </div>
        <p className="hint">
          Veränderungen als relative Veränderung in % eingeben (<kbd>2 %</kbd>, <kbd>-1,4 %</kbd>);
          Differenzen zweier Quoten zeigt die Tabelle in Prozentpunkten (Pp.). Die Integrationsquote gesamt
          folgt aus den Segmenten.
        </p>
        {zv.ziele.length === 0 ? <p className="hint">Noch keine Ziele. Mit „+ Ziel“ eines anlegen.</p> : null}
        <ZieleGrid onCurrentRow={setRow} handleRef={grid} />
        <ZielDetails plan={state.plan} zielId={zielId} />
      </section>
      <section className="panel zv-panel" aria-labelledby="zv-herleitung-title">
        <h2 id="zv-herleitung-title">Herleitungen</h2>
        <SegmenteGrid />
        <VorjahrGrid />
        <WeitereGrid />
      </section>
      <DialogePanel plan={state.plan} />
    </div>
  );
}
