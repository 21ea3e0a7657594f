/**
 * Prüfungen: the open checks, most severe first (fachkonzept §3). The app's own list
 * (renderer/screens/PruefungenScreen.tsx) sorts and jumps; the workbook and print list them.
 */
import type { Pruefung } from '../checks/pruefung';
import { severityRank } from '../checks/pruefung';
import type { Plan } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import type { OutlineTable } from './types';
import { column } from './types';

export function pruefungenOutline(
  plan: Plan,
  pruefungen: readonly Pruefung[],
  whereOf: (p: Pruefung) => string,
): OutlineTable {
  const sorted = [...pruefungen].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return {
    id: 'pruefungen',
    caption: `Offene Prüfungen ${plan.header.year}`,
    columns: [
      column('schwere', 'Schwere', 'left', { excel: 11, print: 11 }),
      column('blatt', 'Blatt', 'left', { excel: 20, print: 19 }),
      { id: 'position', header: 'Position', align: 'left', excel: { width: 40, wrap: true } },
      {
        id: 'meldung',
        header: 'Meldung',
        align: 'left',
        excel: { width: 90, wrap: true },
        print: { width: 70 },
      },
    ],
    rows: sorted.map((p) => ({
      id: `check:${p.id}`,
      style: 'data',
      cells: {
        schwere: { kind: 'text', text: p.severity },
        blatt: { kind: 'text', text: SHEET_LABELS[p.sheet] },
        position: { kind: 'text', text: whereOf(p) },
        meldung: { kind: 'text', text: p.message },
      },
    })),
  };
}
