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

/**
 * `build` reads the plan (and its figure labels) from the state it is given; `options` builds
 * the dropdowns (stable per grid); `key` names what else the table depends on (a dialogue).
 */
export function useOutlineTable(
  build: (s: PlanState) => OutlineTable,
  options: GridOptions = NO_OPTIONS,
  key = '',
): GridModel & { columns: SheetColumn[] } {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  // Rebuilt per structure version; `build` is the same function for the same key.
  const table = useMemo(() => build(planStore.getState()), [structure, key]);
  return useMemo(() => ({ columns: gridColumns(table), ...gridModel(table, options) }), [table, options]);
}

const NO_OPTIONS: GridOptions = {};
