/** Kennzahlen: places by Förderkategorie against last year's result (fachkonzept §2.4). */
import { cellKey } from '../model/cellKey';
import type { InstrumentRow, Plan } from '../model/plan';
import { change, emptyIf, fig, input, missing, rowCell, sum } from './expr';
import type { Expr } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { allOwnRows, countsEintritte } from './rowSelection';

export const kz = (key: string, name: string): string => `kennzahl.${key}.${name}`;

export function kennzahlFigures(plan: Plan): FigureDef[] {
  // The counted rows by Förderkategorie, in plan order: one pass, not one per line (a Land
  // plan has 60.000 rows and the Stammdaten some 20 lines).
  const byKategorie = new Map<string, InstrumentRow[]>();
  for (const r of allOwnRows(plan)) {
    if (!countsEintritte(r) || r.kategorie === null) continue;
    const list = byKategorie.get(r.kategorie);
    if (list) list.push(r);
    else byKategorie.set(r.kategorie, [r]);
  }
  const eintritteOf = (key: string): Expr[] =>
    (byKategorie.get(key) ?? []).map((r) => rowCell(r, 'eintritte'));
  const ergebnis = (key: string) => input(cellKey({ kind: 'kennzahl', key, field: 'ergebnisVorjahr' }));
  // Vergleich = Plätze ÷ Ergebnis Vorjahr − 1 (empty when the Vorjahr is 0 or missing)
  const vergleich = (key: string, label: string, erg: Expr) =>
    figure(
      kz(key, 'vergleich'),
      `Vergleich ${label}`,
      'ratio',
      'kennzahlen',
      change(fig(kz(key, 'plaetze')), erg),
    );
  const defs: FigureDef[] = [];
  for (const c of plan.stammdaten.foerderkategorien) {
    for (const l of c.lines) {
      const plaetze =
        l.kind === 'darunter'
          ? input(cellKey({ kind: 'kennzahl', key: l.key, field: 'plaetzePlan' }))
          : sum(eintritteOf(l.key));
      defs.push(
        figure(kz(l.key, 'plaetze'), `Plätze Plan ${c.key} ${l.name}`, 'count', 'kennzahlen', plaetze),
      );
      defs.push(vergleich(l.key, `${c.key} ${l.name}`, ergebnis(l.key)));
    }
    // A category holds the rows assigned to it directly plus its lines ("darunter" is a subset, not added).
    defs.push(
      figure(
        kz(c.key, 'plaetze'),
        `Plätze Plan ${c.key}. ${c.name}`,
        'count',
        'kennzahlen',
        sum([
          ...eintritteOf(c.key),
          ...c.lines.filter((l) => l.kind === 'line').map((l) => fig(kz(l.key, 'plaetze'))),
        ]),
      ),
      vergleich(c.key, `${c.key}. ${c.name}`, ergebnis(c.key)),
    );
  }
  const cats = plan.stammdaten.foerderkategorien;
  defs.push(
    figure(
      'kennzahlen.gesamt.plaetze',
      'Plätze Plan gesamt',
      'count',
      'kennzahlen',
      sum(cats.map((c) => fig(kz(c.key, 'plaetze')))),
      { definedName: 'Plaetze_gesamt' },
    ),
    figure(
      'kennzahlen.gesamt.ergebnisVorjahr',
      'Ergebnis Vorjahr gesamt',
      'count',
      'kennzahlen',
      sum(cats.map((c) => ergebnis(c.key))),
    ),
    // A category with places but no result would make the total's comparison meaningless.
    figure(
      'kennzahlen.gesamt.ohneErgebnis',
      'Förderkategorien mit Plätzen ohne Ergebnis Vorjahr',
      'count',
      'kennzahlen',
      sum(cats.map((c) => missing(fig(kz(c.key, 'plaetze')), ergebnis(c.key)))),
    ),
    figure(
      'kennzahlen.gesamt.vergleich',
      'Vergleich gesamt',
      'ratio',
      'kennzahlen',
      emptyIf(
        fig('kennzahlen.gesamt.ohneErgebnis'),
        change(fig('kennzahlen.gesamt.plaetze'), fig('kennzahlen.gesamt.ergebnisVorjahr')),
      ),
    ),
  );
  return defs;
}
