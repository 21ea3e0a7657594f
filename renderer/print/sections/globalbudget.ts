/** Globalbudget: the estimates, the Grundlage, the Umschichtung and the staff figures. */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { globalbudgetOutline } from '../../../shared/outline/globalbudget';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function globalbudgetSection(ctx: PackContext): PrintSection {
  const o = globalbudgetOutline(ctx.plan, ctx.labels);
  const tables = [o.schaetzungen, o.grundlage, o.umschichtung, o.personal];
  // Projekt-VZÄ and client groups only where the plan has some.
  if (ctx.plan.personal.projekte.length) tables.push(o.projekte);
  if (ctx.plan.personal.gruppen.length) tables.push(o.betreuung);
  return {
    id: 'globalbudget',
    title: SHEET_LABELS.globalbudget,
    orientation: 'landscape',
    blocks: tables.map((t) => ({ kind: 'table', table: printTable(t, ctx) })),
  };
}
