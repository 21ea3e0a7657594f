/**
 * Zielgruppen: one table per evaluated target group (issue 15 A), across all
 * Handlungsschwerpunkte. Per area a heading and the rows that carry a share for the group
 * (own rows only: an instrument counts once, where it belongs), with the share's kind and typed
 * parts and the group's Eintritte and money by financing; then the group's totals, its share of
 * the plan year's verfügbares EGT, the typed share of the Kundenbestand and the Faktor.
 */
import { countsKommunal, isKommunal } from '../calc/rowSelection';
import { rowsOf, zg, zgRow } from '../calc/zielgruppen';
import { cellKey } from '../model/cellKey';
import type { AnteilField } from '../model/cellKey';
import { finanzierungText } from '../model/finanzierungText';
import { ANTEIL_FIELD_LABELS, KUNDENBESTAND_LABEL } from '../model/inputLabels';
import { rowIndex } from '../model/inputs';
import type { Id, InstrumentRow, Plan, ZielgruppenAnteil } from '../model/plan';
import { ANTEIL_ART_SHORT, zielgruppeName } from '../model/zielgruppen';
import type { Format, Labels, OutlineCell, OutlineColumn, OutlineRow, OutlineTable } from './types';
import { column } from './types';

/** The column that holds a row's money for the group, by the row's financing. */
function moneyColumn(row: InstrumentRow): 'mittelEgt' | 'drittmittel' | 'kommunal' {
  switch (row.finanzierung.art) {
    case 'Drittmittel':
      return 'drittmittel';
    case 'kommunal':
      return 'kommunal';
    default:
      return 'mittelEgt';
  }
}

function columns(plan: Plan, withKommunal: boolean): OutlineColumn[] {
  const { year } = plan.header;
  // Only the workbook has the upper end of a range in a column of its own.
  const kommunal = (c: OutlineColumn): OutlineColumn[] => (withKommunal ? [c] : []);
  return [
    {
      id: 'instrument',
      header: 'Instrument',
      align: 'left',
      grid: { width: 280, minWidth: 180, pinned: 'left' },
      excel: { width: 40, wrap: true },
      print: { width: withKommunal ? 22 : 27 },
    },
    {
      id: 'finanzierung',
      header: 'Finanzierung',
      align: 'left',
      grid: { width: 110 },
      excel: { width: 18, wrap: true },
      print: { width: 12 },
    },
    {
      id: 'anteil',
      header: 'Anteil',
      align: 'left',
      grid: { width: 150, tooltip: 'ganz, Teil (Eintritte/Betrag) oder Prozent' },
      excel: { width: 10 },
      print: { width: 7 },
    },
    column('prozent', 'Prozent', 'right', { grid: 80, excel: 9, print: 7 }),
    column('teilEintritte', 'Eintritte (Teil)', 'right', { grid: 96, excel: 11, print: 8 }),
    column('teilBetrag', 'Betrag (Teil)', 'right', { grid: 120, excel: 14, print: 10 }),
    column('eintritte', `Eintritte ${year}`, 'right', { grid: 96, excel: 11, print: 8 }),
    ...kommunal(column('faelleBis', 'Fälle bis (Spanne)', 'right', { excel: 10 })),
    column('mittelEgt', `Mittel EGT ${year}`, 'right', { grid: 130, excel: 15, print: 10 }),
    column('drittmittel', 'Drittmittel', 'right', { grid: 120, excel: 14, print: 9 }),
    ...kommunal(column('kommunal', 'Mittel kommunal (§ 16a)', 'right', { grid: 130, excel: 14, print: 9 })),
  ];
}

function anteilCells(
  row: InstrumentRow,
  a: ZielgruppenAnteil,
  group: string,
): Partial<Record<string, OutlineCell>> {
  const typed = (field: AnteilField, format: Format): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'zgAnteil', zielgruppeId: a.zielgruppeId, rowId: row.id, field }),
    label: `${ANTEIL_FIELD_LABELS[field]} „${group}“ bei „${row.instrument}“`,
    format,
  });
  const cells: Partial<Record<string, OutlineCell>> = {
    anteil: {
      kind: 'choice',
      rowId: row.id,
      field: 'zielgruppenAnteil',
      zielgruppeId: a.zielgruppeId,
      text: ANTEIL_ART_SHORT[a.art],
    },
  };
  if (a.art === 'prozent') cells.prozent = typed('anteil', 'ratio');
  if (a.art === 'teil') {
    cells.teilEintritte = typed('eintritte', 'count');
    // The money of an "enthalten in" row sits in another row: it has no amount to divide.
    if (row.finanzierung.art !== 'enthalten') cells.teilBetrag = typed('betrag', 'eur');
  }
  return cells;
}

