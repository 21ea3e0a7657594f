/**
 * Multi-year money (zielplanung.md C.1-C.3): the cash of each commitment per year, the plan
 * year's Vorbindungen from the register, the cash this year's multi-year portfolio rows tie up
 * later, and the load on the next four years (Folgejahresbelastung).
 *
 * A straight monthly run pays total × months ÷ months of the run; each year's cash is the
 * difference of the rounded running totals, so the years add up to the total to the cent.
 */
import { cellKey } from '../model/cellKey';
import type { Verpflichtung } from '../model/budget';
import { registerJahre } from '../model/budgetInputs';
import type { InstrumentRow, Plan } from '../model/plan';
import type { Expr } from './expr';
import { constant, div, empty, fig, ifFilled, input, mul, round2, rowCell, sub, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import type { Lauf } from './zahlungsplan';
import {
  eingegangenIn,
  laufMonate,
  mehrjaehrigeRows,
  monateBis,
  monateIn,
  verpflichtungLauf,
} from './zahlungsplan';

export const vp = (name: string): string => `vp.${name}`;
/** Cash of one commitment in `jahr`. */
export const vpKasse = (id: string, jahr: number): string => `vp.${id}.kasse.${jahr}`;
/** Cash of a multi-year portfolio row in a later year. */
export const mjKasse = (rowId: string, jahr: number): string => `mj.${rowId}.kasse.${jahr}`;

/** round2(total × months ÷ run) as the expression language writes it (integer factors stay exact). */
const anteil = (total: Expr, months: number, of: number): Expr =>
  round2(div(mul(total, constant(months)), constant(of)));

/** Cash of a straight monthly run in `jahr`: the rounded running total minus the one before. */
function monatlich(gesamtKey: string, lauf: Lauf, jahr: number): Expr {
  const n = laufMonate(lauf);
  const bis = monateBis(lauf, jahr);
  const vorher = monateBis(lauf, jahr - 1);
  if (bis === vorher) return empty();
  const total = input(gesamtKey);
  const running = anteil(total, bis, n);
  return ifFilled(gesamtKey, vorher === 0 ? running : sub(running, anteil(total, vorher, n)));
}

/** The cash expression of a commitment in a year of the register. */
function kasseExpr(v: Verpflichtung, jahr: number): Expr {
  if (v.profil === 'jahresbetraege') return input(cellKey({ kind: 'vpJahr', id: v.id, jahr }));
  const lauf = verpflichtungLauf(v);
  return lauf ? monatlich(cellKey({ kind: 'verpflichtung', id: v.id }), lauf, jahr) : empty();
}

function verpflichtungFigures(plan: Plan): FigureDef[] {
  const jahre = registerJahre(plan);
  return plan.verpflichtungen.eintraege.flatMap((v): FigureDef[] => {
    const name = v.bezeichnung.trim() || 'Verpflichtung';
    const at = { rowId: v.id };
    return [
      ...jahre.map((jahr) =>
        figure(vpKasse(v.id, jahr), `Kasse „${name}“`, 'eur', 'verpflichtungen', kasseExpr(v, jahr), {
          ...at,
          year: jahr,
        }),
      ),
      // What the total leaves for years outside the register's columns (before, or after the last)
      figure(
        vp(`${v.id}.uebrige`),
        `Kasse „${name}“ in den übrigen Jahren`,
        'eur',
        'verpflichtungen',
        ifFilled(
          cellKey({ kind: 'verpflichtung', id: v.id }),
          sub(
            input(cellKey({ kind: 'verpflichtung', id: v.id })),
            sum(jahre.map((j) => fig(vpKasse(v.id, j)))),
          ),
        ),
        at,
      ),
    ];
  });
}

/**
 * Cash of a portfolio row's new entries in a later year: the plan year's Mittelansatz spread
 * over its months in the plan year, times the months in the later year.
 */
function mehrjaehrigExpr(row: InstrumentRow, lauf: Lauf, jahr: number, planJahr: number): Expr {
  const m0 = monateIn(lauf, planJahr);
  const m = monateIn(lauf, jahr);
  if (m === 0 || m0 === 0) return empty();
  return ifFilled(
    cellKey({ kind: 'row', id: row.id, field: 'mittelansatz' }),
    anteil(rowCell(row, 'mittelansatz'), m, m0),
  );
}

function mehrjaehrigFigures(plan: Plan): FigureDef[] {
  const later = registerJahre(plan).slice(1);
  return mehrjaehrigeRows(plan).flatMap(({ row, lauf }) =>
    later.map((jahr) =>
      figure(
        mjKasse(row.id, jahr),
        `Kasse „${row.instrument}“`,
        'eur',
        'verpflichtungen',
        mehrjaehrigExpr(row, lauf, jahr, plan.header.year),
        { rowId: row.id, year: jahr },
      ),
    ),
  );
}

function summenFigures(plan: Plan): FigureDef[] {
  const t = plan.header.year;
  const jahre = registerJahre(plan);
  const list = plan.verpflichtungen.eintraege;
  const kasse = (jahr: number, keep: (v: Verpflichtung) => boolean): Expr =>
    sum(list.filter(keep).map((v) => fig(vpKasse(v.id, jahr))));
  const rows = mehrjaehrigeRows(plan);
  const defs: FigureDef[] = jahre.map((jahr) =>
    figure(
      vp(`kasse.${jahr}`),
      'Kasse aller Verpflichtungen',
      'eur',
      'verpflichtungen',
      kasse(jahr, () => true),
      {
        year: jahr,
      },
    ),
  );
  // Vorbindungen(t) = Σ cash in t of the commitments entered into before t
  defs.push(
    figure(
      vp('vorbindungen'),
      'Vorbindungen aus dem Verpflichtungsregister',
      'eur',
      'verpflichtungen',
      kasse(t, (v) => (eingegangenIn(v) ?? t) < t),
      { year: t, definedName: 'Vorbindungen_Register' },
    ),
  );
  for (const jahr of jahre.slice(1)) {
    defs.push(
      figure(
        vp(`mehrjaehrig.${jahr}`),
        `Kasse der mehrjährigen Maßnahmen ${t}`,
        'eur',
        'verpflichtungen',
        sum(rows.map(({ row }) => fig(mjKasse(row.id, jahr)))),
        { year: jahr },
      ),
      // Folgejahresbelastung = what this year's new commitments and entries tie up in that year
      figure(
        vp(`folgejahr.${jahr}`),
        'Folgejahresbelastung',
        'eur',
        'verpflichtungen',
        sum([kasse(jahr, (v) => eingegangenIn(v) === t), fig(vp(`mehrjaehrig.${jahr}`))]),
        { year: jahr },
      ),
      // … and with the older commitments still running: that year's Vorbindungen as known today
      figure(
        vp(`gebunden.${jahr}`),
        'Vorbindungen nach heutigem Stand',
        'eur',
        'verpflichtungen',
        sum([kasse(jahr, (v) => (eingegangenIn(v) ?? t) <= t), fig(vp(`mehrjaehrig.${jahr}`))]),
        { year: jahr },
      ),
    );
  }
  return defs;
}

/** Drittmittel: the rest of each grant after the plan year (zielplanung.md C.3). */
export function drittmittelRestFigures(plan: Plan): FigureDef[] {
  const dm = (id: string, field: 'bewilligungGesamt' | 'betragJahr' | 'verwendetVorjahre') =>
    input(cellKey({ kind: 'drittmittel', id, field }));
  return [
    ...plan.drittmittel.map((d) =>
      figure(
        `drittmittel.${d.id}.rest`,
        `${d.programm}: Rest der Bewilligung nach dem Planjahr`,
        'eur',
        'drittmittel',
        // Rest = Gesamtbewilligung − Vorjahre − Planjahr; empty while the grant or the use of
        // the years before is not typed (documents print only the plan year's slice)
        ifFilled(
          cellKey({ kind: 'drittmittel', id: d.id, field: 'bewilligungGesamt' }),
          ifFilled(
            cellKey({ kind: 'drittmittel', id: d.id, field: 'verwendetVorjahre' }),
            sub(dm(d.id, 'bewilligungGesamt'), sum([dm(d.id, 'verwendetVorjahre'), dm(d.id, 'betragJahr')])),
          ),
        ),
        { rowId: d.id },
      ),
    ),
    figure(
      'drittmittel.rest',
      'Rest der Bewilligungen nach dem Planjahr',
      'eur',
      'drittmittel',
      sum(plan.drittmittel.map((d) => fig(`drittmittel.${d.id}.rest`))),
    ),
  ];
}

export function verpflichtungenFigures(plan: Plan): FigureDef[] {
  return [...verpflichtungFigures(plan), ...mehrjaehrigFigures(plan), ...summenFigures(plan)];
}
