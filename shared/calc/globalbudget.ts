/**
 * Globalbudget (zielplanung.md B.1), the Umschichtung it needs (B.2) and the staff figures
 * (B.3): the estimates side by side with their Differenz, the Grundlage, the needed amount from
 * the planned administrative spending, and caseloads.
 */
import { cellKey } from '../model/cellKey';
import type { GlobalbudgetField, PersonalField } from '../model/cellKey';
import type { UmschichtungsBasis } from '../model/budget';
import { grundlageSchaetzung, schaetzungLabel } from '../model/grundlage';
import type { Plan, YearColumn } from '../model/plan';
import { add, div, empty, fig, ifFilled, input, mul, round2, sub, sum } from './expr';
import type { Expr } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { hh } from './egtChain';

export const gb = (name: string): string => `gb.${name}`;
/** A figure of one estimate. */
export const gs = (id: string, name: string): string => `gb.${id}.${name}`;
export const ps = (name: string): string => `personal.${name}`;

const gbInput = (field: GlobalbudgetField): Expr => input(cellKey({ kind: 'globalbudget', field }));
const psInput = (field: PersonalField): Expr => input(cellKey({ kind: 'personal', field }));
const estimate = (id: string, field: 'vwb' | 'egm'): Expr =>
  input(cellKey({ kind: 'schaetzung', id, field }));

/** The name of the quota's base, as every output that shows the quota says it. */
export function umschichtungsbasisLabel(plan: Plan, basis: UmschichtungsBasis): string {
  switch (basis) {
    case 'summeEGM':
      return 'Summe Eingliederungsmittel';
    case 'egmSchaetzung': {
      const g = grundlageSchaetzung(plan);
      return `Eingliederungsmittel laut ${g ? schaetzungLabel(g) : 'Grundlage (keine gewählt)'}`;
    }
    case 'egmZuweisung':
      return 'Zuweisung (Mittelausstattung)';
  }
}

/** The base of the plan year's or the Vorjahr's quota. */
export function umschichtungsbasisOf(plan: Plan, col: YearColumn): UmschichtungsBasis {
  return col === 'plan' ? plan.globalbudget.umschichtungsbasis : plan.globalbudget.umschichtungsbasisVorjahr;
}

/** The base's figure: one line of the EGT chain or the Grundlage's Eingliederungsmittel. */
export function umschichtungsbasisExpr(basis: UmschichtungsBasis, col: YearColumn): Expr {
  switch (basis) {
    case 'summeEGM':
      return fig(hh(col, 'summeEingliederungsmittel'));
    case 'egmSchaetzung':
      return fig(gb('grundlage.egm'));
    case 'egmZuweisung':
      return fig(hh(col, 'mittelausstattung'));
  }
}

/** The Differenz per line: its input, its figure name and the line's name in the label. */
const DIFF_LINES = [
  ['vwb', 'diffVwb', 'Verwaltungsbudget'],
  ['egm', 'diffEgm', 'Eingliederungsmittel'],
] as const;

function schaetzungFigures(plan: Plan): FigureDef[] {
  const list = plan.globalbudget.schaetzungen;
  const key = (id: string, field: 'vwb' | 'egm') => cellKey({ kind: 'schaetzung', id, field });
  // Empty while an estimate (or the one before) has no amount typed, not a Differenz to 0 €.
  const both = (id: string, field: 'vwb' | 'egm', prev: string, e: Expr): Expr =>
    ifFilled(key(id, field), ifFilled(key(prev, field), e));
  return list.flatMap((s, i): FigureDef[] => {
    const label = schaetzungLabel(s);
    const at = { rowId: s.id };
    const defs: FigureDef[] = [
      // Gesamt = Verwaltungsbudget + Eingliederungsmittel
      figure(
        gs(s.id, 'gesamt'),
        `${label}: Gesamt`,
        'eur',
        'globalbudget',
        ifFilled(key(s.id, 'egm'), add(estimate(s.id, 'vwb'), estimate(s.id, 'egm'))),
        at,
      ),
      figure(
        gs(s.id, 'vwbAnteil'),
        `${label}: Anteil des Verwaltungsbudgets`,
        'ratio',
        'globalbudget',
        div(estimate(s.id, 'vwb'), fig(gs(s.id, 'gesamt'))),
        at,
      ),
    ];
    const prev = list[i - 1];
    if (!prev) return defs;
    // Differenz against the estimate before: negative means the later figure is lower.
    defs.push(
      ...DIFF_LINES.map(([field, name, lineLabel]) =>
        figure(
          gs(s.id, name),
          `${label}: Differenz ${lineLabel}`,
          'eur',
          'globalbudget',
          both(s.id, field, prev.id, sub(estimate(s.id, field), estimate(prev.id, field))),
          at,
        ),
      ),
      figure(
        gs(s.id, 'diffGesamt'),
        `${label}: Differenz Gesamt`,
        'eur',
        'globalbudget',
        both(s.id, 'egm', prev.id, sub(fig(gs(s.id, 'gesamt')), fig(gs(prev.id, 'gesamt')))),
        at,
      ),
      // The other way round, as a check of the one above: Σ of the lines' Differenz.
      figure(
        gs(s.id, 'diffProbe'),
        `${label}: Differenz Gesamt aus den Zeilen`,
        'eur',
        'globalbudget',
        both(s.id, 'egm', prev.id, add(fig(gs(s.id, 'diffVwb')), fig(gs(s.id, 'diffEgm')))),
        at,
      ),
    );
    return defs;
  });
}

