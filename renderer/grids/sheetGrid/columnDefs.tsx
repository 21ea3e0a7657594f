/**
 * AG Grid column definitions for a sheet's columns: values, editors, styles (input, derived,
 * selected, check markers), tooltips, and the keys AG Grid must leave to us. Enter and Tab in
 * an open editor commit here, in the keystroke; Escape cancels here too (SheetGrid's header).
 */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CellClassParams, ColDef, GridApi, SuppressKeyboardEventParams } from 'ag-grid-community';
import { isActiveInput, readInput } from '../../../shared/model/inputs';
import { parseCellKey } from '../../../shared/model/cellKey';
import type { CellSpec, SheetColumn, SheetRow } from '../../sheet/cellSpec';
import { cellValue, displayText, isEditable } from '../../sheet/cellSpec';
import { isNoteKey, noteKeyOfCell } from '../../sheet/cellNote';
import { sheetActionFor } from '../../sheet/keyboard';
import type { CellRange } from '../../sheet/selection';
import { NumberEditor } from '../../editors/NumberEditor';
import { ChoiceEditor, LongTextEditor, TextEditor } from '../../editors/TextEditors';
import { noteOf } from '../../../shared/model/notes';
import { planStore } from '../../state/planStore';
import { checkIndex, worstSeverity } from '../../state/checkIndex';
import { rowHeaderColumn } from './rowHeaderColumn';
import type { GridLive } from './types';
import type { CommitControl } from './useCommit';
import { viewColumnProps } from './viewColumns';
import { hyphenateHeader } from '../../sheet/headerHyphens';

/** AG Grid's `context`: what cell class rules read at paint time. */
export interface GridContext {
  selection: () => CellRange | null;
  colIndex: ReadonlyMap<string, number>;
}

const SELECT_KEYS = new Set(['Enter', 'Tab']);

function CellWithDecoration(
  props: CustomCellRendererProps<SheetRow, string> & { decorate: GridLive['props']['decorate'] },
) {
  const text = props.value ?? '';
  const extra =
    props.data && props.decorate ? props.decorate(props.data, props.column?.getColId() ?? '', text) : null;
  return extra ?? <>{text}</>;
}

/** Keys in a cell: what AG Grid must not handle itself (true) or may (false). */
function suppressKey(
  p: SuppressKeyboardEventParams<SheetRow>,
  colId: string,
  live: GridLive,
  commit: CommitControl,
): boolean {
  const ev = p.event;
  const spec = p.data?.cells[colId];
  if (p.editing) {
    if (ev.key === 'Escape' && ev.type === 'keydown') {
      ev.preventDefault();
      commit.cancelEditing(p.api, p.node.rowPinned ? null : p.node.rowIndex, colId);
      return true;
    }
    if (SELECT_KEYS.has(ev.key) && ev.type === 'keydown') {
      // Enter starts a new line in a long text; Strg+Enter or Tab take it over.
      if (ev.key === 'Enter' && spec?.kind === 'text' && spec.multiline && !(ev.ctrlKey || ev.metaKey))
        return true;
      if (commit.commitInKeystroke(p.data, colId)) return false;
      // Keep the editor open: neither the grid nor the browser may move on.
      ev.preventDefault();
      return true;
    }
    return false;
  }
  if (ev.key === 'Enter' && ev.type === 'keydown' && !ev.shiftKey && !ev.ctrlKey && !ev.altKey) {
    const act = p.data && !isEditable(spec) ? live.props.activate?.(p.data, colId) : null;
    if (act) {
      ev.preventDefault();
      act();
      return true;
    }
  }
  return sheetActionFor(ev, false) !== null || isNoteKey(ev);
}

/** Rows whose label (the first column) wraps instead of being cut: headings, sums, pinned lines. */
export const WRAPPED_LABEL_ROWS = new Set(['group', 'subtotal', 'total']);

export function buildColumnDefs(
  columns: readonly SheetColumn[],
  live: GridLive,
  commit: CommitControl,
): ColDef<SheetRow>[] {
  const firstId = columns[0]?.id;
  return [rowHeaderColumn(), ...columns.map((col) => sheetColumnDef(col, col.id === firstId, live, commit))];
}

/**
 * New definitions of columns the grid already shows (another plan opened: its year in the
 * headings) keep the widths the grid gave them. Otherwise AG Grid sets every column back to
 * the sheet's width, measuring the page for each, only for the fitting to undo it a frame
 * later (useColumnLayout.ts still fits or restores remembered widths as before).
 */
export function keepWidths(defs: ColDef<SheetRow>[], api: GridApi<SheetRow> | null): ColDef<SheetRow>[] {
  if (!api || api.isDestroyed()) return defs;
  return defs.map((d) => {
    const col = d.colId ? api.getColumn(d.colId) : null;
    return col && !d.flex && !col.getFlex() ? { ...d, width: col.getActualWidth() } : d;
  });
}

