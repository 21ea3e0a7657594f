/**
 * Haushalt (EGT): the money chain of fachkonzept §2.1, for the plan year and the Vorjahr.
 */
import { cellKey } from '../model/cellKey';
import { HAUSHALT_FIELD_LABELS } from '../model/inputLabels';
import type { Plan, YearColumn } from '../model/plan';
import { YEAR_COLUMNS } from '../model/plan';
import { div, fig, input, mul, round2, sub, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';

export const hh = (col: YearColumn, name: string): string => `haushalt.${col}.${name}`;

export function egtChainFigures(plan: Plan): FigureDef[] {
  const h = plan.haushalt;
  return YEAR_COLUMNS.flatMap((col) => {
    const year = col === 'plan' ? plan.header.year : plan.header.vorjahr;
    // A year column's figures carry its year; the plan year's also have the Excel defined name.
    const named = (name: string) => (col === 'plan' ? { definedName: name, year } : { year });
    const inp = (
      field: 'mittelausstattung' | 'rueckeinnahmen' | 'vorbindungen' | 'umschichtung' | 'umschichtungsquote',
    ) => input(cellKey({ kind: 'haushalt', field, col }));
    const u = h.umschichtung[col];
    const defs: FigureDef[] = [
      // Summe Eingliederungsmittel = Mittelausstattung + Rückeinnahmen + Σ zusätzliche Zuweisungen
      figure(
        hh(col, 'summeEingliederungsmittel'),
        'Summe Eingliederungsmittel',
        'eur',
        'haushalt',
        sum([
          inp('mittelausstattung'),
          inp('rueckeinnahmen'),
          ...h.zuweisungen.map((z) => input(cellKey({ kind: 'zuweisung', id: z.id, col }))),
        ]),
        named('Summe_Eingliederungsmittel'),
      ),
      // The Umschichtung is typed as amount or as share; the other one follows.
      figure(
        hh(col, 'umschichtung'),
        HAUSHALT_FIELD_LABELS.umschichtung,
        'eur',
        'haushalt',
        u.mode === 'betrag'
          ? inp('umschichtung')
          : round2(mul(inp('umschichtungsquote'), fig(hh(col, 'summeEingliederungsmittel')))),
        named('Umschichtung'),
      ),
      // Umschichtungsquote = Umschichtung ÷ Summe Eingliederungsmittel
      figure(
        hh(col, 'umschichtungsquote'),
        HAUSHALT_FIELD_LABELS.umschichtungsquote,
        'ratio',
        'haushalt',
        u.mode === 'quote'
          ? inp('umschichtungsquote')
          : div(inp('umschichtung'), fig(hh(col, 'summeEingliederungsmittel'))),
        named('Umschichtungsquote'),
      ),
      // verfügbares EGT = Summe Eingliederungsmittel − Umschichtung
      figure(
        hh(col, 'verfuegbaresEgt'),
        'verfügbares EGT',
        'eur',
        'haushalt',
        sub(fig(hh(col, 'summeEingliederungsmittel')), fig(hh(col, 'umschichtung'))),
        named('EGT_verfuegbar'),
      ),
      // Mittel für Neufälle = verfügbares EGT − Vorbindungen
      figure(
        hh(col, 'mittelFuerNeufaelle'),
        'Mittel für Neufälle',
        'eur',
        'haushalt',
        sub(fig(hh(col, 'verfuegbaresEgt')), inp('vorbindungen')),
        named('Mittel_Neufaelle'),
      ),
      // geplanter Mitteleinsatz = Σ Mittelansatz of the EGT-financed rows (Vorjahr: Σ Vorjahr Mittel)
      figure(
        hh(col, 'geplanterMitteleinsatz'),
        'geplanter Mitteleinsatz',
        'eur',
        'haushalt',
        fig(col === 'plan' ? 'portfolio.mittelansatzEgt' : 'portfolio.vorjahrMittelEgt'),
        named('Mitteleinsatz_geplant'),
      ),
      // EGT-Auslastung = geplanter Mitteleinsatz ÷ Mittel für Neufälle
      figure(
        hh(col, 'egtAuslastung'),
        'EGT-Auslastung',
        'ratio',
        'haushalt',
        div(fig(hh(col, 'geplanterMitteleinsatz')), fig(hh(col, 'mittelFuerNeufaelle'))),
        named('EGT_Auslastung'),
      ),
      // Rest = Mittel für Neufälle − geplanter Mitteleinsatz (negative = Überplanung)
      figure(
        hh(col, 'restMittelFuerNeufaelle'),
        'verbleibende Mittel für Neufälle',
        'eur',
        'haushalt',
        sub(fig(hh(col, 'mittelFuerNeufaelle')), fig(hh(col, 'geplanterMitteleinsatz'))),
        named('Mittel_Neufaelle_Rest'),
      ),
    ];
    return defs;
  });
}

export function ausserhalbEgtFigures(plan: Plan): FigureDef[] {
  return [
    figure(
      'haushalt.ausserhalbEgt',
      'Mittel außerhalb des EGT',
      'eur',
      'haushalt',
      sum(plan.haushalt.ausserhalbEgt.map((a) => input(cellKey({ kind: 'ausserhalb', id: a.id })))),
      { definedName: 'Mittel_ausserhalb_EGT' },
    ),
  ];
}
