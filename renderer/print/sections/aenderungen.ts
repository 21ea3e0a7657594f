/** Änderungen: what changed since a saved version (inputs, key figures, structure). */
import type { DisplayUnit } from '../../../shared/model/cellKey';
import { formatFigure } from '../../../shared/format/numberFormat';
import type { Num, Plan } from '../../../shared/model/plan';
import { comparePlans } from '../../../shared/storage/comparePlans';
import { cell } from '../packContext';
import type { PrintBlock, PrintColumn, PrintRow, PrintSection } from '../packTypes';

export function aenderungenSection(plan: Plan, vergleich: { label: string; plan: Plan }): PrintSection {
  const cmp = comparePlans(vergleich.plan, plan);
  const fmt = (v: Num | undefined, unit: DisplayUnit) => (v === undefined ? '–' : formatFigure(v, unit));
  const columns: PrintColumn[] = [
    { header: 'Position', align: 'left', width: 60 },
    { header: `Version ${vergleich.label}`, align: 'right', width: 20 },
    { header: 'aktueller Stand', align: 'right', width: 20 },
  ];
  const changed = (d: {
    label: string;
    unit: DisplayUnit;
    before: Num | undefined;
    after: Num | undefined;
  }): PrintRow => ({
    kind: 'body',
    cells: [cell(d.label), cell(fmt(d.before, d.unit)), cell(fmt(d.after, d.unit))],
  });
  const blocks: PrintBlock[] = [];
  if (cmp.figures.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'aenderungen-eckwerte',
        caption: 'Geänderte Eckwerte',
        columns,
        rows: cmp.figures.map(changed),
        notes: [],
      },
    });
  if (cmp.inputs.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'aenderungen-eingaben',
        caption: 'Geänderte Eingaben',
        columns,
        rows: cmp.inputs.map(changed),
        notes: [],
      },
    });
  if (cmp.structure.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'aenderungen-struktur',
        caption: 'Geänderte Struktur',
        columns: [
          { header: 'Änderung', align: 'left', width: 25 },
          { header: 'Zeile oder Bereich', align: 'left', width: 75 },
        ],
        rows: cmp.structure.map((s) => ({ kind: 'body' as const, cells: [cell(s.what), cell(s.label)] })),
        notes: [],
      },
    });
  if (!blocks.length)
    blocks.push({ kind: 'text', text: `Keine Änderungen seit Version ${vergleich.label}.` });
  return {
    id: 'aenderungen',
    title: `Änderungen seit Version ${vergleich.label}`,
    orientation: 'portrait',
    blocks,
  };
}
