/**
 * Consolidation parts beyond the Haushalt and the Kennzahlen: each turns a group's Jobcenters
 * into one table (workbook sheet block, view card, print table, `--json` keys). A feature
 * plugs in with one entry in CONSOLIDATION_PARTS, like the Zielplanung (issue 13, zielplanung.md
 * D.2, "n von m erreicht").
 *
 * A part works in two steps, as the consolidation does (planShare.ts): `read` takes what it
 * needs from one plan where the plan was read (in the Land view a worker), as plain data that
 * crosses to the UI thread by structured clone; `consolidate` makes the group's table from
 * those shares alone, without the plans.
 */
import type { Plan } from '../model/plan';
import type { PlanReader } from './planReader';
import type { JobcenterEntry, PartTable } from './types';
import { zielePart } from './zielePart';

export interface ConsolidationPart<D = unknown> {
  id: string;
  /** One plan's share; `calc`: the plan's figures, already read for its row. Plain data only. */
  read(plan: Plan, calc: PlanReader): D;
  /** The group's table from its members' shares in the group's order; null when none carries data. */
  consolidate(members: readonly { entry: JobcenterEntry; data: D }[]): PartTable | null;
}

/** A part with its own share type, as the list of all parts holds it. */
export function consolidationPart<D>(part: ConsolidationPart<D>): ConsolidationPart {
  return part as unknown as ConsolidationPart;
}

export const CONSOLIDATION_PARTS: ConsolidationPart[] = [consolidationPart(zielePart)];
