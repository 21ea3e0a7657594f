/**
 * Target groups across all Handlungsschwerpunkte (issue 15 A): per evaluated group, each row
 * that carries a share for it contributes its part, counted once at the row that owns the
 * instrument (references never add). Nothing here feeds an EGT total of the plan: the group's
 * figures are views of money the portfolio already counts.
 *
 * A row's part for a group:
 * - `ganz`: its Eintritte and Mittelansatz;
 * - `prozent` p: p × Eintritte (whole places, half away from zero) and p × Mittelansatz (cents);
 * - `teil`: the typed Eintritte and/or amount; the part left empty follows at the row's
 *   Kosten je Eintritt (amount = n × Mittelansatz ÷ Eintritte, places = amount × Eintritte ÷
 *   Mittelansatz, rounded like `prozent`).
 * An "enthalten in" row has no money of its own (its group's money is part of the row holding
 * it); a kommunal row's cases are a range von/bis, its money is kommunal.
 *
 * Anteil am verfügbaren EGT = Mittel EGT of the group ÷ verfügbares EGT of the plan year (the
 * figure carries that year, so no one mistakes it for a share of the Vorjahr's EGT);
 * Faktor = Anteil EGT ÷ Anteil am Kundenbestand (zielplanung.md F14), empty until the
 * client share is typed.
 */
