/** The plan year and Vorjahr columns that Haushalt and Eckwerte share. */
import type { Plan, YearColumn } from '../model/plan';
import type { OutlineColumn } from './types';
import { column } from './types';

export const yearOf = (plan: Plan, col: YearColumn): number =>
  col === 'plan' ? plan.header.year : plan.header.vorjahr;

/** `Plan 2016` and `Vorjahr 2015`, right-aligned, with each renderer's width. */
export function yearColumns(plan: Plan, print: number): OutlineColumn[] {
  return [
    column('plan', `Plan ${plan.header.year}`, 'right', { grid: 170, excel: 18, print }),
    column('vorjahr', `Vorjahr ${plan.header.vorjahr}`, 'right', { grid: 170, excel: 18, print }),
  ];
}
