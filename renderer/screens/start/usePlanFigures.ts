/**
 * The key figures of the listed plans, computed from their stored content once per plan
 * version (rev); a plan that cannot be read just shows no figures.
 */
import { useEffect, useState } from 'react';
import type { PlanFigures } from '../../../shared/storage/planList';
import { planListFigures } from '../../../shared/storage/planList';
import type { PlanRecord } from '../../../shared/storage/records';
import { readPlanState } from '../../storage/planState';
import { storageController } from '../../storage/storageController';

const cache = new Map<string, PlanFigures>();

export function usePlanFigures(plans: readonly PlanRecord[]): ReadonlyMap<string, PlanFigures> {
  const [figures, setFigures] = useState<ReadonlyMap<string, PlanFigures>>(new Map());
  const signature = plans.map((p) => `${p.id}@${p.rev}`).join(',');
  useEffect(() => {
    let live = true;
    const db = storageController().db;
    void (async () => {
      const next = new Map<string, PlanFigures>();
      for (const p of plans) {
        const key = `${p.id}@${p.rev}`;
        let f = cache.get(key);
        if (!f) {
          try {
            const state = await readPlanState(db, p.id);
            if (state.plan) f = planListFigures(state.plan);
          } catch {
            // Unreadable content: the list shows the plan without figures; opening it says why.
          }
          if (f) cache.set(key, f);
        }
        if (f) next.set(p.id, f);
      }
      if (live) setFigures(next);
    })();
    return () => {
      live = false;
    };
    // `signature` stands for `plans`: a new array with the same plans and revisions changes nothing.
  }, [signature]);
  return figures;
}
