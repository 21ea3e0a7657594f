/**
 * One spreadsheet grid on AG Grid Community. AG Grid draws, virtualises, navigates (arrows,
 * Tab, Enter, F2) and opens editors; everything else a planner expects from Excel is
 * ours: rectangular selection (Shift+arrows, Shift+click, drag), copy/paste as TSV and HTML,
 * Ctrl+D, Delete over a range, Ctrl+Home/End, undo/redo, status-line statistics, check markers.
 *
 * Edits never touch row data: `readOnlyEdit` turns every commit into a command for the plan
 * store; after the store recalculated, only the cells that depend on the change repaint.
 *
 * AG Grid hands its events to the app (`onCellFocused`, `onCellEditRequest`, …) in a later
 * task (setTimeout 0), and defers its own Escape the same way. Keys typed faster than that
 * (a fast typist, a busy main thread, a test) would extend a stale selection or commit an
 * edit Escape was meant to cancel. So everything a keystroke decides happens in the
 * keystroke: the selection follows the DOM `focusin` and `mousedown`, Enter/Tab commit the
 * open editor from `suppressKeyboardEvent`, Escape cancels there too.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ClipboardEvent, FocusEvent, KeyboardEvent, MouseEvent, PointerEvent, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { AgGridReact } from 'ag-grid-react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type {
  CellClassParams,
  CellEditRequestEvent,
  ColDef,
  GridApi,
  GridReadyEvent,
  IRowNode,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import type { FocusTarget } from '../../shared/commands/applyCommand';
import type { Command } from '../../shared/commands/command';
import { parseCellInput } from '../../shared/input/parseCellInput';
import { isActiveInput, readInput } from '../../shared/model/inputs';
import { parseCellKey } from '../../shared/model/cellKey';
import type { SheetId } from '../../shared/model/sheets';
import { serializeHtmlTable } from '../../shared/clipboard/htmlTable';
import { blockWidth, serializeTsv } from '../../shared/clipboard/tsv';
import type { CellSpec, SheetColumn, SheetRow } from '../sheet/cellSpec';
import { cellUnit, cellValue, displayText, isEditable, readText } from '../sheet/cellSpec';
import { blockFromClipboard, copyText, fillDownCells, writeCells } from '../sheet/clipboard';
import type { PasteCell } from '../sheet/clipboard';
import { sheetActionFor } from '../sheet/keyboard';
import type { CellPos, CellRange, Selection } from '../sheet/selection';
import {
  cellsOf,
  clampSelection,
  extendTo,
  moveHead,
  pasteTarget,
  singleCell,
  toRange,
} from '../sheet/selection';
import { selectionStats } from '../sheet/statusBar';
import { activeEditorText, requestSelectAllOnNextEdit, validateActiveEditor } from '../editors/activeEditor';
import { NumberEditor } from '../editors/NumberEditor';
import { ChoiceEditor, LongTextEditor, TextEditor } from '../editors/TextEditors';
import type { PlanChange } from '../state/planStore';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { changedCheckTargets, checkIndex, worstSeverity } from '../state/checkIndex';
import { runHistory } from '../state/actions';
import { gridTheme } from './theme';

export interface PasteRows {
  /** Rows the block's rows land on (may include rows the prelude creates). */
  rows: SheetRow[];
  /** Runs before the values are written, in the same undo step (e.g. insertRows). */
  prelude?: Command;
}

/** Imperative access for toolbars (rename an area, focus a new row). */
export interface GridHandle {
  focusRow(rowId: string, colId: string): boolean;
  startEditing(rowId: string, colId: string): boolean;
}

export interface SheetGridProps {
  /** Filled once the grid is ready. */
  handleRef?: { current: GridHandle | null };
  /** `data-testid="grid-<id>"`. */
  id: string;
  /** Sheets whose focus targets (undo, Prüfungen) this grid serves. */
  sheets: SheetId[];
  label: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  pinnedBottom?: SheetRow[];
  /** Grow with the rows instead of scrolling inside (small tables). */
  autoHeight?: boolean;
  /** Where a pasted block's rows go; default: the rows below the cursor. */
  pasteRows?: (startIndex: number, count: number) => PasteRows;
  /** The row under the cursor changed (toolbars act on it). */
  onCurrentRow?: (row: SheetRow | null) => void;
  /** A focus target's row is hidden (collapsed group): reveal it, the jump retries. */
  reveal?: (target: FocusTarget) => boolean;
  /** Extra content inside a cell (group toggle, reference link). */
  decorate?: (row: SheetRow, colId: string, text: string) => ReactNode | null;
  /** Enter on a read-only cell: the action it stands for (follow a reference), or null. */
  activate?: (row: SheetRow, colId: string) => (() => void) | null;
}

