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
import type { GridHandle, RowCommands } from '../grids/SheetGrid';
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

/** Rows a row command acts on: instruments and references (not headings or sums). */
const isPlanRow = (r: SheetRow) => (r.kind === 'data' || r.kind === 'reference') && r.planRowId !== undefined;
const planRowIds = (rows: readonly SheetRow[]) => rows.flatMap((r) => (r.planRowId ? [r.planRowId] : []));

/** The portfolio's row commands (shared/actions/portfolio.ts) for the selected rows. */
const ROW_COMMANDS: RowCommands = {
  accepts: isPlanRow,
  insert: (rows) => {
    const first = rows[0];
    const count = Math.max(1, rows.filter(isPlanRow).length);
    return actions.insertRowsAbove(
      P(),
      { areaId: first?.areaId, rowId: first?.planRowId, heading: first?.kind === 'group' },
      count,
    );
  },
  duplicate: (rows) => actions.duplicateRows(P(), planRowIds(rows)),
  remove: (rows) => actions.deleteRows(planRowIds(rows)),
  move: (rows, dir) => actions.moveRowsBy(P(), planRowIds(rows), dir),
};

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
  const selectedIds = () => planRowIds(handle.current?.selectedRows() ?? []);
  const rowCommand = (kind: Parameters<GridHandle['rowCommand']>[0]) => handle.current?.rowCommand(kind);
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
          <button
            type="button"
            data-testid="row-insert"
            onClick={insertRowHere}
            title="Neue Zeile unter der Cursorzeile (Strg++: oberhalb der markierten Zeilen)"
          >
            + Zeile
          </button>
          <button
            type="button"
            data-testid="row-duplicate"
            onClick={() => rowCommand('duplicate')}
            disabled={!rowSelected}
            title="Markierte Zeilen duplizieren: die Kopien folgen darunter"
          >
            Duplizieren
          </button>
          <button
            type="button"
            data-testid="row-delete"
            onClick={() => rowCommand('remove')}
            disabled={!rowSelected}
            title="Markierte Zeilen löschen (Strg+-); fragt vorher"
          >
            Löschen
          </button>
          <button
            type="button"
            data-testid="row-up"
            onClick={() => rowCommand('up')}
            disabled={!rowSelected}
            aria-label="Zeile nach oben"
            title="Markierte Zeilen eine Stelle nach oben (am Anfang in den vorigen Schwerpunkt)"
          >
            ↑
          </button>
          <button
            type="button"
            data-testid="row-down"
            onClick={() => rowCommand('down')}
            disabled={!rowSelected}
            aria-label="Zeile nach unten"
            title="Markierte Zeilen eine Stelle nach unten (am Ende in den nächsten Schwerpunkt)"
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
            onClick={() => run(actions.moveRowsToArea(P(), selectedIds(), targetArea))}
            title="Markierte Zeilen ans Ende des gewählten Handlungsschwerpunkts verschieben"
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
            title="Handlungsschwerpunkt eine Stelle nach oben"
          >
            ⇑
          </button>
          <button
            type="button"
            data-testid="area-down"
            onClick={() => run(actions.moveAreaBy(P(), current?.areaId, 1))}
            aria-label="Schwerpunkt nach unten"
            title="Handlungsschwerpunkt eine Stelle nach unten"
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
          rowCommands={ROW_COMMANDS}
        />
      </div>
      {zgOpen ? <ZielgruppenPanel rowId={rowId} onDone={backToGrid} focusRef={zgFocus} /> : null}
    </div>
  );
}
