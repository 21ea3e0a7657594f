/** Comparing a plan read back from a workbook with the plan exported. */
import type { Plan } from '../../shared/model/plan';

/** The imported plan with the exported plan's id and changedAt: the import gives a new plan both. */
export function asExported(imported: Plan, exported: Plan): Plan {
  return {
    ...imported,
    id: exported.id,
    header: { ...imported.header, changedAt: exported.header.changedAt },
  };
}
