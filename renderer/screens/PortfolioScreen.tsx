/**
 * Maßnahmeportfolio: toolbar for rows and areas (add, duplicate, delete, move, also between
 * areas; add, rename and reorder areas; references), live EGT figures, and the grid.
 */
import { memo, useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { ActionResult } from '../../shared/actions/action';
import * as actions from '../../shared/actions/portfolio';
import { hh } from '../../shared/calc/egtChain';
import type { Plan } from '../../shared/model/plan';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore, usePlanState } from '../state/planStore';
import { runAction } from '../state/actions';
import { FigureStrip } from '../components/FigureStrip';
import { PortfolioGrid } from '../grids/PortfolioGrid';
import type { GridHandle } from '../grids/SheetGrid';
import type { ScreenProps } from '../shell/screenRegistry';
import { ZielgruppenPanel } from './ZielgruppenPanel';

const P = (): Plan => planStore.getState().plan;
const structureOf = () => planStore.getState().structureVersion;

/** Target area choice; re-renders with every change so renamed areas show at once. */
function AreaSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { plan } = usePlanState();
  return (
    <select
      id="target-area"
      data-testid="target-area"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">Handlungsschwerpunkt …</option>
      {plan.schwerpunkte.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}

const Grid = memo(PortfolioGrid);

export function PortfolioScreen(_props: ScreenProps) {
  useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const [current, setCurrent] = useState<SheetRow | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [targetArea, setTargetArea] = useState('');
  const [zgOpen, setZgOpen] = useState(false);
  const handle = useRef<GridHandle | null>(null);
  const zgFocus = useRef<(() => void) | null>(null);

  const toggle = useCallback((areaId: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(areaId)) next.delete(areaId);
      else next.add(areaId);
      return next;
    });
  }, []);

  // The toolbar's actions are shared/actions/portfolio.ts; here they are only wired up.
  const run = (r: ActionResult) =>
    runAction(r, (c) => {
      handle.current?.moveTo(c.target, c.edit);
    });
  const rowId = current?.planRowId;
  const insertRowHere = () =>
    run(actions.insertRow(P(), { areaId: current?.areaId, rowId, heading: current?.kind === 'group' }));
  const renameArea = () => {
    const c = actions.renameAreaCursor(P(), current?.areaId);
    if (c) handle.current?.moveTo(c.target, c.edit);
  };

  const toggleAll = () =>
    setCollapsed((prev) => (prev.size > 0 ? new Set() : new Set(P().schwerpunkte.map((a) => a.id))));

  const rowSelected = rowId !== undefined;
  // Enter on the Zielgruppen cell opens the panel and puts the focus into it; Escape comes back.
  const openZielgruppen = useCallback(() => {
    setZgOpen(true);
    requestAnimationFrame(() => requestAnimationFrame(() => zgFocus.current?.()));
  }, []);
  const backToGrid = useCallback(() => {
    const id = handle.current && current?.planRowId;
    if (id) handle.current?.moveTo({ sheet: 'portfolio', rowId: id, column: 'zielgruppen' });
  }, [current]);
  return (
    <div className="screen-body">
      <FigureStrip
        label="EGT auf einen Blick"
        figures={[
          { id: hh('plan', 'mittelFuerNeufaelle'), unit: 'eur' },
          { id: hh('plan', 'geplanterMitteleinsatz'), unit: 'eur' },
          { id: hh('plan', 'egtAuslastung'), unit: 'ratio', warnAbove: 1 },
          {
            id: hh('plan', 'restMittelFuerNeufaelle'),
            label: 'verbleibend (− = Überplanung)',
            unit: 'eur',
            warnNegative: true,
          },
        ]}
      />
      <div className="toolbar" role="toolbar" aria-label="Zeilen und Handlungsschwerpunkte">
        <div className="toolbar-group" role="group" aria-label="Zeile">
          <button type="button" data-testid="row-insert" onClick={insertRowHere}>
            + Zeile
          </button>
          <button
            type="button"
            data-testid="row-duplicate"
            onClick={() => run(actions.duplicateRow(P(), rowId))}
            disabled={!rowSelected}
          >
            Duplizieren
          </button>
          <button
            type="button"
            data-testid="row-delete"
            onClick={() => run(actions.deleteRows(rowId === undefined ? [] : [rowId]))}
            disabled={!rowSelected}
          >
            Löschen
          </button>
          <button
            type="button"
            data-testid="row-up"
            onClick={() => run(actions.moveRowBy(P(), rowId, -1))}
            disabled={!rowSelected}
            aria-label="Zeile nach oben"
          >
            ↑
          </button>
          <button
            type="button"
            data-testid="row-down"
            onClick={() => run(actions.moveRowBy(P(), rowId, 1))}
            disabled={!rowSelected}
            aria-label="Zeile nach unten"
          >
            ↓
          </button>
          <button
            type="button"
            data-testid="row-zielgruppen"
            aria-expanded={zgOpen}
            aria-controls="zg-row-panel"
            onClick={() => setZgOpen((o) => !o)}
          >
            Zielgruppen der Zeile
          </button>
        </div>
        <div className="toolbar-group" role="group" aria-label="In anderen Handlungsschwerpunkt">
          <label htmlFor="target-area">nach</label>
          <AreaSelect value={targetArea} onChange={setTargetArea} />
          <button
            type="button"
            data-testid="row-move-area"
            onClick={() => run(actions.moveRowToArea(P(), rowId, targetArea))}
            disabled={!rowSelected || !targetArea}
          >
            Verschieben
          </button>
          <button
            type="button"
            data-testid="row-reference"
            onClick={() => run(actions.makeReference(P(), rowId, targetArea))}
            disabled={!rowSelected || !targetArea}
          >
            Als Verweis zeigen
          </button>
        </div>
        <div className="toolbar-group" role="group" aria-label="Handlungsschwerpunkt">
          <button
            type="button"
            data-testid="area-add"
            onClick={() => run(actions.insertArea(P(), current?.areaId))}
          >
            + Schwerpunkt
          </button>
          <button type="button" data-testid="area-rename" onClick={renameArea}>
            Umbenennen
          </button>
          <button
            type="button"
            data-testid="area-up"
            onClick={() => run(actions.moveAreaBy(P(), current?.areaId, -1))}
            aria-label="Schwerpunkt nach oben"
          >
            ⇑
          </button>
          <button
            type="button"
            data-testid="area-down"
            onClick={() => run(actions.moveAreaBy(P(), current?.areaId, 1))}
            aria-label="Schwerpunkt nach unten"
          >
            ⇓
          </button>
          <button
            type="button"
            data-testid="area-delete"
            onClick={() => run(actions.deleteArea(P(), current?.areaId))}
          >
            Schwerpunkt löschen
          </button>
          <button type="button" data-testid="toggle-all" onClick={toggleAll}>
            {collapsed.size > 0 ? 'Alle aufklappen' : 'Alle zuklappen'}
          </button>
        </div>
      </div>
      <div className="grid-host">
        <Grid
          collapsed={collapsed}
          onToggle={toggle}
          onCurrentRow={setCurrent}
          handleRef={handle}
          onZielgruppen={openZielgruppen}
        />
      </div>
      {zgOpen ? <ZielgruppenPanel rowId={rowId} onDone={backToGrid} focusRef={zgFocus} /> : null}
    </div>
  );
}
