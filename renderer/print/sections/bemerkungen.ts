/** Bemerkungen: the reasons behind figures, listed with where they stand (only when there are any). */
import { noteLines } from '../../../shared/commands/describeNote';
import { cell } from '../packContext';
import type { PackContext } from '../packContext';
import type { PrintSection } from '../packTypes';

export function bemerkungenSection(ctx: PackContext): PrintSection | null {
  const lines = noteLines(ctx.plan, ctx.calc);
  if (!lines.length) return null;
  return {
    id: 'bemerkungen',
    title: 'Bemerkungen',
    orientation: 'portrait',
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'bemerkungen',
          caption: 'Bemerkungen zu Zellen und Zeilen',
          columns: [
            { header: 'Stelle', align: 'left', width: 40 },
            { header: 'Bemerkung', align: 'left', width: 60 },
          ],
          rows: lines.map((l) => ({ kind: 'body' as const, cells: [cell(l.where), cell(l.text)] })),
          notes: [],
        },
      },
    ],
  };
}