function sheetColumnDef(
  col: SheetColumn,
  isLabelColumn: boolean,
  live: GridLive,
  commit: CommitControl,
): ColDef<SheetRow> {
  const colId = col.id;
  const spec = (p: { data?: SheetRow | undefined }): CellSpec | undefined => p.data?.cells[colId];
  const isSelected = (p: CellClassParams<SheetRow>) => {
    const ctx = p.context as GridContext;
    const range = ctx.selection();
    if (!range || p.node.rowPinned || p.rowIndex === null) return false;
    const c = ctx.colIndex.get(colId) ?? -1;
    return p.rowIndex >= range.top && p.rowIndex <= range.bottom && c >= range.left && c <= range.right;
  };
  const noteOfCell = (p: { data?: SheetRow | undefined }) => {
    const key = noteKeyOfCell(p.data, colId);
    return key ? noteOf(planStore.getState().plan, key) : '';
  };
  const severity = (p: CellClassParams<SheetRow>) => {
    const sp = spec(p);
    return sp ? worstSeverity(checkIndex(planStore.getState().checks), sp) : null;
  };
  const def: ColDef<SheetRow> = {
    colId,
    headerName: col.header,
    // Shown with soft hyphens, so a narrow column divides its heading where German does.
    headerValueGetter: (p) => (p.location === 'header' ? hyphenateHeader(col.header) : col.header),
    width: col.width,
    ...(col.minWidth ? { minWidth: col.minWidth } : {}),
    ...(col.flex ? { flex: col.flex } : {}),
    ...(col.pinned ? { pinned: col.pinned } : {}),
    ...(col.headerTooltip ? { headerTooltip: col.headerTooltip } : {}),
    ...(col.align === 'right' ? { headerClass: 'ag-right-aligned-header' } : {}),
    sortable: false,
    ...(live.props.viewable ? viewColumnProps(col, live) : {}),
    suppressMovable: true,
    resizable: true,
    wrapText: col.wrap ?? false,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    valueGetter: (p) => displayText(spec(p), planStore.getState()),
    editable: (p) => isEditable(spec(p)),
    cellEditorSelector: (p) => {
      const sp = spec(p);
      if (sp?.kind === 'input') return { component: NumberEditor };
      if (sp?.kind === 'choice') return { component: ChoiceEditor };
      if (sp?.kind === 'text' && sp.multiline)
        return { component: LongTextEditor, popup: true, popupPosition: 'under' };
      return { component: TextEditor };
    },
    cellClass: col.align === 'right' ? 'cell-right' : 'cell-left',
    cellClassRules: {
      'cell-input': (p) => spec(p)?.kind === 'input',
      'cell-editable-text': (p) => {
        const k = spec(p)?.kind;
        return k === 'text' || k === 'choice';
      },
      'cell-derived': (p) => {
        const k = spec(p)?.kind;
        return k === 'figure' || k === 'view' || k === 'label';
      },
      'cell-strong': (p) => {
        const sp = spec(p);
        return !!sp && (sp.kind === 'text' || sp.kind === 'label') && !!sp.strong;
      },
      'cell-follows': (p) => {
        const sp = spec(p);
        // A reference's part left empty shows its owner's value: it follows, like a derived side.
        if (sp?.kind === 'input' && sp.fallback !== undefined)
          return (readInput(planStore.getState().plan, sp.key) ?? null) === null;
        if (sp?.kind !== 'input' || sp.figure === undefined) return false;
        const ref = parseCellKey(sp.key);
        return !!ref && !isActiveInput(planStore.getState().plan, ref);
      },
      'cell-formula': (p) => {
        const sp = spec(p);
        return sp?.kind === 'input' && planStore.getState().plan.formeln[sp.key] !== undefined;
      },
      'cell-negative': (p) => {
        const v = cellValue(spec(p), planStore.getState());
        return typeof v === 'number' && v < 0;
      },
      'cell-selected': isSelected,
      'cell-label-wrap': (p) =>
        isLabelColumn && (WRAPPED_LABEL_ROWS.has(p.data?.kind ?? '') || !!p.node.rowPinned),
      'cell-note': (p) => noteOfCell(p) !== '',
      'cell-check-fehler': (p) => severity(p) === 'Fehler',
      'cell-check-warnung': (p) => severity(p) === 'Warnung',
      'cell-check-hinweis': (p) => severity(p) === 'Hinweis',
    },
    tooltipValueGetter: (p) => {
      const sp = spec(p);
      if (!sp) return undefined;
      const note = noteOfCell(p);
      const lines = checkIndex(planStore.getState().checks)
        .forSpec(sp)
        .map((c) => `${c.severity}: ${c.message}`);
      const f = sp.kind === 'input' ? planStore.getState().plan.formeln[sp.key] : undefined;
      if (f && !lines.length) lines.push(`Formel: ${f}`);
      if (note) lines.push(`Bemerkung: ${note}`);
      return lines.length ? lines.join('\n') : undefined;
    },
    suppressKeyboardEvent: (p) => suppressKey(p, colId, live, commit),
  };
  if (live.props.decorate)
    def.cellRenderer = (p: CustomCellRendererProps<SheetRow, string>) => (
      <CellWithDecoration {...p} decorate={live.props.decorate} />
    );
  return def;
}
