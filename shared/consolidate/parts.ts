/**
 * Consolidation parts beyond the Haushalt and the Kennzahlen: each turns a group's Jobcenters
 * into one table (workbook sheet block, view card, print table, `--json` keys). A feature
 * plugs in with one entry in CONSOLIDATION_PARTS, like the Zielplanung (issue 13, zielplanung.md
 * D.2, "n von m erreicht").
 */
import type { PlanReader } from './planReader';
import type { JobcenterEntry, LandSource, PartTable } from './types';
import { zielePart } from './zielePart';

export interface ConsolidationPart {
  id: string;
  /** null when no plan of the group carries this part's data. */
  /** `calc`: the plan's figures, already read for its row (a part need not read them again). */
  consolidate(
    members: readonly { entry: JobcenterEntry; input: LandSource; calc?: PlanReader }[],
  ): PartTable | null;
}

export const CONSOLIDATION_PARTS: ConsolidationPart[] = [zielePart];
