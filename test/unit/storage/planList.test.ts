import { describe, expect, it } from 'vitest';
import type { PlanFigures } from '../../../shared/storage/planList';
import { planListColumns, planListFigures, sortPlans } from '../../../shared/storage/planList';
import { planRecordFor } from '../../../shared/storage/records';
import { emptyPlan } from '../../../shared/storage/newPlans';
import { beispielplan } from '../../../shared/sample/beispielplan';

describe('the Start screen’s plan list', () => {
  it('key figures come from the figure definitions', () => {
    expect(planListColumns().map((c) => c.label)).toEqual([
      'verfügbares EGT',
      'Mittelansatz EGT gesamt',
      'EGT-Auslastung',
      'Eintritte gesamt',
    ]);
    const f = planListFigures(beispielplan());
    expect(f['portfolio.eintritte']).toBe(8761);
    expect(f['portfolio.mittelansatzEgt']).toBe(26_121_070);
  });

  it('sorts by any column both ways; plans without a value last', () => {
    const at = (id: string, year: number, jobcenter: string) =>
      planRecordFor(
        emptyPlan({ id, jobcenter, year, author: 'w', now: `${year - 1}-09-01T00:00:00.000Z` }),
        1,
        'w',
      );
    const plans = [
      at('a', 2017, 'Jobcenter Essen'),
      at('b', 2019, 'Jobcenter Bonn'),
      at('c', 2018, 'Jobcenter Aachen'),
    ];
    const figures = new Map<string, PlanFigures>([
      ['a', { ...planListFigures(beispielplan()), 'portfolio.eintritte': 500 }],
      ['b', { ...planListFigures(beispielplan()), 'portfolio.eintritte': 9000 }],
    ]);
    const ids = (key: Parameters<typeof sortPlans>[2], dir: 'asc' | 'desc') =>
      sortPlans(plans, figures, key, dir).map((p) => p.id);
    expect(ids('year', 'asc')).toEqual(['a', 'c', 'b']);
    expect(ids('year', 'desc')).toEqual(['b', 'c', 'a']);
    expect(ids('plan', 'asc')).toEqual(['c', 'b', 'a']);
    expect(ids('portfolio.eintritte', 'desc')).toEqual(['b', 'a', 'c']);
    expect(ids('portfolio.eintritte', 'asc')).toEqual(['a', 'b', 'c']);
  });
});
