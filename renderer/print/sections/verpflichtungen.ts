/** Verpflichtungen: the register, the Vorbindungen, the multi-year rows and the Folgejahresbelastung. */
import { vp } from '../../../shared/calc/verpflichtungen';
import { registerJahre } from '../../../shared/model/budgetInputs';
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { verpflichtungenOutline } from '../../../shared/outline/verpflichtungen';
import type { PackContext } from '../packContext';
import type { PrintBlock, PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function verpflichtungenSection(ctx: PackContext): PrintSection {
  const o = verpflichtungenOutline(ctx.plan, ctx.labels);
  const later = registerJahre(ctx.plan).slice(1);
  const blocks: PrintBlock[] = [];
  blocks.push(
    ctx.plan.verpflichtungen.eintraege.length
      ? { kind: 'table', table: printTable(o.register, ctx) }
      : { kind: 'text', text: 'Im Verpflichtungsregister sind keine Verpflichtungen erfasst.' },
  );
  blocks.push({ kind: 'table', table: printTable(o.verwendung, ctx) });
  if (o.mehrjaehrig.rows.length > 1) blocks.push({ kind: 'table', table: printTable(o.mehrjaehrig, ctx) });
  blocks.push({ kind: 'table', table: printTable(o.belastung, ctx) });
  blocks.push({
    kind: 'charts',
    charts: [
      {
        kind: 'areaBars',
        id: 'folgejahresbelastung',
        title: `${ctx.label(vp(`folgejahr.${later[0]}`))} (Mio. €)`,
        unit: 'eur',
        categoryLabels: true,
        planLabel: ctx.label(vp(`folgejahr.${later[0]}`)),
        vorjahrLabel: ctx.label(vp(`gebunden.${later[0]}`)),
        rows: later.map((jahr) => ({
          label: String(jahr),
          plan: ctx.get(vp(`folgejahr.${jahr}`)) ?? 0,
          vorjahr: ctx.get(vp(`gebunden.${jahr}`)) ?? 0,
        })),
      },
    ],
  });
  return { id: 'verpflichtungen', title: SHEET_LABELS.verpflichtungen, orientation: 'landscape', blocks };
}
