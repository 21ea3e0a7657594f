/**
 * The grid's dropdown for a choice cell of the Globalbudget and Verpflichtungen sheets and the
 * portfolio's multi-year columns: options, value, text and command all come from
 * shared/actions/budgetChoices.ts, read on the plan as it is when the cell paints or is set.
 */
import type { BudgetChoiceField } from '../../shared/actions/budgetChoices';
import { budgetChoice } from '../../shared/actions/budgetChoices';
import type { CellSpec } from '../sheet/cellSpec';
import type { ChoiceCell } from './outlineGrid';

export function budgetChoiceSpec(cell: ChoiceCell & { field: BudgetChoiceField }): CellSpec {
  const of = (plan: Parameters<typeof budgetChoice>[0]) => budgetChoice(plan, cell.field, cell.rowId);
  return {
    kind: 'choice',
    options: (plan) => of(plan).options(),
    get: (plan) => of(plan).value,
    display: (plan) => of(plan).text,
    set: (value, plan) => of(plan).command(value),
  };
}

/** GridOptions for the budget sheets: every choice cell is one of theirs. */
export const BUDGET_GRID_OPTIONS = {
  choice: (cell: ChoiceCell): CellSpec =>
    isBudgetChoice(cell) ? budgetChoiceSpec(cell) : { kind: 'label', text: cell.text },
};

function isBudgetChoice(cell: ChoiceCell): cell is ChoiceCell & { field: BudgetChoiceField } {
  return !['kategorie', 'finanzierung', 'nachrichtlich', 'fbw'].includes(cell.field);
}
