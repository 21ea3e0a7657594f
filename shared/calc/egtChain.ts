/**
 * Haushalt (EGT): the money chain of fachkonzept §2.1, for the plan year and the Vorjahr.
 */
import { cellKey } from '../model/cellKey';
import { HAUSHALT_FIELD_LABELS } from '../model/inputLabels';
import type { Plan, YearColumn } from '../model/plan';
import { YEAR_COLUMNS } from '../model/plan';
import { div, fig, input, mul, round2, sub, sum } from './expr';
import { umschichtungsbasisExpr, umschichtungsbasisLabel, umschichtungsbasisOf } from './globalbudget';
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
    const basis = umschichtungsbasisExpr(umschichtungsbasisOf(plan, col), col);
    // The plan year's Mittelausstattung may follow the Globalbudget's Grundlage, its
    // Vorbindungen the register of commitments (per-plan options); otherwise the typed figure.
    const ausGrundlage = col === 'plan' && plan.globalbudget.mittelausstattungAusGrundlage;
    const ausRegister = col === 'plan' && plan.verpflichtungen.vorbindungenAusRegister;
    const defs: FigureDef[] = [
      figure(
        hh(col, 'mittelausstattung'),
        HAUSHALT_FIELD_LABELS.mittelausstattung,
        'eur',
        'haushalt',
        ausGrundlage ? fig('gb.grundlage.egm') : inp('mittelausstattung'),
        { year },
      ),
      // Summe Eingliederungsmittel = Mittelausstattung + Rückeinnahmen + Σ zusätzliche Zuweisungen
      figure(
        hh(col, 'summeEingliederungsmittel'),
        'Summe Eingliederungsmittel',
        'eur',
        'haushalt',
        sum([
          fig(hh(col, 'mittelausstattung')),
          inp('rueckeinnahmen'),
          ...h.zuweisungen.map((z) => input(cellKey({ kind: 'zuweisung', id: z.id, col }))),
        ]),
        named('Summe_Eingliederungsmittel'),
      ),
      // The base the Umschichtungsquote is a share of (a labelled choice, zielplanung.md B.2)
      figure(
        hh(col, 'umschichtungsbasis'),
        umschichtungsbasisLabel(plan, umschichtungsbasisOf(plan, col)),
        'eur',
        'haushalt',
        basis,
        { year },
      ),
      // The Umschichtung is typed as amount or as share; the other one follows.
      figure(
        hh(col, 'umschichtung'),
        HAUSHALT_FIELD_LABELS.umschichtung,
        'eur',
        'haushalt',
        u.mode === 'betrag' ? inp('umschichtung') : round2(mul(inp('umschichtungsquote'), basis)),
        named('Umschichtung'),
      ),
      // Umschichtungsquote = Umschichtung ÷ its base
      figure(
        hh(col, 'umschichtungsquote'),
        HAUSHALT_FIELD_LABELS.umschichtungsquote,
        'ratio',
        'haushalt',
        u.mode === 'quote' ? inp('umschichtungsquote') : div(inp('umschichtung'), basis),
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
      figure(
        hh(col, 'vorbindungen'),
        HAUSHALT_FIELD_LABELS.vorbindungen,
        'eur',
        'haushalt',
        ausRegister ? fig('vp.vorbindungen') : inp('vorbindungen'),
        { year },
      ),
      // Vorbindungsquote = Vorbindungen ÷ verfügbares EGT (zielplanung.md C.1)
      figure(
        hh(col, 'vorbindungsquote'),
        'Vorbindungsquote',
        'ratio',
        'haushalt',
        div(fig(hh(col, 'vorbindungen')), fig(hh(col, 'verfuegbaresEgt'))),
        named('Vorbindungsquote'),
      ),
      // Mittel für Neufälle = verfügbares EGT − Vorbindungen
      figure(
        hh(col, 'mittelFuerNeufaelle'),
        'Mittel für Neufälle',
        'eur',
        'haushalt',
        sub(fig(hh(col, 'verfuegbaresEgt')), fig(hh(col, 'vorbindungen'))),
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
