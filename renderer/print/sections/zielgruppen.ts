/** Zielgruppen: one table per evaluated target group, across all Handlungsschwerpunkte. */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { zielgruppenOutlines } from '../../../shared/outline/zielgruppen';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

/** Null when the plan evaluates no target group (the pack leaves the section out). */
export function zielgruppenSection(ctx: PackContext): PrintSection | null {
  const outlines = zielgruppenOutlines(ctx.plan, ctx.labels);
  if (outlines.length === 0) return null;
  return {
    id: 'zielgruppen',
    title: SHEET_LABELS.zielgruppen,
    orientation: 'landscape',
    blocks: outlines.map((o) => ({ kind: 'table', table: printTable(o, ctx) })),
  };
}
