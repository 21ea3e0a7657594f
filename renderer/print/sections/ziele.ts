/**
 * Ziele: the Zielvereinbarung with its targets, the Integrationsquote by segment, the Vorjahr
 * comparison, further figures and the Zielsteuerungsdialoge (shared/outline/ziele.ts). Left
 * out of the pack while the plan has no agreement (no target, no party).
 */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { hasZielvereinbarung } from '../../../shared/model/ziele';
import { zieleTables } from '../../../shared/outline/ziele';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function zieleSection(ctx: PackContext): PrintSection | null {
  if (!hasZielvereinbarung(ctx.plan.zielvereinbarung)) return null;
  return {
    id: 'ziele',
    title: SHEET_LABELS.ziele,
    orientation: 'landscape',
    blocks: zieleTables(ctx.plan, ctx.labels).map((table) => ({
      kind: 'table',
      table: printTable(table, ctx),
    })),
  };
}
