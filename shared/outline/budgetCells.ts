/**
 * Cell builders the Globalbudget and Verpflichtungen outlines share: a figure, a copy of a
 * figure shown elsewhere (view), and a dropdown of shared/actions/budgetChoices.ts.
 */
import { budgetChoice } from '../actions/budgetChoices';
import type { BudgetChoiceField } from '../actions/budgetChoices';
import type { FigureId } from '../calc/expr';
import type { Plan } from '../model/plan';
import type { Format, OutlineCell } from './types';

export const choice = (plan: Plan, field: BudgetChoiceField, rowId: string): OutlineCell => ({
  kind: 'choice',
  rowId,
  field,
  text: budgetChoice(plan, field, rowId).text,
});

export const fig = (id: FigureId, format: Format = 'eur'): OutlineCell => ({ kind: 'figure', id, format });

export const view = (id: FigureId, format: Format = 'eur'): OutlineCell => ({
  kind: 'view',
  ref: { fig: id },
  format,
});
