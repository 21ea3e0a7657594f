/**
 * The Start screen's plan list: each plan's key figures (defined once in shared/calc, labels
 * from their definitions) and the order by a chosen column, ascending or descending.
 */
import { Calculation } from '../calc/engine';
import type { FigureId } from '../calc/expr';
import type { FigureUnit } from '../calc/figureDef';
import type { Num, Plan } from '../model/plan';
import { emptyPlan } from './newPlans';
import type { PlanRecord } from './records';
import { planTitle } from './records';

/** The key figures the list shows, in column order. */
export const PLAN_LIST_FIGURES = [
  'haushalt.plan.verfuegbaresEgt',
  'portfolio.mittelansatzEgt',
  'haushalt.plan.egtAuslastung',
  'portfolio.eintritte',
] as const satisfies readonly FigureId[];

export type PlanListFigureId = (typeof PLAN_LIST_FIGURES)[number];

export interface PlanListColumn {
  id: PlanListFigureId;
  label: string;
  unit: FigureUnit;
}

export function planListColumns(): PlanListColumn[] {
  // Labels do not depend on the plan's numbers: any plan's definitions give them.
  const calc = new Calculation(
    emptyPlan({
      id: 'labels',
      jobcenter: 'Jobcenter',
      year: 2000,
      author: '',
      now: '2000-01-01T00:00:00.000Z',
    }),
  );
  return PLAN_LIST_FIGURES.map((id) => {
    const def = calc.def(id);
    return { id, label: def?.label ?? id, unit: def?.unit ?? 'eur' };
  });
}

export type PlanFigures = Record<PlanListFigureId, Num>;

export function planListFigures(plan: Plan): PlanFigures {
  const calc = new Calculation(plan);
  return Object.fromEntries(PLAN_LIST_FIGURES.map((id) => [id, calc.get(id)])) as PlanFigures;
}

export type PlanSortKey = 'plan' | 'year' | 'status' | 'updatedAt' | 'rowCount' | PlanListFigureId;
export type SortDirection = 'asc' | 'desc';

/** Sorted copy; plans without a value (no figures yet, empty figure) come last either way. */
export function sortPlans(
  plans: readonly PlanRecord[],
  figures: ReadonlyMap<string, PlanFigures>,
  key: PlanSortKey,
  dir: SortDirection,
): PlanRecord[] {
  const valueOf = (p: PlanRecord): string | number | null => {
    switch (key) {
      case 'plan':
        return planTitle(p.header);
      case 'year':
        return p.header.year;
      case 'status':
        return p.header.status;
      case 'updatedAt':
        return p.updatedAt;
      case 'rowCount':
        return p.rowCount;
      default:
        return figures.get(p.id)?.[key] ?? null;
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...plans].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const c =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'de');
    return sign * c;
  });
}
