/** Legal caps by planning year (fachkonzept §2.5): the rule in force follows master data. */
import type { DeckelRule, Plan } from '../model/plan';
import { kategorieIndex } from '../model/stammdaten';
import { div, fig, rowCell, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { hh } from './egtChain';
import { allOwnRows, countsEgt } from './rowSelection';

/** Rules whose validity overlaps the plan year. */
export function deckelInForce(plan: Plan): DeckelRule[] {
  const start = `${plan.header.year}-01-01`;
  const end = `${plan.header.year}-12-31`;
  return plan.stammdaten.deckel.filter(
    (d) => (d.gueltigAb === null || d.gueltigAb <= end) && (d.gueltigBis === null || d.gueltigBis >= start),
  );
}

export function deckelFigures(plan: Plan): FigureDef[] {
  const index = kategorieIndex(plan.stammdaten);
  const rows = allOwnRows(plan).filter(countsEgt);
  return deckelInForce(plan).flatMap((rule) => {
    // A listed category covers its lines too.
    const covered = (key: string | null) =>
      key !== null &&
      (rule.kategorien.includes(key) || rule.kategorien.includes(index.get(key)?.categoryKey ?? ''));
    const betrag = `deckel.${rule.id}.betrag`;
    return [
      figure(
        betrag,
        `Mittelansatz unter dem Deckel: ${rule.label}`,
        'eur',
        'haushalt',
        sum(rows.filter((r) => covered(r.kategorie)).map((r) => rowCell(r, 'mittelansatz'))),
      ),
      figure(
        `deckel.${rule.id}.anteil`,
        `Anteil an den Eingliederungsmitteln: ${rule.label}`,
        'ratio',
        'haushalt',
        div(fig(betrag), fig(hh('plan', 'summeEingliederungsmittel'))),
      ),
    ];
  });
}
