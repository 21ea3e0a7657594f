/** Bildungszielplanung: training vouchers by Berufsbereich (fachkonzept §2.3). */
import { cellKey } from '../model/cellKey';
import type { Plan } from '../model/plan';
import { div, fig, input, rowCell, sub, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { kz } from './kennzahlen';
import { allOwnRows, countsEintritte } from './rowSelection';

/** The Kennzahl the Bildungsgutscheine are places of: II. Berufliche Weiterbildung (master data). */
export const KENNZAHL_FBW = 'II';

export function bildungszielFigures(plan: Plan): FigureDef[] {
  const bz = (bereich: number, field: 'foerderungBgs' | 'davonAbschluss') =>
    input(cellKey({ kind: 'bildung', bereich, field }));
  const fbwRows = allOwnRows(plan).filter((r) => r.fbw && countsEintritte(r));
  return [
    // abschlussorientiert share per row = davon abschlussorientiert ÷ Förderung BGS
    ...plan.bildungsziele.map((b) =>
      figure(
        `bildung.${b.bereich}.anteilAbschluss`,
        `Anteil abschlussorientiert, Berufsbereich ${b.bereich}`,
        'ratio',
        'bildung',
        div(bz(b.bereich, 'davonAbschluss'), bz(b.bereich, 'foerderungBgs')),
      ),
    ),
    figure(
      'bildung.foerderungBgs',
      'Förderung BGS gesamt',
      'count',
      'bildung',
      sum(plan.bildungsziele.map((b) => bz(b.bereich, 'foerderungBgs'))),
      { definedName: 'BGS_gesamt' },
    ),
    figure(
      'bildung.davonAbschluss',
      'davon abschlussorientiert gesamt',
      'count',
      'bildung',
      sum(plan.bildungsziele.map((b) => bz(b.bereich, 'davonAbschluss'))),
      { definedName: 'BGS_abschlussorientiert' },
    ),
    figure(
      'bildung.anteilAbschluss',
      'Anteil abschlussorientiert gesamt',
      'ratio',
      'bildung',
      div(fig('bildung.davonAbschluss'), fig('bildung.foerderungBgs')),
    ),
    // Σ Förderung BGS must equal the Eintritte of the portfolio's FbW row
    figure(
      'bildung.fbwEintritte',
      'Eintritte FbW laut Maßnahmeportfolio',
      'count',
      'bildung',
      sum(fbwRows.map((r) => rowCell(r, 'eintritte'))),
    ),
    figure(
      'bildung.differenzFbw',
      'Differenz Förderung BGS − Eintritte FbW',
      'count',
      'bildung',
      sub(fig('bildung.foerderungBgs'), fig('bildung.fbwEintritte')),
    ),
    // Σ Förderung BGS against the places of Kennzahl II (every row of the category, not only FbW)
    ...(plan.stammdaten.foerderkategorien.some((c) => c.key === KENNZAHL_FBW)
      ? [
          figure(
            'bildung.differenzKennzahlII',
            `Differenz Förderung BGS − Plätze Kennzahl ${KENNZAHL_FBW}`,
            'count',
            'bildung',
            sub(fig('bildung.foerderungBgs'), fig(kz(KENNZAHL_FBW, 'plaetze'))),
          ),
        ]
      : []),
  ];
}
