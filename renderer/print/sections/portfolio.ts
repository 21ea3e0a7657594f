/** Maßnahmeportfolio: instruments by Handlungsschwerpunkt with sums, references and nachrichtlich rows. */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { portfolioOutline } from '../../../shared/outline/portfolio';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function portfolioSection(ctx: PackContext): PrintSection {
  return {
    id: 'portfolio',
    title: SHEET_LABELS.portfolio,
    orientation: 'landscape',
    blocks: [{ kind: 'table', table: printTable(portfolioOutline(ctx.plan), ctx) }],
  };
}
