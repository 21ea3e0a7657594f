/**
 * A grid's columns and rows from its sheet outline, rebuilt when the plan's structure changes
 * (value edits repaint cells; they do not rebuild rows).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { OutlineTable } from '../../shared/outline/types';
import type { SheetColumn } from '../sheet/cellSpec';
import type { PlanState } from '../state/planStore';
import { planStore } from '../state/planStore';
import type { GridModel, GridOptions } from './outlineGrid';
import { gridColumns, gridModel } from './outlineGrid';

const structureOf = () => planStore.getState().structureVersion;

/** `build` reads the plan (and its figure labels) from the state it is given. */
export function useOutlineTable(
  build: (s: PlanState) => OutlineTable,
  options: GridOptions = {},
): GridModel & { columns: SheetColumn[] } {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  // Rebuilt per structure version; `build` is the same function on every render.
  const table = useMemo(() => build(planStore.getState()), [structure]);
  return useMemo(() => ({ columns: gridColumns(table), ...gridModel(table, options) }), [table]);
}