import { cellKey } from '../model/cellKey';
import type { AnteilField } from '../model/cellKey';
import type { Id, InstrumentRow, Plan, ZielgruppenAnteil } from '../model/plan';
import { anteilOf, zielgruppeName } from '../model/zielgruppen';
import type { Expr, FigureId } from './expr';
import { coalesce, div, empty, fig, input, mul, round0, round2, rowCell, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { hh } from './egtChain';
import { faelleBis } from './portfolioTotals';
import {
  allOwnRows,
  countsDrittmittel,
  countsEgt,
  countsEintritte,
  countsKommunal,
  isKommunal,
} from './rowSelection';

/** Id of a group total: `zielgruppe.<group>.<name>`. */
export const zg = (zielgruppeId: Id, name: string): FigureId => `zielgruppe.${zielgruppeId}.${name}`;

/** Id of a row's part for a group: `zg.<group>.<row>.<name>` (eintritte, mittel, faelleBis). */
export const zgRow = (zielgruppeId: Id, rowId: Id, name: 'eintritte' | 'mittel' | 'faelleBis'): FigureId =>
  `zg.${zielgruppeId}.${rowId}.${name}`;

/** The rows that carry a share for the group, in plan order (own rows only: each once). */
export function rowsOf(plan: Plan, zielgruppeId: Id): { row: InstrumentRow; anteil: ZielgruppenAnteil }[] {
  const out: { row: InstrumentRow; anteil: ZielgruppenAnteil }[] = [];
  for (const row of allOwnRows(plan)) {
    const anteil = anteilOf(row, zielgruppeId);
    if (anteil) out.push({ row, anteil });
  }
  return out;
}

/** The expressions of one row's part: Eintritte (a kommunal range's lower end), money, upper end. */
function partOf(row: InstrumentRow, a: ZielgruppenAnteil): { eintritte: Expr; mittel: Expr; bis: Expr } {
  const typed = (field: AnteilField) =>
    input(cellKey({ kind: 'zgAnteil', zielgruppeId: a.zielgruppeId, rowId: row.id, field }));
  const e = rowCell(row, 'eintritte');
  const m = rowCell(row, 'mittelansatz');
  const bisRow = faelleBis(row);
  const noMoney = row.finanzierung.art === 'enthalten';
  switch (a.art) {
    case 'ganz':
      // A sum, not the bare cell: a figure that is only an input would share the input's cell.
      return { eintritte: sum([e]), mittel: noMoney ? empty() : sum([m]), bis: sum([bisRow]) };
    case 'prozent': {
      const p = typed('anteil');
      return {
        eintritte: round0(mul(p, e)),
        mittel: noMoney ? empty() : round2(mul(p, m)),
        bis: round0(mul(p, bisRow)),
      };
    }
    case 'teil': {
      const n = typed('eintritte');
      const b = typed('betrag');
      return {
        eintritte: coalesce(n, round0(div(mul(b, e), m))),
        mittel: noMoney ? empty() : coalesce(b, round2(div(mul(n, m), e))),
        bis: coalesce(n, round0(div(mul(b, bisRow), m))),
      };
    }
  }
}

export function zielgruppenFigures(plan: Plan): FigureDef[] {
  const defs: FigureDef[] = [];
  const year = plan.header.year;
  for (const sicht of plan.zielgruppen) {
    const g = sicht.zielgruppeId;
    const name = `Zielgruppe „${zielgruppeName(plan, g)}“`;
    const rows = rowsOf(plan, g);
    for (const { row, anteil } of rows) {
      const part = partOf(row, anteil);
      const at = { rowId: row.id };
      defs.push(
        figure(
          zgRow(g, row.id, 'eintritte'),
          `${name}: Eintritte „${row.instrument}“`,
          'count',
          'zielgruppen',
          part.eintritte,
          at,
        ),
        figure(
          zgRow(g, row.id, 'mittel'),
          `${name}: Mittel „${row.instrument}“`,
          'eur',
          'zielgruppen',
          part.mittel,
          at,
        ),
      );
      if (isKommunal(row))
        defs.push(
          figure(
            zgRow(g, row.id, 'faelleBis'),
            `${name}: Fälle bis „${row.instrument}“`,
            'count',
            'zielgruppen',
            part.bis,
            at,
          ),
        );
    }
    const over = (keep: (r: InstrumentRow) => boolean, what: 'eintritte' | 'mittel' | 'faelleBis'): Expr =>
      sum(rows.filter((x) => keep(x.row)).map((x) => fig(zgRow(g, x.row.id, what))));
    defs.push(
      figure(
        zg(g, 'eintritte'),
        `${name}: Eintritte`,
        'count',
        'zielgruppen',
        over(countsEintritte, 'eintritte'),
      ),
      figure(zg(g, 'mittelEgt'), `${name}: Mittel EGT`, 'eur', 'zielgruppen', over(countsEgt, 'mittel')),
      figure(
        zg(g, 'mittelDrittmittel'),
        `${name}: Drittmittel`,
        'eur',
        'zielgruppen',
        over(countsDrittmittel, 'mittel'),
      ),
    );
    if (rows.some((x) => countsKommunal(x.row)))
      defs.push(
        figure(
          zg(g, 'mittelKommunal'),
          `${name}: Mittel kommunal`,
          'eur',
          'zielgruppen',
          over(countsKommunal, 'mittel'),
        ),
        figure(
          zg(g, 'faelleKommunalVon'),
          `${name}: Fälle kommunal von`,
          'count',
          'zielgruppen',
          over(countsKommunal, 'eintritte'),
        ),
        figure(
          zg(g, 'faelleKommunalBis'),
          `${name}: Fälle kommunal bis`,
          'count',
          'zielgruppen',
          over(countsKommunal, 'faelleBis'),
        ),
      );
    defs.push(
      // Anteil am verfügbaren EGT of the plan year (the year is part of its title)
      figure(
        zg(g, 'anteilEgt'),
        `${name}: Anteil am verfügbaren EGT`,
        'ratio',
        'zielgruppen',
        div(fig(zg(g, 'mittelEgt')), fig(hh('plan', 'verfuegbaresEgt'))),
        { year },
      ),
      // Faktor = Anteil EGT ÷ Anteil am Kundenbestand (F14); empty until the client share is typed
      figure(
        zg(g, 'faktor'),
        `${name}: Faktor Anteil EGT ÷ Anteil am Kundenbestand`,
        'factor',
        'zielgruppen',
        div(fig(zg(g, 'anteilEgt')), input(cellKey({ kind: 'kundenbestand', zielgruppeId: g }))),
      ),
    );
  }
  return defs;
}
