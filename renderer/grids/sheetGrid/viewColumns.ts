/**
 * The column header parts of a sortable, filterable grid (useRowView.ts): AG Grid's sort
 * arrows and its German filter menus collect what the user wants, but AG Grid's own sorting
 * and filtering change nothing (the rows come sorted and filtered already). Number columns get
 * a number filter that reads German input ("100.000", "2,5 Mio", "20 %").
 */
import type { ColDef } from 'ag-grid-community';
import { parseCellInput } from '../../../shared/input/parseCellInput';
import type { InputUnit } from '../../../shared/model/cellKey';
import type { SheetColumn, SheetRow } from '../../sheet/cellSpec';
import { cellUnit } from '../../sheet/cellSpec';
import type { GridLive } from './types';

const TEXT_OPTIONS = ['contains', 'notContains', 'equals', 'startsWith', 'blank', 'notBlank'];
const NUMBER_OPTIONS = [
  'equals',
  'notEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
];

/** The unit of a column's numbers (the first numeric cell says it). */
function unitOf(live: GridLive, colId: string): InputUnit {
  for (const row of live.view.rows) {
    const u = cellUnit(row.cells[colId]);
    // Figures only (percentage points, factors, flags) filter as plain numbers.
    if (u) return u === 'pp' || u === 'factor' || u === 'flag' ? 'decimal' : u;
  }
  return 'count';
}

export function viewColumnProps(col: SheetColumn, live: GridLive): Partial<ColDef<SheetRow>> {
  const numeric = col.align === 'right';
  return {
    sortable: true,
    // The rows come in the view's order; AG Grid keeps it (its sort is stable).
    comparator: () => 0,
    filter: {
      component: numeric ? 'agNumberColumnFilter' : 'agTextColumnFilter',
      doesFilterPass: () => true,
    },
    filterParams: numeric
      ? {
          filterOptions: NUMBER_OPTIONS,
          maxNumConditions: 1,
          inRangeInclusive: true,
          allowedCharPattern: '\\d\\-\\.,\\s€%a-zA-Z',
          numberParser: (text: string | null) => {
            if (text === null || text.trim() === '') return null;
            const unit = text.includes('%') ? 'ratio' : unitOf(live, col.id);
            const r = parseCellInput(text, unit);
            return r.ok ? r.value : null;
          },
        }
      : { filterOptions: TEXT_OPTIONS, maxNumConditions: 1 },
  };
}