interface GridContext {
  selection: () => CellRange | null;
  colIndex: Map<string, number>;
}

function specOf(data: SheetRow | undefined, colId: string): CellSpec | undefined {
  return data?.cells[colId];
}

const SELECT_KEYS = new Set(['Enter', 'Tab']);

/** An edit committed in its keystroke; AG Grid's late edit request for it is then ignored. */
interface SyncCommit {
  rowId: string;
  colId: string;
  text: string;
  at: number;
}

function CellWithDecoration(
  props: CustomCellRendererProps<SheetRow, string> & { decorate: SheetGridProps['decorate'] },
) {
  const text = props.value ?? '';
  const extra =
    props.data && props.decorate ? props.decorate(props.data, props.column?.getColId() ?? '', text) : null;
  return extra ?? <>{text}</>;
}

export function SheetGrid(props: SheetGridProps) {
  const { columns, rows, pinnedBottom, id } = props;
  const apiRef = useRef<GridApi<SheetRow> | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const propsRef = useRef(props);
  propsRef.current = props;
  const selRef = useRef<Selection | null>(null);
  const pendingFocusRef = useRef<CellPos | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<CellPos | null>(null);
  const syncCommitRef = useRef<SyncCommit | null>(null);
  const colIds = useMemo(() => columns.map((c) => c.id), [columns]);
  const colIndex = useMemo(() => new Map(colIds.map((c, i) => [c, i])), [colIds]);

  /** Which rows show which input key / figure, to repaint just those after an edit. */
  const index = useMemo(() => {
    const byKey = new Map<string, { rowIndex: number; colId: string }>();
    const byDep = new Map<string, Set<string>>();
    const rowPos = new Map<string, number>();
    const add = (dep: string, rowId: string) => {
      const set = byDep.get(dep);
      if (set) set.add(rowId);
      else byDep.set(dep, new Set([rowId]));
    };
    const visit = (row: SheetRow, rowIndex: number | null) => {
      for (const [colId, spec] of Object.entries(row.cells)) {
        if (!spec) continue;
        if (spec.kind === 'input') {
          if (rowIndex !== null && !byKey.has(spec.key)) byKey.set(spec.key, { rowIndex, colId });
          add(spec.key, row.id);
          if (spec.figure) add(spec.figure, row.id);
        } else if (spec.kind === 'view') add(spec.key, row.id);
        else if (spec.kind === 'figure') add(spec.id, row.id);
      }
    };
    rows.forEach((row, i) => {
      rowPos.set(row.id, i);
      if (row.planRowId) rowPos.set(row.planRowId, i);
      visit(row, i);
    });
    for (const row of pinnedBottom ?? []) visit(row, null);
    return { byKey, byDep, rowPos };
  }, [rows, pinnedBottom]);
  const indexRef = useRef(index);
  indexRef.current = index;

  const bounds = useCallback(() => ({ rows: rowsRef.current.length, cols: colIds.length }), [colIds]);

  const context = useMemo<GridContext>(
    () => ({ selection: () => (selRef.current ? toRange(selRef.current) : null), colIndex }),
    [colIndex],
  );

  const publishStats = useCallback(() => {
    const sel = selRef.current;
    if (!sel) {
      uiStore.setStats(null);
      return;
    }
    const s = planStore.getState();
    const cells = cellsOf(toRange(sel)).map((p) => {
      const spec = specOf(rowsRef.current[p.row], colIds[p.col] ?? '');
      const unit = cellUnit(spec);
      return {
        value: spec && unit ? cellValue(spec, s) : spec ? cellValue(spec, s) : null,
        ...(unit ? { unit } : {}),
      };
    });
    uiStore.setStats(selectionStats(cells));
  }, [colIds]);

  const repaintRange = useCallback((before: Selection | null, after: Selection | null) => {
    const api = apiRef.current;
    if (!api) return;
    const nodes: IRowNode<SheetRow>[] = [];
    for (const sel of [before, after]) {
      if (!sel) continue;
      const r = toRange(sel);
      for (let i = r.top; i <= r.bottom; i++) {
        const node = api.getDisplayedRowAtIndex(i);
        if (node) nodes.push(node);
      }
    }
    if (nodes.length) api.refreshCells({ rowNodes: nodes, force: false });
  }, []);

  const setSelection = useCallback(
    (next: Selection | null) => {
      const before = selRef.current;
      selRef.current = next;
      repaintRange(before, next);
      publishStats();
      const row = next ? (rowsRef.current[next.head.row] ?? null) : null;
      propsRef.current.onCurrentRow?.(row);
    },
    [publishStats, repaintRange],
  );

  const focusPos = useCallback(
    (pos: CellPos, extend: boolean) => {
      const api = apiRef.current;
      const colId = colIds[pos.col];
      if (!api || colId === undefined) return;
      // The cell's focusin must not collapse the selection we just set.
      pendingFocusRef.current = pos;
      api.ensureIndexVisible(pos.row);
      api.ensureColumnVisible(colId);
      api.setFocusedCell(pos.row, colId);
      // setFocusedCell moves the grid's cursor; the browser focus must follow for Tab and typing.
      const follow = (): boolean => {
        const host = containerRef.current;
        const el = host?.querySelector<HTMLElement>(
          `.ag-row[row-index="${pos.row}"] .ag-cell[col-id="${colId}"]`,
        );
        if (!host || !el) return false;
        const now = apiRef.current?.getFocusedCell();
        const stillHere = now && now.rowIndex === pos.row && now.column.getColId() === colId;
        if (!stillHere || document.activeElement === el || host.querySelector('.ag-cell-inline-editing'))
          return true;
        if (!host.contains(document.activeElement)) return true;
        pendingFocusRef.current = pos;
        el.focus();
        return true;
      };
      if (!extend && !follow()) requestAnimationFrame(follow);
    },
    [colIds],
  );

  // ---- commands -------------------------------------------------------------------------
  const run = useCallback((cmd: Command | null): boolean => {
    if (!cmd) return false;
    const r = planStore.execute(cmd);
    if (!r.ok) {
      uiStore.say(r.message, 'error');
      return false;
    }
    uiStore.say(`${r.applied.label}.`);
    return true;
  }, []);

  const rangeCells = useCallback(
    (range: CellRange): PasteCell[] =>
      cellsOf(range).map((p) => ({
        spec: specOf(rowsRef.current[p.row], colIds[p.col] ?? ''),
        where: `Zeile ${p.row + 1}, ${columns[p.col]?.header ?? ''}`,
        text: '',
      })),
    [colIds, columns],
  );

  const clearSelection = useCallback(() => {
    const sel = selRef.current;
    if (!sel) return;
    const r = writeCells(rangeCells(toRange(sel)), planStore.getState().plan, 'Zellen leeren');
    if (!r.ok) uiStore.say(r.message, 'error');
    else run(r.command);
  }, [rangeCells, run]);

  const fillDown = useCallback(() => {
    const sel = selRef.current;
    if (!sel) return;
    const range = toRange(sel);
    if (range.bottom === range.top) return;
    const columnsSpecs: (CellSpec | undefined)[][] = [];
    for (let c = range.left; c <= range.right; c++) {
      const col: (CellSpec | undefined)[] = [];
      for (let r = range.top; r <= range.bottom; r++) col.push(specOf(rowsRef.current[r], colIds[c] ?? ''));
      columnsSpecs.push(col);
    }
    const s = planStore.getState();
    const r = writeCells(fillDownCells(columnsSpecs, s), s.plan, 'Nach unten ausfüllen');
    if (!r.ok) uiStore.say(r.message, 'error');
    else run(r.command);
  }, [colIds, run]);

  // ---- keyboard -------------------------------------------------------------------------
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const api = apiRef.current;
      if (!api) return;
      const editing = api.getEditingCells().length > 0;
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select') && !target.closest('.ag-cell')) return;
      const action = sheetActionFor(e, editing);
      if (!action) return;
      const focused = api.getFocusedCell();
      if (!focused || focused.rowPinned) {
        if (action.type === 'undo' || action.type === 'redo') {
          e.preventDefault();
          e.stopPropagation();
          runHistory(action.type);
        }
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      const b = bounds();
      const cursor = { row: focused.rowIndex, col: colIndex.get(focused.column.getColId()) ?? 0 };
      const goTo = (pos: CellPos) => {
        setSelection(singleCell(pos));
        focusPos(pos, false);
      };
      switch (action.type) {
        case 'extend': {
          // The selection's head is the grid's cursor; anything else is stale.
          const current = selRef.current;
          const sel =
            current && current.head.row === cursor.row && current.head.col === cursor.col
              ? current
              : singleCell(cursor);
          const dRow = action.toEdge ? action.dRow * b.rows : action.dRow;
          const dCol = action.toEdge ? action.dCol * b.cols : action.dCol;
          const next = moveHead(sel, dRow, dCol, b);
          setSelection(next);
          focusPos(next.head, true);
          return;
        }
        case 'move': {
          const row = Math.max(0, Math.min(b.rows - 1, cursor.row + action.dRow));
          goTo({ row, col: Math.max(0, Math.min(b.cols - 1, cursor.col + action.dCol)) });
          return;
        }
        case 'jumpStart':
          goTo({ row: 0, col: 0 });
          return;
        case 'jumpEnd':
          goTo({ row: b.rows - 1, col: b.cols - 1 });
          return;
        case 'selectAll':
          setSelection({ anchor: { row: 0, col: 0 }, head: { row: b.rows - 1, col: b.cols - 1 } });
          return;
        case 'clear':
          clearSelection();
          return;
        case 'fillDown':
          fillDown();
          return;
        case 'undo':
        case 'redo':
          runHistory(action.type);
          return;
      }
    },
    [bounds, clearSelection, colIndex, fillDown, focusPos, setSelection],
  );

  // ---- clipboard ------------------------------------------------------------------------
  const isEditorTarget = (t: EventTarget | null) =>
    t instanceof HTMLElement && !!t.closest('input, textarea, select');

  const onCopy = useCallback(
    (e: ClipboardEvent<HTMLDivElement>, cut = false) => {
      if (isEditorTarget(e.target) || !selRef.current) return;
      const range = toRange(selRef.current);
      const s = planStore.getState();
      const block: string[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const line: string[] = [];
        for (let c = range.left; c <= range.right; c++)
          line.push(copyText(specOf(rowsRef.current[r], colIds[c] ?? ''), s));
        block.push(line);
      }
      e.clipboardData.setData('text/plain', serializeTsv(block));
      e.clipboardData.setData('text/html', serializeHtmlTable(block));
      e.preventDefault();
      if (cut) clearSelection();
      else uiStore.say(`${block.length * (block[0]?.length ?? 0)} Zellen kopiert.`);
    },
    [clearSelection, colIds],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLDivElement>) => {
      if (isEditorTarget(e.target) || !selRef.current) return;
      e.preventDefault();
      const block = blockFromClipboard(
        e.clipboardData.getData('text/html'),
        e.clipboardData.getData('text/plain'),
      );
      if (block.length === 0) return;
      const width = blockWidth(block);
      const sel = selRef.current;
      const range = toRange(sel);
      const custom = propsRef.current.pasteRows;
      let targetRows: SheetRow[];
      let prelude: Command | undefined;
      let target: CellRange;
      if (custom && block.length > 1) {
        const res = custom(range.top, block.length);
        targetRows = res.rows;
        prelude = res.prelude;
        target = {
          top: range.top,
          bottom: range.top + targetRows.length - 1,
          left: range.left,
          right: Math.min(range.left + width - 1, colIds.length - 1),
        };
      } else {
        target = pasteTarget(sel, { rows: block.length, cols: width }, bounds());
        targetRows = rowsRef.current.slice(target.top, target.bottom + 1);
      }
      const cells: PasteCell[] = [];
      targetRows.forEach((row, r) => {
        for (let c = target.left; c <= target.right; c++) {
          const line = block[r % block.length] ?? [];
          cells.push({
            spec: row.cells[colIds[c] ?? ''],
            where: `Zeile ${target.top + r + 1}, ${columns[c]?.header ?? ''}`,
            text: line[(c - target.left) % width] ?? '',
          });
        }
      });
      const res = writeCells(cells, planStore.getState().plan, 'Einfügen');
      if (!res.ok) {
        uiStore.say(res.message, 'error');
        return;
      }
      const commands = [...(prelude ? [prelude] : []), ...(res.command ? [res.command] : [])];
      if (commands.length === 0) return;
      const label = res.cells === 1 ? 'Zelle einfügen' : `${res.cells} Zellen einfügen`;
      if (run({ type: 'batch', label, commands })) {
        const next: Selection = {
          anchor: { row: target.top, col: target.left },
          head: { row: target.top + targetRows.length - 1, col: target.right },
        };
        requestAnimationFrame(() => setSelection(clampSelection(next, bounds())));
      }
    },
    [bounds, colIds, columns, run, setSelection],
  );

  // ---- editing --------------------------------------------------------------------------
  /** Stores what was typed into a cell (a command; nothing when the value stays the same). */
  const commitText = useCallback(
    (data: SheetRow | undefined, colId: string, text: string) => {
      const spec = specOf(data, colId);
      if (!spec) return;
      const s = planStore.getState();
      if (spec.kind === 'input') {
        const r = parseCellInput(text, spec.unit);
        if (!r.ok) {
          uiStore.say(r.message, 'error');
          return;
        }
        const before =
          spec.figure !== undefined ? s.calc.get(spec.figure) : (readInput(s.plan, spec.key) ?? null);
        const formulaBefore = s.plan.formeln[spec.key];
        if (before === r.value && formulaBefore === r.formula) return;
        if (spec.figure !== undefined && r.formula === undefined && before === r.value) return;
        run({
          type: 'setInputs',
          changes: [
            r.formula !== undefined
              ? { key: spec.key, value: r.value, formula: r.formula }
              : { key: spec.key, value: r.value },
          ],
        });
      } else if (spec.kind === 'text') {
        if (text !== readText(s.plan, spec.target))
          run({ type: 'setText', target: spec.target, value: text });
      } else if (spec.kind === 'choice') {
        if (text !== spec.get(s.plan)) run(spec.set(text));
      }
    },
    [run],
  );

  /** Enter/Tab on a valid editor: commit now, so the next key already sees the new value. */
  const commitInKeystroke = useCallback(
    (data: SheetRow | undefined, colId: string) => {
      const text = activeEditorText();
      if (text === null || !data) return;
      syncCommitRef.current = { rowId: data.id, colId, text, at: performance.now() };
      commitText(data, colId, text);
    },
    [commitText],
  );

  /** AG Grid's edit request (a task later): done already when the keystroke committed it. */
  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<SheetRow, string>) => {
      const colId = e.column.getColId();
      const text = typeof e.newValue === 'string' ? e.newValue : '';
      const done = syncCommitRef.current;
      if (done && e.data && done.rowId === e.data.id && done.colId === colId && done.text === text) {
        syncCommitRef.current = null;
        if (performance.now() - done.at < 2000) return;
      }
      commitText(e.data, colId, text);
    },
    [commitText],
  );

  /** Escape: cancel the edit now (AG Grid would a task later) and put the focus back. */
  const cancelEditing = useCallback((api: GridApi<SheetRow>, rowIndex: number | null, colId: string) => {
    api.stopEditing(true);
    if (rowIndex === null) return;
    const host = containerRef.current;
    const el = host?.querySelector<HTMLElement>(
      `.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`,
    );
    el?.focus();
  }, []);

  const commitInKeystrokeRef = useRef(commitInKeystroke);
  commitInKeystrokeRef.current = commitInKeystroke;
  const cancelEditingRef = useRef(cancelEditing);
  cancelEditingRef.current = cancelEditing;

  // ---- AG Grid wiring -------------------------------------------------------------------
  const columnDefs = useMemo<ColDef<SheetRow>[]>(
    () =>
      columns.map((col) => {
        const colId = col.id;
        const spec = (p: { data?: SheetRow | undefined }) => specOf(p.data, colId);
        const isSelected = (p: CellClassParams<SheetRow>) => {
          const range = (p.context as GridContext).selection();
          if (!range || p.node.rowPinned || p.rowIndex === null) return false;
          const c = (p.context as GridContext).colIndex.get(colId) ?? -1;
          return p.rowIndex >= range.top && p.rowIndex <= range.bottom && c >= range.left && c <= range.right;
        };
        const severity = (p: CellClassParams<SheetRow>) => {
          const sp = spec(p);
          return sp ? worstSeverity(checkIndex(planStore.getState().checks), sp) : null;
        };
        const def: ColDef<SheetRow> = {
          colId,
          headerName: col.header,
          width: col.width,
          ...(col.minWidth ? { minWidth: col.minWidth } : {}),
          ...(col.flex ? { flex: col.flex } : {}),
          ...(col.pinned ? { pinned: col.pinned } : {}),
          ...(col.headerTooltip ? { headerTooltip: col.headerTooltip } : {}),
          ...(col.align === 'right' ? { headerClass: 'ag-right-aligned-header' } : {}),
          sortable: false,
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
            'cell-check-fehler': (p) => severity(p) === 'Fehler',
            'cell-check-warnung': (p) => severity(p) === 'Warnung',
            'cell-check-hinweis': (p) => severity(p) === 'Hinweis',
          },
          tooltipValueGetter: (p) => {
            const sp = specOf(p.data, colId);
            if (!sp) return undefined;
            const found = checkIndex(planStore.getState().checks).forSpec(sp);
            if (found.length) return found.map((c) => `${c.severity}: ${c.message}`).join('\n');
            if (sp.kind === 'input') {
              const f = planStore.getState().plan.formeln[sp.key];
              return f ? `Formel: ${f}` : undefined;
            }
            return undefined;
          },
          suppressKeyboardEvent: (p: SuppressKeyboardEventParams<SheetRow>) => {
            const ev = p.event;
            if (p.editing) {
              if (ev.key === 'Escape' && ev.type === 'keydown') {
                ev.preventDefault();
                cancelEditingRef.current(p.api, p.node.rowPinned ? null : p.node.rowIndex, colId);
                return true;
              }
              if (SELECT_KEYS.has(ev.key) && ev.type === 'keydown') {
                if (ev.key === 'Enter' && specOf(p.data, colId)?.kind === 'text') {
                  const sp = specOf(p.data, colId);
                  if (sp?.kind === 'text' && sp.multiline && !(ev.ctrlKey || ev.metaKey)) return true;
                }
                if (validateActiveEditor()) {
                  commitInKeystrokeRef.current(p.data, colId);
                  return false;
                }
                // Keep the editor open: neither the grid nor the browser may move on.
                ev.preventDefault();
                return true;
              }
              return false;
            }
            if (ev.key === 'Enter' && ev.type === 'keydown' && !ev.shiftKey && !ev.ctrlKey && !ev.altKey) {
              const act = p.data && !isEditable(spec(p)) ? propsRef.current.activate?.(p.data, colId) : null;
              if (act) {
                ev.preventDefault();
                act();
                return true;
              }
            }
            return sheetActionFor(ev, false) !== null;
          },
        };
        if (propsRef.current.decorate)
          def.cellRenderer = (p: CustomCellRendererProps<SheetRow, string>) => (
            <CellWithDecoration {...p} decorate={propsRef.current.decorate} />
          );
        return def;
      }),
    [columns],
  );

  /** The body cell an event happened in: its position, or 'pinned', or null (header, outside). */
  const cellAt = useCallback(
    (target: EventTarget | null): CellPos | 'pinned' | null => {
      if (!(target instanceof Element)) return null;
      const cellEl = target.closest('.ag-cell');
      const rowEl = cellEl?.closest('.ag-row');
      if (!cellEl || !rowEl || !containerRef.current?.contains(rowEl)) return null;
      if (rowEl.closest('.ag-floating-bottom, .ag-floating-top')) return 'pinned';
      const row = Number(rowEl.getAttribute('row-index'));
      const col = colIndex.get(cellEl.getAttribute('col-id') ?? '');
      return Number.isInteger(row) && col !== undefined ? { row, col } : null;
    },
    [colIndex],
  );

  /**
   * The cursor moved (keyboard navigation, click, a jump): the selection follows, in the same
   * task. A position we set ourselves (Shift+arrow, Shift+click) or the head of the current
   * selection (the cell got its focus back after editing or a repaint) keeps the selection.
   */
  const onFocusIn = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      const target = e.target as HTMLElement;
      if (!target.classList.contains('ag-cell')) return;
      const at = cellAt(target);
      if (at === null) return;
      if (at === 'pinned') {
        pendingFocusRef.current = null;
        setSelection(null);
        return;
      }
      const pending = pendingFocusRef.current;
      pendingFocusRef.current = null;
      if (pending && pending.row === at.row && pending.col === at.col) return;
      const sel = selRef.current;
      if (sel && sel.head.row === at.row && sel.head.col === at.col) return;
      setSelection(singleCell(at));
    },
    [cellAt, setSelection],
  );

  // pointerdown, not mousedown: AG Grid focuses the cell on pointerdown, before mousedown.
  const onPointerDownCapture = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (e.button !== 0 || !e.isPrimary) return;
      const at = cellAt(e.target);
      if (at !== null) uiStore.cancelPendingFocus();
      if (at === null || at === 'pinned') return;
      const sel = selRef.current;
      if (e.shiftKey && sel) {
        setSelection(extendTo(sel, at));
        pendingFocusRef.current = at;
      } else {
        dragRef.current = at;
        setSelection(singleCell(at));
      }
    },
    [cellAt, setSelection],
  );

  const onMouseOver = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const start = dragRef.current;
      if (!start || e.buttons !== 1) return;
      const at = cellAt(e.target);
      if (at === null || at === 'pinned') return;
      const sel = selRef.current;
      if (!sel || sel.head.row !== at.row || sel.head.col !== at.col)
        setSelection({ anchor: start, head: at });
    },
    [cellAt, setSelection],
  );

  // ---- store subscription: repaint what changed -----------------------------------------
  useEffect(() => {
    // Rows to repaint, collected over one task and painted in a microtask: after AG Grid has
    // finished the keystroke (closing the editor, moving the cursor), before the frame.
    let pending: Set<string> | 'all' | null = null;
    const flush = () => {
      const api = apiRef.current;
      const ids = pending;
      pending = null;
      if (!api || ids === null) return;
      if (ids === 'all') api.refreshCells();
      else {
        const nodes: IRowNode<SheetRow>[] = [];
        for (const rid of ids) {
          const node = api.getRowNode(rid);
          if (node) nodes.push(node);
        }
        const pinned = api.getPinnedBottomRowCount();
        for (let i = 0; i < pinned; i++) {
          const node = api.getPinnedBottomRow(i);
          if (node && node.data && ids.has(node.data.id)) nodes.push(node);
        }
        // AG Grid's React cells render through React state: flushSync puts the new totals on
        // the screen in this frame (from a microtask React would schedule them for a later task).
        if (nodes.length) flushSync(() => api.refreshCells({ rowNodes: nodes }));
      }
      publishStats();
    };
    const queue = (deps: Iterable<string> | 'all') => {
      const first = pending === null;
      if (deps === 'all') pending = 'all';
      else if (pending !== 'all') {
        const ids = pending ?? new Set<string>();
        const { byDep } = indexRef.current;
        for (const dep of deps) for (const r of byDep.get(dep) ?? []) ids.add(r);
        pending = ids;
      }
      if (first) queueMicrotask(flush);
    };
    return planStore.subscribe((change: PlanChange) => {
      if (!apiRef.current) return;
      if (change.structural || change.kind === 'load') {
        // Rows are rebuilt by the screen; repaint the rest (totals, markers) after that.
        requestAnimationFrame(() => {
          apiRef.current?.refreshCells();
          if (selRef.current) setSelection(clampSelection(selRef.current, bounds()));
        });
        return;
      }
      if (change.kind === 'checks') {
        queue(changedCheckTargets(change.checksBefore ?? [], planStore.getState().checks));
        return;
      }
      const onlyValues = change.command?.type === 'setInputs' || change.command?.type === 'batch';
      if (!onlyValues) queue('all');
      else queue([...change.changedKeys, ...change.changedFigures]);
    });
  }, [bounds, publishStats, setSelection]);

  // ---- focus targets (undo, Prüfungen) ----------------------------------------------------
  useEffect(
    () =>
      uiStore.registerFocusHandler(id, (target) => {
        const api = apiRef.current;
        if (!api || !propsRef.current.sheets.includes(target.sheet)) return false;
        const { byKey, rowPos } = indexRef.current;
        let pos: CellPos | null = null;
        if (target.cellKey) {
          const hit = byKey.get(target.cellKey);
          if (hit) pos = { row: hit.rowIndex, col: colIndex.get(hit.colId) ?? 0 };
        }
        if (!pos && target.rowId !== undefined) {
          const r = rowPos.get(target.rowId);
          if (r !== undefined) pos = { row: r, col: colIndex.get(target.column ?? '') ?? 0 };
        }
        if (!pos && target.areaId !== undefined) {
          const r = rowPos.get(`grp:${target.areaId}`);
          if (r !== undefined) pos = { row: r, col: 0 };
        }
        if (!pos) {
          if (target.cellKey || target.rowId) propsRef.current.reveal?.(target);
          return false;
        }
        const p = pos;
        setSelection(singleCell(p));
        focusPos(p, false);
        return true;
      }),
    [colIndex, focusPos, id, setSelection],
  );

  const onGridReady = useCallback(
    (e: GridReadyEvent<SheetRow>) => {
      apiRef.current = e.api;
      const locate = (rowId: string, colId: string): CellPos | null => {
        const r = indexRef.current.rowPos.get(rowId);
        const c = colIndex.get(colId);
        return r === undefined || c === undefined ? null : { row: r, col: c };
      };
      if (propsRef.current.handleRef)
        propsRef.current.handleRef.current = {
          focusRow: (rowId, colId) => {
            const pos = locate(rowId, colId);
            if (!pos) return false;
            setSelection(singleCell(pos));
            focusPos(pos, false);
            return true;
          },
          startEditing: (rowId, colId) => {
            const pos = locate(rowId, colId);
            if (!pos) return false;
            setSelection(singleCell(pos));
            focusPos(pos, false);
            requestSelectAllOnNextEdit();
            e.api.startEditingCell({ rowIndex: pos.row, colKey: colId });
            return true;
          },
        };
    },
    [colIndex, focusPos, setSelection],
  );

  return (
    <div
      ref={containerRef}
      className={`sheet-grid${props.autoHeight ? ' sheet-grid-auto' : ''}`}
      data-testid={`grid-${id}`}
      onKeyDown={onKeyDown}
      onKeyDownCapture={() => {
        // A key of the user's own wins over a cursor jump still waiting for its frame (undo);
        // jumps this key starts itself (Ctrl+Z, Enter on a reference) come later and stay.
        uiStore.cancelPendingFocus();
      }}
      onCopy={(e) => onCopy(e)}
      onCut={(e) => onCopy(e, true)}
      onPaste={onPaste}
      onFocus={onFocusIn}
      onPointerDownCapture={onPointerDownCapture}
      onMouseOver={onMouseOver}
      onMouseUp={() => {
        dragRef.current = null;
      }}
    >
      <AgGridReact<SheetRow>
        theme={gridTheme}
        aria-label={props.label}
        rowData={rows}
        {...(pinnedBottom ? { pinnedBottomRowData: pinnedBottom } : {})}
        columnDefs={columnDefs}
        context={context}
        getRowId={(p) => p.data.id}
        getRowClass={(p) => {
          const classes = [`row-${p.data?.kind ?? 'data'}`];
          if (p.data?.nachrichtlich) classes.push('row-nachrichtlich');
          return classes;
        }}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus={false}
        suppressStartEditOnTab
        suppressCellFocus={false}
        tooltipShowDelay={300}
        domLayout={props.autoHeight ? 'autoHeight' : 'normal'}
        onGridReady={onGridReady}
        animateRows={false}
        suppressDragLeaveHidesColumns
        suppressColumnVirtualisation={false}
        rowBuffer={10}
      />
    </div>
  );
}
