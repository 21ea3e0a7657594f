/** Bildungszielplanung: Bildungsgutscheine by Berufsbereich, the comparison with FbW below. */
import { formatCount } from '../../../shared/format/numberFormat';
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { bildungOutline } from '../../../shared/outline/bildung';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function bildungSection(ctx: PackContext): PrintSection {
  const table = printTable(bildungOutline(ctx.plan, ctx.labels), ctx);
  const figure = (id: string) => `${ctx.label(id)}: ${formatCount(ctx.get(id))}`;
  table.notes.push(`${figure('bildung.fbwEintritte')}; ${figure('bildung.differenzFbw')}.`);
  if (ctx.calc.has('bildung.differenzKennzahlII'))
    table.notes.push(`${figure('bildung.differenzKennzahlII')}.`);
  return {
    id: 'bildung',
    title: SHEET_LABELS.bildung,
    orientation: 'portrait',
    blocks: [{ kind: 'table', table }],
  };
}
