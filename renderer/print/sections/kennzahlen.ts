/** Kennzahlen: places by Förderkategorie against last year's result. */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { kennzahlenOutline } from '../../../shared/outline/kennzahlen';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function kennzahlenSection(ctx: PackContext): PrintSection {
  return {
    id: 'kennzahlen',
    title: SHEET_LABELS.kennzahlen,
    orientation: 'portrait',
    blocks: [{ kind: 'table', table: printTable(kennzahlenOutline(ctx.plan), ctx) }],
  };
}
