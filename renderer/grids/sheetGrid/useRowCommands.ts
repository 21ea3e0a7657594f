/**
 * Row commands on the selected rows, one path for the toolbar (through the grid's handle),
 * Strg++ / Strg+- and the context menu: the rows the selection covers go to the grid's
 * RowCommands (shared/actions builds one command, one undo step), deleting asks first, and
 * afterwards the selection is where the rows went (moved rows stay selected, after a delete
 * one cell where they were).
 */
import { useMemo } from 'react';
import type { SheetRow } from '../../sheet/cellSpec';
import { displayText } from '../../sheet/cellSpec';
import { boundsOf } from '../../sheet/rangeWrites';
import { clampSelection, rowSelection, singleCell, toRange } from '../../sheet/selection';
import { planStore } from '../../state/planStore';
import { runAction } from '../../state/actions';
import { uiStore } from '../../state/uiStore';
import type { GridLive, RowCommandKind } from './types';
import type { FocusControl } from './useFocus';
import { moveToTarget } from './useFocus';
import type { SelectionControl } from './useSelection';

export interface RowControl {
  /** The rows the selection covers, top to bottom. */
  selectedRows(): SheetRow[];
  /** Whether the grid has this command (the context menu greys out the others). */
  has(kind: RowCommandKind): boolean;
  run(kind: RowCommandKind): void;
}

/** A row's name in the question before deleting: its first cell. */
function rowName(live: GridLive, row: SheetRow): string {
  const first = live.view.columns.find((c) => row.cells[c.id]);
  return first ? displayText(row.cells[first.id], planStore.getState()).trim() : '';
}

const NAMES_SHOWN = 8;

export function useRowCommands(live: GridLive, selection: SelectionControl, focus: FocusControl): RowControl {
  return useMemo<RowControl>(() => {
    const selectedRows = (): SheetRow[] => {
      const sel = selection.current();
      if (!sel) return [];
      const r = toRange(sel);
      return live.view.rows.slice(r.top, r.bottom + 1);
    };
    const has = (kind: RowCommandKind): boolean => {
      const c = live.props.rowCommands;
      if (!c) return false;
      return kind === 'up' || kind === 'down' ? !!c.move : !!c[kind];
    };
    /** After the rows were rebuilt: the rows with these ids selected again, the cursor on the first. */
    const reselect = (ids: string[]) => {
      const at = ids.map((id) => live.index.rowPos.get(id)).filter((i): i is number => i !== undefined);
      if (at.length === 0) return;
      const col = selection.current()?.head.col ?? 0;
      const top = Math.min(...at);
      const bottom = Math.max(...at);
      const whole = ids.length > 1;
      const next = whole ? rowSelection(bottom, top, boundsOf(live.view)) : singleCell({ row: top, col });
      selection.set(next);
      focus.focusPos(next.head, false, true);
    };
    const remove = async (rows: SheetRow[]) => {
      const c = live.props.rowCommands!;
      const result = c.remove!(rows);
      if (!result || !result.ok) {
        runAction(result);
        return;
      }
      const names = rows.map((r) => rowName(live, r)).filter(Boolean);
      const n = rows.length;
      const more = names.length > NAMES_SHOWN ? ` und ${names.length - NAMES_SHOWN} weitere` : '';
      const ok = await uiStore.confirm({
        title: n === 1 ? 'Zeile löschen?' : `${n} Zeilen löschen?`,
        message: `${names.slice(0, NAMES_SHOWN).join(', ')}${more} ${n === 1 ? 'wird' : 'werden'} gelöscht. Strg+Z holt ${n === 1 ? 'sie' : 'alle'} in einem Schritt zurück.`,
        confirm: n === 1 ? 'Zeile löschen' : `${n} Zeilen löschen`,
      });
      if (!ok) return;
      const sel = selection.current();
      if (!runAction(result)) return;
      if (!sel) return;
      // The highlight goes: one cell where the rows were, once the rows are rebuilt.
      const r = toRange(sel);
      const cell = singleCell({ row: r.top, col: sel.head.col });
      selection.set(cell);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const next = clampSelection(cell, boundsOf(live.view));
          selection.set(next);
          focus.focusPos(next.head, false, true);
        }),
      );
    };
    const run = (kind: RowCommandKind) => {
      const c = live.props.rowCommands;
      if (!c || !has(kind)) return;
      const rows = selectedRows();
      const own = rows.filter((r) => c.accepts(r));
      switch (kind) {
        case 'insert':
        case 'duplicate': {
          const result = kind === 'insert' ? c.insert!(rows) : c.duplicate!(own);
          runAction(result, (cursor) => moveToTarget(live, focus, cursor.target, cursor.edit));
          return;
        }
        case 'remove':
          void remove(own);
          return;
        case 'up':
        case 'down': {
          if (live.view.rows !== live.props.rows) {
            uiStore.say(
              'Die Ansicht ist sortiert oder gefiltert: zum Verschieben zuerst „Planreihenfolge“ wählen.',
              'error',
            );
            return;
          }
          const ids = own.map((r) => r.id);
          runAction(c.move!(own, kind === 'up' ? -1 : 1), () => reselect(ids));
          return;
        }
      }
    };
    return { selectedRows, has, run };
  }, [focus, live, selection]);
}
