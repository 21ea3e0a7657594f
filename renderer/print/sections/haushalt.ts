/** Haushalt (EGT): the chain, the money outside the EGT and the legal caps in force. */
import { formatEur } from '../../../shared/format/numberFormat';
import { SHEET_LABELS } from '../../../shared/model/sheets';
import type { HaushaltOutline } from '../../../shared/outline/haushalt';
import { haushaltOutline } from '../../../shared/outline/haushalt';
import { vorjahrKnown } from '../../../shared/outline/vorjahr';
import type { PackContext } from '../packContext';
import type { PrintBlock, PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';
import { mitteleinsatzVorjahrNote } from './eckwerte';

export function haushaltSection(
  ctx: PackContext,
  outline: HaushaltOutline = haushaltOutline(ctx.plan, ctx.labels),
): PrintSection {
  const { plan } = ctx;
  const chain = printTable(outline.chain, ctx);
  if (plan.header.globalbudget)
    chain.notes.push(
      `Globalbudget (EGT und Verwaltungskostenbudget) laut Planungsdokument: ${formatEur(plan.header.globalbudget)}.`,
    );
  if (!vorjahrKnown(plan, 'vorjahrMittel')) chain.notes.push(mitteleinsatzVorjahrNote(plan));
  // What a Fortschreibung filled in (the Vorbindungen from the register and the multi-year rows).
  if (plan.verpflichtungen.herkunft) chain.notes.push(plan.verpflichtungen.herkunft);
  const blocks: PrintBlock[] = [{ kind: 'table', table: chain }];
  if (plan.haushalt.ausserhalbEgt.length)
    blocks.push({ kind: 'table', table: printTable(outline.ausserhalb, ctx) });
  blocks.push(
    outline.deckel.rows.length
      ? { kind: 'table', table: printTable(outline.deckel, ctx) }
      : {
          kind: 'text',
          text: `Für ${plan.header.year} gilt keine gesetzliche Obergrenze für einzelne Förderkategorien.`,
        },
  );
  return { id: 'haushalt', title: SHEET_LABELS.haushalt, orientation: 'portrait', blocks };
}
