/**
 * After a change of the plan store only the cells that depend on it repaint (cellIndex.ts says
 * which rows); a structural change waits for the screen to rebuild the rows.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { IRowNode } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import { boundsOf } from '../../sheet/rangeWrites';
import { clampSelection } from '../../sheet/selection';
import type { PlanChange } from '../../state/planStore';
import { planStore } from '../../state/planStore';
import { addRowsOf, repaintFor } from './cellIndex';
import type { GridLive } from './types';
import type { SelectionControl } from './useSelection';

export function useRepaint(live: GridLive, selection: SelectionControl): void {
  useEffect(() => {
    // Rows to repaint, collected over one task and painted in a microtask: after AG Grid has
    // finished the keystroke (closing the editor, moving the cursor), before the frame.
    let pending: Set<string> | 'all' | null = null;
    const flush = () => {
      const api = live.api;
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
      selection.publishStats();
    };
    const queue = (deps: Iterable<string> | 'all') => {
      const first = pending === null;
      if (deps === 'all') pending = 'all';
      else if (pending !== 'all') {
        const ids = pending ?? new Set<string>();
        addRowsOf(live.index, deps, ids);
        pending = ids;
      }
      if (first) queueMicrotask(flush);
    };
    return planStore.subscribe((change: PlanChange) => {
      if (!live.api) return;
      const repaint = repaintFor(change, planStore.getState().checks);
      if (repaint.kind === 'rebuild') {
        // Rows are rebuilt by the screen; repaint the rest (totals, markers) after that.
        requestAnimationFrame(() => {
          live.api?.refreshCells();
          const sel = selection.current();
          if (sel) selection.set(clampSelection(sel, boundsOf(live.view)));
        });
      } else queue(repaint.kind === 'all' ? 'all' : repaint.deps);
    });
  }, [live, selection]);
}
