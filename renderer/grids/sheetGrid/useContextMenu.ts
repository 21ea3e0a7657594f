/**
 * The grid's context menu: right click on a cell, Umschalt+F10 or the context-menu key. It
 * offers what the keys do: cut, copy, paste, the cell's note, the row commands of the grid and
 * find. A right
 * click outside the selection first selects the clicked cell, as in Excel.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { noteKeyOfCell } from '../../sheet/cellNote';
import { boundsOf } from '../../sheet/rangeWrites';
import { contains, rowSelection, toRange } from '../../sheet/selection';
import { uiStore } from '../../state/uiStore';
import type { MenuLine } from './ContextMenu';
import type { GridLive, RowCommandKind } from './types';
import type { ClipboardControl } from './useClipboard';
import type { FindControl } from './useFind';
import type { FocusControl } from './useFocus';
import type { RowControl } from './useRowCommands';
import type { SelectionControl } from './useSelection';
import { openNoteAtCursor } from './noteKeys';
import { cellElement } from './useGridLive';

export interface MenuControl {
  at: { x: number; y: number } | null;
  lines: () => MenuLine[];
  /** Right click in the grid. */
  onContextMenu(e: MouseEvent<HTMLDivElement>): void;
  /** Umschalt+F10, the context-menu key: at the cursor's cell. */
  openAtCursor(): void;
  close(run?: () => void): void;
}

interface Parts {
  selection: SelectionControl;
  focus: FocusControl;
  clipboard: ClipboardControl;
  rows: RowControl;
  find: FindControl;
  /** The plan's order again (sortable grids). */
  resetView: () => void;
}

/** The system clipboard if the browser lets us read it, else the last copy in this window. */
async function pasteFromMenu(clipboard: ClipboardControl): Promise<void> {
  try {
    const items = await navigator.clipboard.read();
    let html: string | null = null;
    let text: string | null = null;
    for (const item of items) {
      if (item.types.includes('text/html')) html ??= await (await item.getType('text/html')).text();
      if (item.types.includes('text/plain')) text ??= await (await item.getType('text/plain')).text();
    }
    clipboard.paste(html, text);
    return;
  } catch {
    const last = clipboard.lastCopy();
    if (last) clipboard.paste(last.html, last.text);
    else
      uiStore.say(
        'Die Zwischenablage darf hier nur über die Tastatur gelesen werden: bitte Strg+V drücken.',
        'error',
      );
  }
}

const ROW_LABELS: Record<RowCommandKind, (n: number) => string> = {
  insert: (n) => (n === 1 ? 'Zeile oberhalb einfügen' : `${n} Zeilen oberhalb einfügen`),
  duplicate: (n) => (n === 1 ? 'Zeile duplizieren' : `${n} Zeilen duplizieren`),
  remove: (n) => (n === 1 ? 'Zeile löschen …' : `${n} Zeilen löschen …`),
  up: (n) => (n === 1 ? 'Zeile nach oben' : 'Zeilen nach oben'),
  down: (n) => (n === 1 ? 'Zeile nach unten' : 'Zeilen nach unten'),
};
const ROW_KEYS: Partial<Record<RowCommandKind, string>> = { insert: 'Strg++', remove: 'Strg+-' };

/** Sort by the cursor's column, its filter, the plan's order: the header's commands by keyboard. */
function viewEntries(live: GridLive, selection: SelectionControl, resetView: () => void): MenuLine[] {
  const col = live.view.columns[selection.current()?.head.col ?? 0];
  const api = live.api;
  if (!col || !api) return [];
  const sort = (dir: 'asc' | 'desc') => () =>
    api.applyColumnState({ state: [{ colId: col.id, sort: dir }], defaultState: { sort: null } });
  return [
    { id: 'sort-asc', label: `Nach „${col.header}“ aufsteigend sortieren`, run: sort('asc') },
    { id: 'sort-desc', label: `Nach „${col.header}“ absteigend sortieren`, run: sort('desc') },
    { id: 'filter', label: `Filter für „${col.header}“ …`, run: () => api.showColumnFilter(col.id) },
    {
      id: 'plan-order',
      label: 'Planreihenfolge (Sortierung und Filter aufheben)',
      disabled: live.view.rows === live.props.rows,
      run: resetView,
    },
  ];
}

