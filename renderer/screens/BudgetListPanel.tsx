/**
 * A panel of the Globalbudget or Verpflichtungen screen whose table is a list the user grows:
 * its title, a toolbar to add a line (the new line's first cell opens for typing) and to remove
 * the line under the cursor, a hint, and the grid. The actions are in shared/actions/budget.ts.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ActionResult } from '../../shared/actions/action';
import { removeBudgetItem } from '../../shared/actions/budget';
import type { BudgetList } from '../../shared/commands/command';
import type { SheetId } from '../../shared/model/sheets';
import type { Plan } from '../../shared/model/plan';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { runAction } from '../state/actions';
import { BudgetGrid } from '../grids/BudgetGrid';
import type { BudgetTable } from '../grids/BudgetGrid';
import type { GridHandle } from '../grids/SheetGrid';

interface Props {
  /** The id of the panel's title, and the prefix of its buttons' test ids (`<testId>-add`). */
  titleId: string;
  testId: string;
  title: string;
  /** What one line is called on the buttons: "+ Schätzung", "Schätzung entfernen". */
  noun: string;
  /** The toolbar's accessible name. */
  toolbarLabel: string;
  add(plan: Plan): ActionResult;
  list: BudgetList;
  table: BudgetTable;
  gridLabel: string;
  sheets: SheetId[];
  children?: ReactNode;
}

export function BudgetListPanel(props: Props) {
  const [current, setCurrent] = useState<SheetRow | null>(null);
  const grid = useRef<GridHandle | null>(null);
  const run = (r: ActionResult) =>
    runAction(r, (c) => {
      grid.current?.moveTo(c.target, c.edit);
    });
  return (
    <section aria-labelledby={props.titleId} className="panel">
      <div className="panel-head">
        <h2 id={props.titleId}>{props.title}</h2>
        <div className="toolbar" role="toolbar" aria-label={props.toolbarLabel}>
          <button
            type="button"
            data-testid={`${props.testId}-add`}
            onClick={() => run(props.add(planStore.getState().plan))}
          >
            + {props.noun}
          </button>
          <button
            type="button"
            data-testid={`${props.testId}-remove`}
            onClick={() => run(removeBudgetItem(props.list, current?.planRowId))}
            disabled={!current?.planRowId}
          >
            {props.noun} entfernen
          </button>
        </div>
      </div>
      {props.children}
      <BudgetGrid
        table={props.table}
        label={props.gridLabel}
        sheets={props.sheets}
        onCurrentRow={setCurrent}
        handleRef={grid}
      />
    </section>
  );
}
