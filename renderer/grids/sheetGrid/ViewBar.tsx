/**
 * Above a grid that can be sorted and filtered: the quick filter, "Planreihenfolge" (the
 * plan's own order, no filter) and what the view does now.
 */
import type { SheetColumn, SheetRow } from '../../sheet/cellSpec';
import type { ViewControl } from './useRowView';

const MOVABLE = (r: SheetRow) => r.kind === 'data' || r.kind === 'reference';

function summary(view: ViewControl, columns: readonly SheetColumn[], all: readonly SheetRow[]): string {
  if (!view.active) return 'Reihenfolge des Plans';
  const parts: string[] = [];
  const sort = view.spec.sort;
  if (sort) {
    const header = columns.find((c) => c.id === sort.colId)?.header ?? sort.colId;
    parts.push(`sortiert nach ${header} (${sort.desc ? 'absteigend' : 'aufsteigend'})`);
  }
  const filtered = Object.keys(view.spec.filters).length > 0 || view.spec.quick.trim() !== '';
  if (filtered) {
    const shown = view.rows.filter(MOVABLE).length;
    parts.push(`gefiltert: ${shown} von ${all.filter(MOVABLE).length} Zeilen`);
  }
  return `Ansicht ${parts.join(', ')}; der Plan bleibt in seiner Reihenfolge`;
}

export function ViewBar(props: {
  view: ViewControl;
  id: string;
  label: string;
  columns: readonly SheetColumn[];
  rows: readonly SheetRow[];
}) {
  const { view } = props;
  const inputId = `quick-filter-${props.id}`;
  return (
    <div className="view-bar" role="group" aria-label={`Ansicht von ${props.label}`}>
      <label htmlFor={inputId}>Schnellfilter</label>
      <input
        id={inputId}
        type="search"
        data-testid="quick-filter"
        placeholder="Text in der Zeile …"
        value={view.spec.quick}
        onChange={(e) => view.setQuick(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && view.spec.quick) {
            e.preventDefault();
            view.setQuick('');
          }
        }}
      />
      <button
        type="button"
        data-testid="view-reset"
        disabled={!view.active}
        title="Sortierung und Filter aufheben: die Zeilen wieder in der Reihenfolge des Plans"
        onClick={view.reset}
      >
        Planreihenfolge
      </button>
      <span className="view-state" data-testid="view-state" role="status">
        {summary(view, props.columns, props.rows)}
      </span>
    </div>
  );
}
