/** Drittmittel and, below, the Mittel für aktive Arbeitsmarktpolitik they add to. */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { drittmittelOutline } from '../../../shared/outline/drittmittel';
import type { HaushaltOutline } from '../../../shared/outline/haushalt';
import { haushaltOutline } from '../../../shared/outline/haushalt';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function drittmittelSection(
  ctx: PackContext,
  haushalt: HaushaltOutline = haushaltOutline(ctx.plan, ctx.labels),
): PrintSection {
  // The money outside the EGT is added below only where the plan has some.
  const more = ctx.plan.haushalt.ausserhalbEgt.length ? [haushalt.aktiveAmpMitAusserhalb] : [];
  return {
    id: 'drittmittel',
    title: SHEET_LABELS.drittmittel,
    orientation: 'portrait',
    blocks: [
      { kind: 'table', table: printTable(drittmittelOutline(ctx.plan, ctx.labels), ctx) },
      { kind: 'table', table: printTable(haushalt.aktiveAmp, ctx, more) },
    ],
  };
}
