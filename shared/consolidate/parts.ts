/**
 * Consolidation parts beyond the Haushalt and the Kennzahlen: each turns a group's Jobcenters
 * into one table (workbook sheet block, view card, print table, `--json` keys). A feature
 * plugs in with one entry in CONSOLIDATION_PARTS; the Zielplanung (issue 13, zielplanung.md
 * D.2, "n von m erreicht") is meant to be the next one.
 */
import type { JobcenterEntry, LandSource, PartTable } from './types';

export interface ConsolidationPart {
  id: string;
  /** null when no plan of the group carries this part's data. */
  consolidate(members: readonly { entry: JobcenterEntry; input: LandSource }[]): PartTable | null;
}

export const CONSOLIDATION_PARTS: ConsolidationPart[] = [];