export function useContextMenu(live: GridLive, parts: Parts): MenuControl {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const partsRef = useRef(parts);
  partsRef.current = parts;

  const lines = useCallback((): MenuLine[] => {
    const { clipboard, rows, find } = partsRef.current;
    const selected = rows.selectedRows();
    const own = selected.filter((r) => live.props.rowCommands?.accepts(r));
    const out: MenuLine[] = [
      { id: 'cut', label: 'Ausschneiden', shortcut: 'Strg+X', run: () => clipboard.copyFromMenu(true) },
      { id: 'copy', label: 'Kopieren', shortcut: 'Strg+C', run: () => clipboard.copyFromMenu(false) },
      { id: 'paste', label: 'Einfügen', shortcut: 'Strg+V', run: () => void pasteFromMenu(clipboard) },
    ];
    const head = partsRef.current.selection.current()?.head;
    const noted = head && noteKeyOfCell(live.view.rows[head.row], live.view.columns[head.col]?.id ?? '');
    out.push('separator', {
      id: 'note',
      label: 'Notiz bearbeiten…',
      shortcut: 'Umschalt+F2',
      disabled: !noted,
      run: () => openNoteAtCursor(live),
    });
    const kinds = (['insert', 'duplicate', 'remove', 'up', 'down'] as const).filter((k) => rows.has(k));
    if (kinds.length) out.push('separator');
    for (const kind of kinds) {
      const n = kind === 'insert' ? selected.length : own.length;
      const key = ROW_KEYS[kind];
      out.push({
        id: kind,
        label: ROW_LABELS[kind](Math.max(n, 1)),
        ...(key ? { shortcut: key } : {}),
        disabled: n === 0,
        run: () => rows.run(kind),
      });
    }
    if (live.props.viewable)
      out.push('separator', ...viewEntries(live, partsRef.current.selection, partsRef.current.resetView));
    out.push('separator', { id: 'find', label: 'Suchen …', shortcut: 'Strg+F', run: () => find.open() });
    return out;
  }, [live]);

  const close = useCallback((run?: () => void) => {
    setAt(null);
    const head = partsRef.current.selection.current()?.head;
    // The focus back on the cell first: cut, copy and paste act on the focused grid.
    if (head) partsRef.current.focus.focusPos(head, false, true);
    run?.();
  }, []);

  const onContextMenu = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, .ag-cell-inline-editing')) return;
      const cellEl = target?.closest('.ag-cell');
      const rowEl = cellEl?.closest('.ag-row');
      if (!cellEl || !rowEl || rowEl.closest('.ag-floating-bottom')) return;
      e.preventDefault();
      const { selection, focus } = partsRef.current;
      const row = Number(rowEl.getAttribute('row-index'));
      const col = live.colIndex.get(cellEl.getAttribute('col-id') ?? '');
      const sel = selection.current();
      if (Number.isInteger(row) && col !== undefined && !(sel && contains(toRange(sel), { row, col })))
        focus.goTo({ row, col }, true);
      else if (
        Number.isInteger(row) &&
        col === undefined &&
        !(sel && row >= toRange(sel).top && row <= toRange(sel).bottom)
      ) {
        // On a row header: that whole row.
        const rowSel = rowSelection(row, row, boundsOf(live.view));
        selection.set(rowSel);
        focus.focusPos(rowSel.head, false, true);
      }
      setAt({ x: e.clientX, y: e.clientY });
    },
    [live],
  );

  const openAtCursor = useCallback(() => {
    const head = partsRef.current.selection.current()?.head;
    const colId = head ? live.view.columns[head.col]?.id : undefined;
    const el = head && colId ? cellElement(live, head.row, colId) : null;
    const r = el?.getBoundingClientRect();
    setAt(r ? { x: r.left + 8, y: r.bottom } : { x: 40, y: 40 });
  }, [live]);

  return useMemo(
    () => ({ at, lines, onContextMenu, openAtCursor, close }),
    [at, close, lines, onContextMenu, openAtCursor],
  );
}
