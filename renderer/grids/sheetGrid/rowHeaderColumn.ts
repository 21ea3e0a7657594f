/**
 * The row header column: pinned left, the row's number in the grid ("Zeile 3" in messages is
 * this number), grey, marked when its row is selected. It is no cell of the sheet: the keys
 * skip it and it is not one of the sheet's columns.
 */
import type { ColDef } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import type { GridContext } from './columnDefs';

export const ROW_HEADER = 'zeilenkopf';

export function rowHeaderColumn(): ColDef<SheetRow> {
  return {
    colId: ROW_HEADER,
    headerName: 'Zeile',
    headerTooltip: 'Zeile markieren: Klick auf die Nummer (Umschalt+Klick oder Ziehen: mehrere Zeilen)',
    width: 46,
    minWidth: 40,
    pinned: 'left',
    lockPinned: true,
    lockPosition: 'left',
    suppressMovable: true,
    suppressNavigable: true,
    resizable: false,
    sortable: false,
    editable: false,
    valueGetter: (p) => (p.node?.rowPinned || p.node?.rowIndex == null ? '' : String(p.node.rowIndex + 1)),
    cellClass: 'row-header-cell',
    headerClass: 'row-header-head',
    cellClassRules: {
      'row-header-selected': (p) => {
        const range = (p.context as GridContext).selection();
        return (
          !!range &&
          !p.node.rowPinned &&
          p.rowIndex !== null &&
          p.rowIndex >= range.top &&
          p.rowIndex <= range.bottom
        );
      },
    },
    // Keys on a focused header cell (after a click) are the grid's, as on a cell.
    suppressKeyboardEvent: () => false,
  };
}