function grundlageFigures(plan: Plan): FigureDef[] {
  const g = grundlageSchaetzung(plan);
  // Each reads its estimate's cell (empty stays empty); without a Grundlage they are empty.
  const of = (field: 'vwb' | 'egm'): Expr =>
    g ? ifFilled(cellKey({ kind: 'schaetzung', id: g.id, field }), estimate(g.id, field)) : empty();
  return [
    figure(gb('grundlage.vwb'), 'Verwaltungsbudget laut Grundlage', 'eur', 'globalbudget', of('vwb'), {
      definedName: 'VWB_Grundlage',
    }),
    figure(gb('grundlage.egm'), 'Eingliederungsmittel laut Grundlage', 'eur', 'globalbudget', of('egm'), {
      definedName: 'EGM_Grundlage',
    }),
    figure(
      gb('grundlage.gesamt'),
      'Globalbudget laut Grundlage',
      'eur',
      'globalbudget',
      add(fig(gb('grundlage.vwb')), fig(gb('grundlage.egm'))),
      { definedName: 'Globalbudget_Grundlage' },
    ),
    figure(
      gb('grundlage.vwbAnteil'),
      'Anteil des Verwaltungsbudgets am Globalbudget',
      'ratio',
      'globalbudget',
      div(fig(gb('grundlage.vwb')), fig(gb('grundlage.gesamt'))),
    ),
  ];
}

function personalFigures(plan: Plan): FigureDef[] {
  const p = plan.personal;
  const projekt = (id: string): Expr => input(cellKey({ kind: 'projekt', id }));
  const gruppe = (id: string, field: 'kunden' | 'vzae'): Expr =>
    input(cellKey({ kind: 'gruppe', id, field }));
  const vwbProjekte = p.projekte.filter((x) => x.finanzierung.art === 'VWB');
  const defs: FigureDef[] = [
    figure(
      ps('projektVzae'),
      'Projekt-VZÄ',
      'decimal',
      'globalbudget',
      sum(p.projekte.map((x) => projekt(x.id))),
    ),
    // VZÄ gesamt = Soll-VZÄ + Σ Projekt-VZÄ
    figure(
      ps('vzaeGesamt'),
      'VZÄ gesamt',
      'decimal',
      'globalbudget',
      add(psInput('sollVzae'), fig(ps('projektVzae'))),
    ),
    // Paid from the Verwaltungsbudget: the Soll and the projects it funds
    figure(
      ps('vzaeVwb'),
      'VZÄ aus dem Verwaltungsbudget',
      'decimal',
      'globalbudget',
      add(psInput('sollVzae'), sum(vwbProjekte.map((x) => projekt(x.id)))),
    ),
    // Personalkosten = VZÄ aus dem Verwaltungsbudget × Kosten je VZÄ (empty without a cost)
    figure(
      ps('personalkosten'),
      'Personalkosten',
      'eur',
      'globalbudget',
      ifFilled(
        cellKey({ kind: 'personal', field: 'kostenJeVzae' }),
        round2(mul(fig(ps('vzaeVwb')), psInput('kostenJeVzae'))),
      ),
      { definedName: 'Personalkosten' },
    ),
    // Gespräche je Integrationsfachkraft und Jahr = Gespräche je Woche × Arbeitswochen
    figure(
      ps('gespraecheJeIfk'),
      'Gespräche je Integrationsfachkraft und Jahr',
      'decimal',
      'globalbudget',
      mul(psInput('gespraecheProWoche'), psInput('arbeitswochen')),
    ),
  ];
  for (const g of p.gruppen) {
    const at = { rowId: g.id };
    defs.push(
      // Betreuungsschlüssel = Kunden ÷ VZÄ, shown as 1:n
      figure(
        ps(`${g.id}.schluessel`),
        `Betreuungsschlüssel ${g.name}`,
        'decimal',
        'globalbudget',
        div(gruppe(g.id, 'kunden'), gruppe(g.id, 'vzae')),
        at,
      ),
      figure(
        ps(`${g.id}.gespraeche`),
        `Gespräche je Jahr ${g.name}`,
        'decimal',
        'globalbudget',
        mul(fig(ps('gespraecheJeIfk')), gruppe(g.id, 'vzae')),
        at,
      ),
      figure(
        ps(`${g.id}.kontakteJeKunde`),
        `Gespräche je Kunde und Jahr ${g.name}`,
        'decimal',
        'globalbudget',
        div(fig(ps(`${g.id}.gespraeche`)), gruppe(g.id, 'kunden')),
        at,
      ),
    );
  }
  defs.push(
    figure(
      ps('kunden'),
      'Kunden gesamt',
      'count',
      'globalbudget',
      sum(p.gruppen.map((g) => gruppe(g.id, 'kunden'))),
    ),
    figure(
      ps('ifkVzae'),
      'VZÄ der Integrationsfachkräfte',
      'decimal',
      'globalbudget',
      sum(p.gruppen.map((g) => gruppe(g.id, 'vzae'))),
    ),
    figure(
      ps('schluessel'),
      'Betreuungsschlüssel gesamt',
      'decimal',
      'globalbudget',
      div(fig(ps('kunden')), fig(ps('ifkVzae'))),
    ),
    figure(
      ps('gespraeche'),
      'Gespräche je Jahr gesamt',
      'decimal',
      'globalbudget',
      mul(fig(ps('gespraecheJeIfk')), fig(ps('ifkVzae'))),
    ),
  );
  return defs;
}

