/**
 * Land-/Regionalansicht in the print pack (issue 18): per group (year, Trägerform) the
 * Jobcenters with the Land figures and the Land total (rates from summed bases), the
 * Förderkategorien across the Land, the consolidation parts (Zielplanung), and what was left
 * out or stands out.
 */
import { KATEGORIE_BASES, KATEGORIE_RATES, LAND_BASES, LAND_RATES } from '../../../shared/calc/landFigures';
import { partValueText } from '../../../shared/consolidate/partText';
import type { Consolidation } from '../../../shared/consolidate/types';
import { formatFigure } from '../../../shared/format/numberFormat';
import { cell } from '../packContext';
import type { PrintBlock, PrintColumn, PrintSection } from '../packTypes';

/** The columns a page can hold; the workbook and the view have all of LAND_BASES and LAND_RATES. */
const PRINTED = [
  'summeEingliederungsmittel',
  'verfuegbaresEgt',
  'mittelFuerNeufaelle',
  'geplanterMitteleinsatz',
  'egtAuslastung',
  'umschichtungsquote',
  'vorbindungsquote',
  'eintritte',
  'kostenJeEintritt',
];

export function landSection(c: Consolidation): PrintSection {
  const figures = PRINTED.map((k) => [...LAND_BASES, ...LAND_RATES].find((f) => f.key === k)!);
  const blocks: PrintBlock[] = [];
  for (const g of c.groups) {
    const columns: PrintColumn[] = [
      { header: 'Jobcenter', align: 'left', width: 19 },
      ...figures.map((f): PrintColumn => ({ header: c.labels[f.key] ?? f.key, align: 'right', width: 9 })),
    ];
    const marked = new Set(g.outliers.map((o) => `${o.nr}:${o.figure}`));
    blocks.push({
      kind: 'table',
      table: {
        id: `land-${g.year}-${g.traegerform ?? 'ohne'}`,
        caption: `Jobcenter ${g.label}`,
        columns,
        rows: [
          ...g.jobcenter.map((e) => ({
            kind: 'body' as const,
            cells: [
              cell(e.jobcenter),
              ...figures.map((f) =>
                cell(
                  `${formatFigure(e.values[f.key] ?? null, f.unit)}${marked.has(`${e.nr}:${f.key}`) ? ' *' : ''}`,
                ),
              ),
            ],
          })),
          {
            kind: 'total' as const,
            cells: [
              cell(`Summe ${g.label}`),
              ...figures.map((f) => cell(formatFigure(g.totals[f.key]?.value ?? null, f.unit))),
            ],
          },
        ],
        notes: [
          'Quoten der Summenzeile aus den summierten Grundlagen, nicht gemittelt. * Ausreißer (außerhalb der Quartilsgrenzen).',
          ...Object.entries(g.totals)
            .filter(([, t]) => t.leftOut.length > 0 && t.value !== null)
            .map(([k, t]) => `${c.labels[k] ?? k}: ohne ${t.leftOut.join(', ')} (Grundlage fehlt).`),
        ],
      },
    });
    const katCols = [...KATEGORIE_BASES, ...KATEGORIE_RATES];
    blocks.push({
      kind: 'table',
      table: {
        id: `land-kategorien-${g.year}-${g.traegerform ?? 'ohne'}`,
        caption: `Plätze und Mittel nach Förderkategorie, ${g.label}`,
        columns: [
          { header: 'Förderkategorie', align: 'left', width: 34 },
          ...katCols.map((x): PrintColumn => ({ header: x.label, align: 'right', width: 11 })),
        ],
        rows: g.kategorien.map((k) => ({
          kind: 'body' as const,
          cells: [
            cell(k.key ? `${k.key}. ${k.name}` : k.name),
            ...katCols.map((x) => cell(formatFigure(k.totals[x.key]?.value ?? null, x.unit))),
          ],
        })),
        notes: [],
      },
    });
    for (const p of g.parts)
      blocks.push({
        kind: 'table',
        table: {
          id: `land-${p.id}-${g.year}-${g.traegerform ?? 'ohne'}`,
          caption: `${p.title}, ${g.label}`,
          columns: [
            { header: 'Kennzahl', align: 'left', width: 50 },
            { header: 'Land', align: 'right', width: 14 },
            { header: 'Hinweis', align: 'left', width: 36 },
          ],
          rows: p.lines.map((l) => ({
            kind: 'body' as const,
            cells: [cell(l.label), cell(partValueText(l)), cell(l.note ?? '')],
          })),
          notes: ['Quoten aus summierten Grundlagen (Σ Basis × Quote ÷ Σ Basis), nicht gemittelt.'],
        },
      });
  }
  if (c.duplicates.length > 0)
    blocks.push({
      kind: 'text',
      text: `Doppelt und nicht addiert: ${c.duplicates.map((d) => `${d.source} (${d.jobcenter}, ${d.year}, ${d.variante})`).join('; ')}.`,
    });
  return { id: 'land', title: 'Land-/Regionalansicht', orientation: 'landscape', blocks };
}
