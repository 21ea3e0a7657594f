/**
 * Schema version 1 (first release of the storage layer): a plan was one record holding header
 * and content together. Kept unchanged forever: a database at this version is upgraded by v2.
 */
import type { Plan } from '../../model/plan';

export const V1_STORES = {
  plans: 'id, updatedAt',
  versions: 'id, planId',
  editLog: '++seq, planId',
  settings: 'key',
} as const;

export interface PlanRecordV1 {
  id: string;
  updatedAt: string;
  rev: number;
  plan: Plan;
}
