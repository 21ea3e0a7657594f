/**
 * Maßnahmeportfolio: toolbar for rows and areas (add, duplicate, delete, move, also between
 * areas; add, rename and reorder areas; references), live EGT figures, and the grid.
 */
import { memo, useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { Command } from '../../shared/commands/command';
import { hh } from '../../shared/calc/egtChain';
import { newId } from '../../shared/model/ids';
import { rowIndex } from '../../shared/model/inputs';
import type { Plan } from '../../shared/model/plan';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore, usePlanState } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { FigureStrip } from '../components/FigureStrip';
import { PortfolioGrid } from '../grids/PortfolioGrid';
import type { GridHandle } from '../grids/SheetGrid';
import { newInstrumentRow } from '../../shared/model/newInstrumentRow';
import type { ScreenProps } from '../shell/screenRegistry';

function run(cmd: Command): boolean {
  const r = planStore.execute(cmd);
  if (!r.ok) uiStore.say(r.message, 'error');
  else uiStore.say(`${r.applied.label}.`);
  return r.ok;
}

interface Place {
  areaIndex: number;
  rowIndex: number;
}

function placeOf(plan: Plan, row: SheetRow | null): Place | null {
  if (!row?.planRowId) return null;
  return rowIndex(plan).get(row.planRowId) ?? null;
}

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
  const handle = useRef<GridHandle | null>(null);

  const toggle = useCallback((areaId: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(areaId)) next.delete(areaId);
      else next.add(areaId);
      return next;
    });
  }, []);

  const areaOfCurrent = () => {
    const id = current?.areaId ?? P().schwerpunkte[0]?.id;
    const index = P().schwerpunkte.findIndex((a) => a.id === id);
    return index < 0 ? null : { index, area: P().schwerpunkte[index]! };
  };
  const focusLater = (rowId: string, colId: string, edit = false) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        edit ? handle.current?.startEditing(rowId, colId) : handle.current?.focusRow(rowId, colId),
      ),
    );

  const insertRow = () => {
    const a = areaOfCurrent();
    if (!a) return;
    const place = placeOf(P(), current);
    const index =
      place && place.areaIndex === a.index
        ? place.rowIndex + 1
        : current?.kind === 'group'
          ? 0
          : a.area.rows.length;
    const row = newInstrumentRow();
    if (run({ type: 'insertRows', rows: [{ areaId: a.area.id, index, row }] }))
      focusLater(row.id, 'instrument', true);
  };

  const duplicateRow = () => {
    const place = placeOf(P(), current);
    const area = place ? P().schwerpunkte[place.areaIndex] : undefined;
    const source = place && area ? area.rows[place.rowIndex] : undefined;
    if (!place || !area || !source) return uiStore.say('Bitte zuerst eine Zeile wählen.', 'error');
    const copy =
      source.kind === 'instrument'
        ? { ...structuredClone(source), id: newId('r'), instrument: `${source.instrument} (Kopie)` }
        : { ...source, id: newId('ref') };
    if (run({ type: 'insertRows', rows: [{ areaId: area.id, index: place.rowIndex + 1, row: copy }] }))
      focusLater(copy.id, 'instrument');
  };

  const deleteRow = () => {
    if (!current?.planRowId) return uiStore.say('Bitte zuerst eine Zeile wählen.', 'error');
    run({ type: 'deleteRows', rowIds: [current.planRowId] });
  };

  const moveRow = (dir: -1 | 1) => {
    const place = placeOf(P(), current);
    if (!place || !current?.planRowId) return uiStore.say('Bitte zuerst eine Zeile wählen.', 'error');
    const area = P().schwerpunkte[place.areaIndex]!;
    let toArea = area;
    let toIndex = place.rowIndex + dir;
    if (toIndex < 0 || toIndex >= area.rows.length) {
      // At the edge of its area the row moves on into the neighbouring area.
      const neighbour = P().schwerpunkte[place.areaIndex + dir];
      if (!neighbour) return;
      toArea = neighbour;
      toIndex = dir < 0 ? neighbour.rows.length : 0;
    }
    const id = current.planRowId;
    if (run({ type: 'moveRow', rowId: id, toAreaId: toArea.id, toIndex })) focusLater(id, 'instrument');
  };

  const moveToArea = () => {
    if (!current?.planRowId) return uiStore.say('Bitte zuerst eine Zeile wählen.', 'error');
    const dest = P().schwerpunkte.find((a) => a.id === targetArea);
    if (!dest) return uiStore.say('Bitte einen Handlungsschwerpunkt als Ziel wählen.', 'error');
    const id = current.planRowId;
    if (run({ type: 'moveRow', rowId: id, toAreaId: dest.id, toIndex: dest.rows.length }))
      focusLater(id, 'instrument');
  };

  const referenceInArea = () => {
    const place = placeOf(P(), current);
    const row = place ? P().schwerpunkte[place.areaIndex]?.rows[place.rowIndex] : undefined;
    if (!row || row.kind !== 'instrument')
      return uiStore.say('Bitte eine Maßnahme (keinen Verweis) wählen.', 'error');
    const dest = P().schwerpunkte.find((a) => a.id === targetArea);
    if (!dest) return uiStore.say('Bitte einen Handlungsschwerpunkt als Ziel wählen.', 'error');
    const ref = { kind: 'reference' as const, id: newId('ref'), ownerRowId: row.id };
    if (run({ type: 'insertRows', rows: [{ areaId: dest.id, index: dest.rows.length, row: ref }] }))
      focusLater(ref.id, 'instrument');
  };

  const addArea = () => {
    const a = areaOfCurrent();
    const area = { id: newId('hs'), name: 'Neuer Handlungsschwerpunkt', rows: [] };
    if (run({ type: 'insertArea', area, index: a ? a.index + 1 : P().schwerpunkte.length }))
      focusLater(`grp:${area.id}`, 'instrument', true);
  };

  const renameArea = () => {
    const a = areaOfCurrent();
    if (a) handle.current?.startEditing(`grp:${a.area.id}`, 'instrument');
  };

  const moveArea = (dir: -1 | 1) => {
    const a = areaOfCurrent();
    if (!a) return;
    const to = a.index + dir;
    if (to < 0 || to >= P().schwerpunkte.length) return;
    if (run({ type: 'moveArea', areaId: a.area.id, toIndex: to }))
      focusLater(`grp:${a.area.id}`, 'instrument');
  };

  const deleteArea = () => {
    const a = areaOfCurrent();
    if (a) run({ type: 'deleteArea', areaId: a.area.id });
  };

  const toggleAll = () =>
    setCollapsed((prev) => (prev.size > 0 ? new Set() : new Set(P().schwerpunkte.map((a) => a.id))));

  const rowSelected = !!current?.planRowId;
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
          <button type="button" data-testid="row-insert" onClick={insertRow}>
            + Zeile
          </button>
          <button type="button" data-testid="row-duplicate" onClick={duplicateRow} disabled={!rowSelected}>
            Duplizieren
          </button>
          <button type="button" data-testid="row-delete" onClick={deleteRow} disabled={!rowSelected}>
            Löschen
          </button>
          <button
            type="button"
            data-testid="row-up"
            onClick={() => moveRow(-1)}
            disabled={!rowSelected}
            aria-label="Zeile nach oben"
          >
            ↑
          </button>
          <button
            type="button"
            data-testid="row-down"
            onClick={() => moveRow(1)}
            disabled={!rowSelected}
            aria-label="Zeile nach unten"
          >
            ↓
          </button>
        </div>
        <div className="toolbar-group" role="group" aria-label="In anderen Handlungsschwerpunkt">
          <label htmlFor="target-area">nach</label>
          <AreaSelect value={targetArea} onChange={setTargetArea} />
          <button
            type="button"
            data-testid="row-move-area"
            onClick={moveToArea}
            disabled={!rowSelected || !targetArea}
          >
            Verschieben
          </button>
          <button
            type="button"
            data-testid="row-reference"
            onClick={referenceInArea}
            disabled={!rowSelected || !targetArea}
          >
            Als Verweis zeigen
          </button>
        </div>
        <div className="toolbar-group" role="group" aria-label="Handlungsschwerpunkt">
          <button type="button" data-testid="area-add" onClick={addArea}>
            + Schwerpunkt
          </button>
          <button type="button" data-testid="area-rename" onClick={renameArea}>
            Umbenennen
          </button>
          <button
            type="button"
            data-testid="area-up"
            onClick={() => moveArea(-1)}
            aria-label="Schwerpunkt nach oben"
          >
            ⇑
          </button>
          <button
            type="button"
            data-testid="area-down"
            onClick={() => moveArea(1)}
            aria-label="Schwerpunkt nach unten"
          >
            ⇓
          </button>
          <button type="button" data-testid="area-delete" onClick={deleteArea}>
            Schwerpunkt löschen
          </button>
          <button type="button" data-testid="toggle-all" onClick={toggleAll}>
            {collapsed.size > 0 ? 'Alle aufklappen' : 'Alle zuklappen'}
          </button>
        </div>
      </div>
      <div className="grid-host">
        <Grid collapsed={collapsed} onToggle={toggle} onCurrentRow={setCurrent} handleRef={handle} />
      </div>
    </div>
  );
}
