/**
 * Maßnahmeportfolio: per row, per Handlungsschwerpunkt and the grand total (fachkonzept §2.2).
 */
import { cellKey } from '../model/cellKey';
import type { RowField } from '../model/cellKey';
import type { InstrumentRow, Plan } from '../model/plan';
import type { Expr } from './expr';
import { change, div, empty, fig, input, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { hh } from './egtChain';
import { countsDrittmittel, countsEgt, countsEintritte, ownRows, shownRows } from './rowSelection';

const cell = (row: InstrumentRow, field: RowField): Expr =>
  input(cellKey({ kind: 'row', id: row.id, field }));
const sumOf = (rows: InstrumentRow[], keep: (r: InstrumentRow) => boolean, field: RowField): Expr =>
  sum(rows.filter(keep).map((r) => cell(r, field)));

export function rowFigures(row: InstrumentRow): FigureDef[] {
  const enthalten = row.finanzierung.art === 'enthalten';
  const at = { rowId: row.id };
  return [
    // Kosten je Eintritt = Mittelansatz ÷ Eintritte (empty when Eintritte = 0 or the money sits in another row)
    figure(
      `row.${row.id}.kostenJeEintritt`,
      `Kosten je Eintritt „${row.instrument}“`,
      'eur',
      'portfolio',
      enthalten ? empty() : div(cell(row, 'mittelansatz'), cell(row, 'eintritte')),
      at,
    ),
    figure(
      `row.${row.id}.vorjahrKostenJeEintritt`,
      `Kosten je Eintritt Vorjahr „${row.instrument}“`,
      'eur',
      'portfolio',
      enthalten ? empty() : div(cell(row, 'vorjahrMittel'), cell(row, 'vorjahrEintritte')),
      at,
    ),
    // change vs Vorjahr in %
    figure(
      `row.${row.id}.aenderungEintritte`,
      `Veränderung Eintritte ggü. Vorjahr „${row.instrument}“`,
      'ratio',
      'portfolio',
      change(cell(row, 'eintritte'), cell(row, 'vorjahrEintritte')),
      at,
    ),
    figure(
      `row.${row.id}.aenderungMittel`,
      `Veränderung Mittelansatz ggü. Vorjahr „${row.instrument}“`,
      'ratio',
      'portfolio',
      enthalten ? empty() : change(cell(row, 'mittelansatz'), cell(row, 'vorjahrMittel')),
      at,
    ),
  ];
}

export function portfolioFigures(plan: Plan): FigureDef[] {
  const defs: FigureDef[] = [];
  for (const area of plan.schwerpunkte) {
    const own = ownRows(area);
    const at = { areaId: area.id };
    const a = (name: string) => `area.${area.id}.${name}`;
    for (const row of own) defs.push(...rowFigures(row));
    defs.push(
      // Σ Eintritte of all rows that are not nachrichtlich
      figure(
        a('eintritte'),
        `Eintritte „${area.name}“`,
        'count',
        'portfolio',
        sumOf(own, countsEintritte, 'eintritte'),
        at,
      ),
      // Σ Mittelansatz of the EGT-financed rows
      figure(
        a('mittelansatzEgt'),
        `Mittelansatz EGT „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(own, countsEgt, 'mittelansatz'),
        at,
      ),
      // Drittmittel amounts are summed on their own line
      figure(
        a('mittelansatzDrittmittel'),
        `Mittelansatz Drittmittel „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(own, countsDrittmittel, 'mittelansatz'),
        at,
      ),
      figure(
        a('vorjahrEintritte'),
        `Eintritte Vorjahr „${area.name}“`,
        'count',
        'portfolio',
        sumOf(own, countsEintritte, 'vorjahrEintritte'),
        at,
      ),
      figure(
        a('vorjahrMittelEgt'),
        `Mittel Vorjahr EGT „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(own, countsEgt, 'vorjahrMittel'),
        at,
      ),
      // The area's share of the verfügbares EGT counts every row it shows, references included.
      figure(
        a('mittelansatzEgtInklVerweise'),
        `Mittelansatz EGT einschl. Verweise „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(shownRows(plan, area), countsEgt, 'mittelansatz'),
        at,
      ),
      figure(
        a('anteilEgt'),
        `Anteil am verfügbaren EGT „${area.name}“`,
        'ratio',
        'portfolio',
        div(fig(a('mittelansatzEgtInklVerweise')), fig(hh('plan', 'verfuegbaresEgt'))),
        at,
      ),
    );
  }
  // Grand total: over all areas, each instrument counted once (references never add).
  const total = (name: string, label: string, unit: 'eur' | 'count', definedName?: string): FigureDef =>
    figure(
      `portfolio.${name}`,
      label,
      unit,
      'portfolio',
      sum(plan.schwerpunkte.map((s) => fig(`area.${s.id}.${name}`))),
      definedName ? { definedName } : {},
    );
  const all = plan.schwerpunkte.flatMap(ownRows);
  const nachrichtlich = all.filter((r) => r.nachrichtlich);
  defs.push(
    total('eintritte', 'Eintritte gesamt', 'count', 'Eintritte_gesamt'),
    total('mittelansatzEgt', 'Mittelansatz EGT gesamt', 'eur', 'Mittelansatz_EGT_gesamt'),
    total('mittelansatzDrittmittel', 'Mittelansatz Drittmittel gesamt', 'eur'),
    total('vorjahrEintritte', 'Eintritte Vorjahr gesamt', 'count'),
    total('vorjahrMittelEgt', 'Mittel Vorjahr EGT gesamt', 'eur'),
    // Nachrichtlich rows are shown beside the sum ("Summe ohne VB"), never in it.
    figure(
      'portfolio.nachrichtlichEintritte',
      'nachrichtlich: Eintritte',
      'count',
      'portfolio',
      sum(nachrichtlich.map((r) => cell(r, 'eintritte'))),
    ),
    figure(
      'portfolio.nachrichtlichMittel',
      'nachrichtlich: Mittelansatz',
      'eur',
      'portfolio',
      sum(nachrichtlich.map((r) => cell(r, 'mittelansatz'))),
    ),
  );
  return defs;
}