/** The outline of one evaluated group. */
export function zielgruppeOutline(plan: Plan, labels: Labels, zielgruppeId: Id): OutlineTable {
  const name = zielgruppeName(plan, zielgruppeId);
  const prefix = `Zielgruppe „${name}“: `;
  // The group's figures are labelled with it; within its own table the name goes without saying.
  const short = (id: string) => {
    const t = labels.title(id);
    return t.startsWith(prefix) ? t.slice(prefix.length) : t;
  };
  const shares = rowsOf(plan, zielgruppeId);
  // Columns for any kommunal row; totals (as their figures) only for those in the sums.
  const withKommunal = shares.some((x) => isKommunal(x.row));
  const kommunalTotals = shares.some((x) => countsKommunal(x.row));
  const index = rowIndex(plan);
  const rows: OutlineRow[] = [];
  let lastArea: string | null = null;
  for (const { row, anteil } of shares) {
    const area = plan.schwerpunkte[index.get(row.id)!.areaIndex]!;
    if (area.id !== lastArea) {
      lastArea = area.id;
      rows.push({
        id: `area:${area.id}`,
        areaId: area.id,
        style: 'group',
        cells: { instrument: { kind: 'text', text: area.name } },
      });
    }
    const n = row.nachrichtlich ? { nachrichtlich: true } : {};
    const kommunal = isKommunal(row);
    const eintritte: OutlineCell = {
      kind: 'figure',
      id: zgRow(zielgruppeId, row.id, 'eintritte'),
      format: 'count',
      ...n,
      ...(kommunal ? { bis: zgRow(zielgruppeId, row.id, 'faelleBis') } : {}),
    };
    rows.push({
      id: `zg:${row.id}`,
      gridId: row.id,
      planRowId: row.id,
      areaId: area.id,
      style: row.nachrichtlich ? 'nachrichtlich' : 'data',
      cells: {
        instrument: { kind: 'text', text: row.instrument },
        finanzierung: { kind: 'text', text: finanzierungText(plan, row.finanzierung, true) },
        ...anteilCells(row, anteil, name),
        eintritte,
        ...(kommunal
          ? {
              faelleBis: {
                kind: 'figure',
                id: zgRow(zielgruppeId, row.id, 'faelleBis'),
                format: 'count',
                ...n,
              },
            }
          : {}),
        [moneyColumn(row)]: {
          kind: 'figure',
          id: zgRow(zielgruppeId, row.id, 'mittel'),
          format: 'eur',
          ...n,
        },
      },
    });
  }
  const fig = (id: string, format: Format): OutlineCell => ({ kind: 'figure', id, format });
  const label = (text: string, span = 1): OutlineCell => ({ kind: 'text', text, span });
  rows.push({
    id: 'summe',
    style: 'total',
    cells: {
      instrument: label(`Zielgruppe „${name}“ gesamt (ohne nachrichtlich)`, 3),
      eintritte: fig(zg(zielgruppeId, 'eintritte'), 'count'),
      mittelEgt: fig(zg(zielgruppeId, 'mittelEgt'), 'eur'),
      drittmittel: fig(zg(zielgruppeId, 'mittelDrittmittel'), 'eur'),
      ...(kommunalTotals ? { kommunal: fig(zg(zielgruppeId, 'mittelKommunal'), 'eur') } : {}),
    },
  });
  if (kommunalTotals)
    rows.push({
      id: 'faelleKommunal',
      style: 'subtotal',
      cells: {
        instrument: label('Kommunale Leistungen (§ 16a SGB II): Fälle von–bis, nicht in den Eintritten', 3),
        eintritte: {
          ...fig(zg(zielgruppeId, 'faelleKommunalVon'), 'count'),
          bis: zg(zielgruppeId, 'faelleKommunalBis'),
        } as OutlineCell,
        faelleBis: fig(zg(zielgruppeId, 'faelleKommunalBis'), 'count'),
      },
    });
  rows.push(
    {
      id: 'anteilEgt',
      style: 'data',
      cells: {
        instrument: label(short(zg(zielgruppeId, 'anteilEgt')), 3),
        mittelEgt: fig(zg(zielgruppeId, 'anteilEgt'), 'ratio'),
      },
    },
    {
      id: 'kundenbestand',
      style: 'data',
      cells: {
        instrument: label(`${KUNDENBESTAND_LABEL} (eingeben)`, 3),
        mittelEgt: {
          kind: 'input',
          key: cellKey({ kind: 'kundenbestand', zielgruppeId }),
          label: `${KUNDENBESTAND_LABEL} „${name}“`,
          format: 'ratio',
        },
      },
    },
    {
      id: 'faktor',
      style: 'subtotal',
      cells: {
        instrument: label(short(zg(zielgruppeId, 'faktor')), 3),
        mittelEgt: fig(zg(zielgruppeId, 'faktor'), 'factor'),
      },
    },
  );
  return {
    id: `zielgruppe:${zielgruppeId}`,
    caption: `Zielgruppe „${name}“ ${plan.header.year}: Maßnahmen aller Handlungsschwerpunkte`,
    columns: columns(plan, withKommunal),
    rows,
    notes: [
      'Jede Maßnahme zählt einmal, in der Zeile, der sie gehört; Verweise zählen hier nicht. Die Mittel der Zielgruppe sind Teil der Summen des Maßnahmeportfolios und gehen in keine weitere EGT-Summe ein.',
      'Anteil: ganz, Prozent (von Eintritten und Mittelansatz) oder Teil; bei einem Teil folgt, was nicht eingegeben ist, aus den Kosten je Eintritt der Zeile.',
      `Anteil am verfügbaren EGT ${plan.header.year} = Mittel EGT der Zielgruppe ÷ verfügbares EGT ${plan.header.year}; Faktor = Anteil am verfügbaren EGT ÷ Anteil am Kundenbestand.`,
    ],
  };
}

/** One outline per evaluated group, in the plan's order. */
export function zielgruppenOutlines(plan: Plan, labels: Labels): OutlineTable[] {
  return plan.zielgruppen.map((s) => zielgruppeOutline(plan, labels, s.zielgruppeId));
}
