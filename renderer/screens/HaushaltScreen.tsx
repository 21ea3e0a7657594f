/**
 * Haushalt (EGT): the money chain with extra allocation lines, the Umschichtung as amount or
 * share, the Drittmittel table and the money outside the EGT.
 */
import { useRef, useState } from 'react';
import { hh } from '../../shared/calc/egtChain';
import type { Command } from '../../shared/commands/command';
import { newId } from '../../shared/model/ids';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { FigureStrip } from '../components/FigureStrip';
import { HaushaltGrid } from '../grids/HaushaltGrid';
import { AusserhalbGrid, DrittmittelGrid } from '../grids/DrittmittelGrid';
import type { GridHandle } from '../grids/SheetGrid';
import type { ScreenProps } from '../shell/screenRegistry';

function run(cmd: Command): boolean {
  const r = planStore.execute(cmd);
  if (!r.ok) uiStore.say(r.message, 'error');
  else uiStore.say(`${r.applied.label}.`);
  return r.ok;
}

const later = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

export function HaushaltScreen(_props: ScreenProps) {
  const [chainRow, setChainRow] = useState<SheetRow | null>(null);
  const [dmRow, setDmRow] = useState<SheetRow | null>(null);
  const [aeRow, setAeRow] = useState<SheetRow | null>(null);
  const chain = useRef<GridHandle | null>(null);
  const dm = useRef<GridHandle | null>(null);
  const ae = useRef<GridHandle | null>(null);

  const addZuweisung = () => {
    const z = { id: newId('zw'), name: 'Zusätzliche Zuweisung', betrag: { plan: null, vorjahr: null } };
    const index = planStore.getState().plan.haushalt.zuweisungen.length;
    if (run({ type: 'insertZuweisung', zuweisung: z, index }))
      later(() => chain.current?.startEditing(`zw:${z.id}`, 'position'));
  };
  const removeZuweisung = () => {
    if (chainRow?.id.startsWith('zw:') && chainRow.planRowId)
      run({ type: 'deleteZuweisung', id: chainRow.planRowId });
  };
  const addDrittmittel = () => {
    const item = {
      id: newId('dm'),
      programm: 'Neues Programm',
      bewilligungGesamt: null,
      zeitraum: '',
      betragJahr: null,
      davonPersonal: null,
    };
    const index = planStore.getState().plan.drittmittel.length;
    if (run({ type: 'insertDrittmittel', item, index }))
      later(() => dm.current?.startEditing(`dm:${item.id}`, 'programm'));
  };
  const removeDrittmittel = () => {
    if (dmRow?.planRowId) run({ type: 'deleteDrittmittel', id: dmRow.planRowId });
  };
  const addAusserhalb = () => {
    const item = { id: newId('ae'), name: 'Mittel außerhalb des EGT', betrag: null };
    const index = planStore.getState().plan.haushalt.ausserhalbEgt.length;
    if (run({ type: 'insertAusserhalb', item, index }))
      later(() => ae.current?.startEditing(`ae:${item.id}`, 'name'));
  };
  const removeAusserhalb = () => {
    if (aeRow?.planRowId) run({ type: 'deleteAusserhalb', id: aeRow.planRowId });
  };

  return (
    <div className="screen-body screen-scroll">
      <section aria-labelledby="hh-chain-title" className="panel">
        <div className="panel-head">
          <h2 id="hh-chain-title">Eingliederungstitel</h2>
          <div className="toolbar" role="toolbar" aria-label="Zusätzliche Zuweisungen">
            <button type="button" data-testid="zuweisung-add" onClick={addZuweisung}>
              + Zuweisung
            </button>
            <button
              type="button"
              data-testid="zuweisung-remove"
              onClick={removeZuweisung}
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
            <button type="button" data-testid="drittmittel-add" onClick={addDrittmittel}>
              + Programm
            </button>
            <button
              type="button"
              data-testid="drittmittel-remove"
              onClick={removeDrittmittel}
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
            <button type="button" data-testid="ausserhalb-add" onClick={addAusserhalb}>
              + Position
            </button>
            <button
              type="button"
              data-testid="ausserhalb-remove"
              onClick={removeAusserhalb}
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