function umschichtungFigures(plan: Plan): FigureDef[] {
  const basis = hh('plan', 'umschichtungsbasis');
  return [
    // geplante Verwaltungsausgaben = Personalkosten + Sach- und übrige Verwaltungsausgaben
    figure(
      gb('verwaltungsausgaben'),
      'geplante Verwaltungsausgaben',
      'eur',
      'globalbudget',
      add(fig(ps('personalkosten')), gbInput('sachkosten')),
      { definedName: 'Verwaltungsausgaben_geplant' },
    ),
    // Umschichtungsbedarf brutto = geplante Verwaltungsausgaben − Verwaltungsbudget laut Grundlage
    figure(
      gb('umschichtungBrutto'),
      'Umschichtungsbedarf brutto',
      'eur',
      'globalbudget',
      sub(fig(gb('verwaltungsausgaben')), fig(gb('grundlage.vwb'))),
    ),
    // … netto = brutto − Einmaleffekte
    figure(
      gb('umschichtungNetto'),
      'Umschichtungsbedarf netto',
      'eur',
      'globalbudget',
      sub(fig(gb('umschichtungBrutto')), gbInput('einmaleffekte')),
      { definedName: 'Umschichtungsbedarf' },
    ),
    figure(
      gb('bedarfsquote'),
      'Umschichtungsbedarf netto als Anteil',
      'ratio',
      'globalbudget',
      div(fig(gb('umschichtungNetto')), fig(basis)),
    ),
    // What is planned beyond the need (negative: less than needed)
    figure(
      gb('abweichungBedarf'),
      'geplante Umschichtung abzüglich Bedarf',
      'eur',
      'globalbudget',
      sub(fig(hh('plan', 'umschichtung')), fig(gb('umschichtungNetto'))),
    ),
    // Eingliederungsmittel nach Umschichtung = Basis der Quote − Umschichtung
    figure(
      gb('egmNachUmschichtung'),
      'Eingliederungsmittel nach Umschichtung',
      'eur',
      'globalbudget',
      sub(fig(basis), fig(hh('plan', 'umschichtung'))),
    ),
    // The Vorjahr's ceiling "bis zu x %" of its own base, in Euro
    figure(
      gb('obergrenzeVorjahrBetrag'),
      'Obergrenze der Umschichtung im Vorjahr',
      'eur',
      'globalbudget',
      ifFilled(
        cellKey({ kind: 'globalbudget', field: 'obergrenzeVorjahr' }),
        round2(mul(gbInput('obergrenzeVorjahr'), gbInput('obergrenzeVorjahrBasis'))),
      ),
      { year: plan.header.vorjahr },
    ),
  ];
}

export function globalbudgetFigures(plan: Plan): FigureDef[] {
  return [
    ...schaetzungFigures(plan),
    ...grundlageFigures(plan),
    ...personalFigures(plan),
    ...umschichtungFigures(plan),
  ];
}
