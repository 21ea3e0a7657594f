/**
 * Schema version 2: the plan list must not load every plan's rows, so a plan is split into a
 * light header record (`plans`) and its content (`planContents`); plans that fail validation
 * go to `quarantine`; the edit log and versions get compound indexes per plan.
 */
import type { PlanContentRecord, PlanRecord } from '../records';
import { planRecordFor } from '../records';
import type { PlanRecordV1 } from './v1';

export const V2_STORES = {
  plans: 'id, updatedAt',
  planContents: 'id',
  versions: 'id, planId, [planId+createdAt]',
  editLog: '++seq, planId, [planId+seq]',
  settings: 'key',
  quarantine: 'id',
} as const;

/** Writer id recorded for records produced by the upgrade itself. */
export const UPGRADE_WRITER = 'upgrade-v2';

/**
 * Pure transform of one v1 plan record into the v2 header and content records. A record whose
 * plan is missing or has no header cannot be split: it is returned as `broken`, so the upgrade
 * moves it to quarantine instead of dropping it.
 */
export function upgradePlanRecordV1(
  old: PlanRecordV1,
): { ok: true; plan: PlanRecord; content: PlanContentRecord } | { ok: false; broken: unknown } {
  const plan = old.plan as PlanRecordV1['plan'] | undefined;
  if (!plan || typeof plan !== 'object' || !plan.header || !Array.isArray(plan.schwerpunkte)) {
    return { ok: false, broken: old };
  }
  const rev = typeof old.rev === 'number' ? old.rev : 0;
  return {
    ok: true,
    plan: planRecordFor(plan, rev, UPGRADE_WRITER),
    content: { id: old.id, rev, plan },
  };
}
