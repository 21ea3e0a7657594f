/**
 * Zielplanung (zielplanung.md A.4): the derivations F1–F14 of the targets of the
 * Zielvereinbarung, each one FigureDef, evaluated by the engine and written to the workbook as
 * a live formula. Rates are fractions; relative changes are fractions ("%"); a difference of
 * rates is in percentage points ("Pp.", the value in points: 2.1 = +2,1 Pp.), never mixed.
 *
 * Rounding is half-up at the shown precision (rounding.ts, decimal-safe: 25,0 % × 1,003 at two
 * decimals is 25,08 %, 9.000 × 17,2 % is 1.548). With the Rechenbasis "gedruckter Zielwert"
 * (default) a computed target is rounded to its shown precision before anything uses it, as
 * the documents compute from the printed value; with "volle Genauigkeit" it is kept whole.
 */
import { cellKey } from '../model/cellKey';
import type { Plan } from '../model/plan';
import {
  isIqGesamt,
  isIqSegment,
  istField,
  levelField,
  halfUnit,
  valueDigits,
  vorjahrField,
  zielTitle,
} from '../model/zielRules';
import type { Ziel, ZielField, ZielIstField, Zieldialog } from '../model/ziele';
import { GEKOPPELT_IQ_GESAMT, isRelChange } from '../model/ziele';
import { dialogTitle } from '../format/dialogTitle';
import {
  atLeast,
  atMost,
  change,
  coalesce,
  constant,
  div,
  empty,
  fig,
  input,
  minus,
  plus,
  roundTo,
  sum,
  times,
} from './expr';
import type { Expr } from './expr';
import type { FigureDef, FigureUnit } from './figureDef';
import { figure } from './figureDef';

/** A figure of a target: `ziel.<id>.<name>`. */
export const zf = (zielId: string, name: ZielFigure): string => `ziel.${zielId}.${name}`;
/** A figure of a target in a dialogue: `zieldialog.<dialogId>.<zielId>.<name>`. */
export const zdf = (dialogId: string, zielId: string, name: DialogFigure): string =>
  `zieldialog.${dialogId}.${zielId}.${name}`;

export type ZielFigure =
  | 'veraenderung'
  | 'zielwert'
  | 'aenderungPp'
  | 'aenderungRel'
  | 'vorjahrAbgeleitet'
  | 'vorjahrVon'
  | 'vorjahrBis'
  | 'vorjahrAbweichung'
  | 'zielBasis'
  | 'integrationen'
  | 'elbAbgeleitet'
  | 'elbBasis'
  | 'integrationenBasis'
  | 'integrationenVorjahr'
  | 'elbAenderungImpliziert'
  | 'faktor';

export type DialogFigure = 'istWert' | 'istNiveau' | 'abweichung' | 'erreicht';

/** The total Integrationsquote over the segments (F5, F6), plan year and Vorjahr. */
export const IQ = {
  elb: 'ziele.iq.elb',
  integrationen: 'ziele.iq.integrationen',
  quote: 'ziele.iq.quote',
  elbVorjahr: 'ziele.iq.elbVorjahr',
  integrationenVorjahr: 'ziele.iq.integrationenVorjahr',
  quoteVorjahr: 'ziele.iq.quoteVorjahr',
  aenderung: 'ziele.iq.aenderung',
} as const;

const zin = (z: Ziel, field: ZielField): Expr => input(cellKey({ kind: 'ziel', id: z.id, field }));
const zis = (d: Zieldialog, z: Ziel, field: ZielIstField): Expr =>
  input(cellKey({ kind: 'zielIst', dialogId: d.id, zielId: z.id, field }));
/** A difference of two rates in percentage points. */
const pp = (a: Expr, b: Expr): Expr => times(minus(a, b), constant(100));

const LEVEL_UNITS: Record<Ziel['einheit'], FigureUnit> = {
  quote: 'ratio',
  anzahl: 'count',
  betrag: 'eur',
  faktor: 'factor',
};

/** The unit a target's level (Vorjahr, Zielwert, Ist) is shown in. */
export const levelUnit = (z: Pick<Ziel, 'einheit'>): FigureUnit => LEVEL_UNITS[z.einheit];

/** How the plan's targets hang together: segments, the computed total, pairs for F11. */
export interface ZielStructure {
  segments: Ziel[];
  /** The K2 target on `gesamt` shows F5/F6 computed from the segments (its typed values are a check). */
  gesamt: Ziel | undefined;
  hasSegments: boolean;
}

export function zielStructure(plan: Plan): ZielStructure {
  const ziele = plan.zielvereinbarung.ziele;
  const segments = ziele.filter(isIqSegment);
  return { segments, gesamt: ziele.find(isIqGesamt), hasSegments: segments.length > 0 };
}

/** Whether the target's level and change come from the segments (F5/F6) instead of its own inputs. */
export const isComputedTotal = (z: Ziel, s: ZielStructure): boolean => s.hasSegments && s.gesamt?.id === z.id;

/** The K2 relative-change target of the same segment, for F11 on a count of Integrationen. */
export function f11Partner(plan: Plan, z: Ziel): Ziel | undefined {
  if (z.kennzahl !== 'INT' || z.einheit !== 'anzahl' || !isRelChange(z.zielart)) return undefined;
  return plan.zielvereinbarung.ziele.find(
    (x) => x.kennzahl === 'K2' && x.einheit === 'quote' && isRelChange(x.zielart) && x.segment === z.segment,
  );
}

function figuresOfZiel(plan: Plan, z: Ziel, s: ZielStructure): FigureDef[] {
  const t = zielTitle(z, plan.header.year);
  const gedruckt = plan.zielvereinbarung.rechenbasis === 'gedruckt';
  const R = (e: Expr): Expr => (gedruckt ? roundTo(e, valueDigits(z)) : e);
  const defs: FigureDef[] = [];
  const add = (name: ZielFigure, label: string, unit: FigureUnit, expr: Expr) =>
    defs.push(figure(zf(z.id, name), `${t}: ${label}`, unit, 'ziele', expr, { rowId: z.id }));
  const level = levelUnit(z);
  const vjField = vorjahrField(z);
  const computed = isComputedTotal(z, s);
  const vorjahr = computed ? fig(IQ.quoteVorjahr) : vjField ? zin(z, vjField) : empty();

  if (isRelChange(z.zielart) && vjField) {
    const printed = levelField(z)!;
    // F8: a linked target follows another target's change (or the total's, F6).
    const link = z.gekoppeltAn;
    const veraenderung = computed
      ? fig(IQ.aenderung)
      : link === GEKOPPELT_IQ_GESAMT
        ? s.hasSegments
          ? fig(IQ.aenderung)
          : empty()
        : link !== null
          ? fig(zf(link, 'veraenderung'))
          : zin(z, 'aenderung');
    add('veraenderung', 'Veränderung', 'change', veraenderung);
    const g = fig(zf(z.id, 'veraenderung'));
    // F1 (a rate) / F7 (a stock): Vorjahr × (1 + g); the total is F5 instead.
    add('zielwert', 'Zielwert', level, computed ? fig(IQ.quote) : R(times(vorjahr, plus(constant(1), g))));
    if (z.einheit === 'quote')
      add('aenderungPp', 'Veränderung in Pp.', 'pp', pp(fig(zf(z.id, 'zielwert')), vorjahr));
    if (!computed) {
      // F4: the Vorjahr a printed target and g imply, with the interval its printed rounding allows.
      const onePlusG = plus(constant(1), g);
      const half = constant(halfUnit(z));
      add(
        'vorjahrAbgeleitet',
        'Vorjahreswert aus gedrucktem Zielwert',
        level,
        div(zin(z, printed), onePlusG),
      );
      add(
        'vorjahrVon',
        'Vorjahreswert aus gedrucktem Zielwert, ab',
        level,
        div(minus(zin(z, printed), half), onePlusG),
      );
      add(
        'vorjahrBis',
        'Vorjahreswert aus gedrucktem Zielwert, bis unter',
        level,
        div(plus(zin(z, printed), half), onePlusG),
      );
    }
    // F12 of the Vorjahr: result minus target, in percentage points of the change rate.
    add(
      'vorjahrAbweichung',
      'Abweichung Ergebnis vom Ziel im Vorjahr',
      'pp',
      pp(zin(z, 'vorjahrIst'), zin(z, 'vorjahrZiel')),
    );
  } else if (z.zielart === 'levelMin' || z.zielart === 'countMin' || z.zielart === 'absoluteMax') {
    const own = levelField(z)!;
    add('zielwert', 'Zielwert', level, zin(z, own));
    if (vjField) {
      // F9 (a level: both units) and F10 (a count: relative only).
      if (z.einheit === 'quote')
        add('aenderungPp', 'Veränderung in Pp.', 'pp', pp(zin(z, own), zin(z, vjField)));
      add('aenderungRel', 'Veränderung in %', 'change', change(zin(z, own), zin(z, vjField)));
    }
  }

  if (isIqSegment(z) && defs.some((d) => d.id === zf(z.id, 'zielwert'))) {
    // The level the counts are computed from: the printed one (Rechenbasis gedruckt) or the
    // computed one at full precision; each falls back to the other.
    const zielwert = fig(zf(z.id, 'zielwert'));
    const basis = isRelChange(z.zielart)
      ? gedruckt
        ? coalesce(zin(z, 'quote'), zielwert)
        : coalesce(zielwert, zin(z, 'quote'))
      : zielwert;
    add('zielBasis', 'Integrationsquote (Rechenbasis)', 'ratio', basis);
    const q = fig(zf(z.id, 'zielBasis'));
    // F2, F3 and the two bases the total adds up (typed, else derived).
    add('integrationen', 'Integrationen (berechnet)', 'count', roundTo(times(zin(z, 'elb'), q), 0));
    add('elbAbgeleitet', 'Ø eLb abgeleitet', 'count', div(zin(z, 'anzahl'), q));
    add(
      'elbBasis',
      'Ø eLb (Summenbasis)',
      'count',
      coalesce(
        zin(z, 'elb'),
        gedruckt ? roundTo(fig(zf(z.id, 'elbAbgeleitet')), 0) : fig(zf(z.id, 'elbAbgeleitet')),
      ),
    );
    add(
      'integrationenBasis',
      'Integrationen (Summenbasis)',
      'count',
      coalesce(zin(z, 'anzahl'), fig(zf(z.id, 'integrationen'))),
    );
    add(
      'integrationenVorjahr',
      'Integrationen Vorjahr',
      'count',
      roundTo(times(zin(z, 'elbVorjahr'), zin(z, 'vorjahrQuote')), 0),
    );
  }

  const partner = f11Partner(plan, z);
  if (partner)
    // F11: (1 + g Integrationen) ÷ (1 + g IQ) − 1, since IQ = Integrationen ÷ eLb.
    add(
      'elbAenderungImpliziert',
      'implizite Veränderung der eLb',
      'change',
      change(
        plus(constant(1), fig(zf(z.id, 'veraenderung'))),
        plus(constant(1), fig(zf(partner.id, 'veraenderung'))),
      ),
    );
  if (z.einheit === 'faktor')
    // F14: share of EGT against share of clients.
    add(
      'faktor',
      'Faktor Anteil EGT zu Anteil Kundenbestand',
      'factor',
      div(zin(z, 'anteilEgt'), zin(z, 'anteilKunden')),
    );
  return defs;
}

function iqFigures(s: ZielStructure): FigureDef[] {
  if (!s.hasSegments) return [];
  const over = (name: ZielFigure) => sum(s.segments.map((z) => fig(zf(z.id, name))));
  const f = (id: string, label: string, unit: FigureUnit, expr: Expr) =>
    figure(id, label, unit, 'ziele', expr);
  return [
    f(IQ.elb, 'Ø eLb gesamt (Summe der Segmente)', 'count', over('elbBasis')),
    f(IQ.integrationen, 'Integrationen gesamt (Summe der Segmente)', 'count', over('integrationenBasis')),
    // F5: Σ Integrationen ÷ Σ eLb, never the mean of the segments' rates.
    f(IQ.quote, 'Integrationsquote gesamt', 'ratio', div(fig(IQ.integrationen), fig(IQ.elb))),
    f(
      IQ.elbVorjahr,
      'Ø eLb gesamt Vorjahr',
      'count',
      sum(s.segments.map((z) => input(cellKey({ kind: 'ziel', id: z.id, field: 'elbVorjahr' })))),
    ),
    f(IQ.integrationenVorjahr, 'Integrationen gesamt Vorjahr', 'count', over('integrationenVorjahr')),
    f(
      IQ.quoteVorjahr,
      'Integrationsquote gesamt Vorjahr',
      'ratio',
      div(fig(IQ.integrationenVorjahr), fig(IQ.elbVorjahr)),
    ),
    // F6: an output of the segment targets and their eLb (mix effect), never typed.
    f(
      IQ.aenderung,
      'Veränderung der Integrationsquote gesamt',
      'change',
      change(fig(IQ.quote), fig(IQ.quoteVorjahr)),
    ),
  ];
}

function dialogFigures(plan: Plan, d: Zieldialog, index: number, s: ZielStructure): FigureDef[] {
  const defs: FigureDef[] = [];
  const head = dialogTitle(d, index);
  for (const z of plan.zielvereinbarung.ziele) {
    const field = istField(z);
    if (!field) continue;
    const t = zielTitle(z, plan.header.year);
    const add = (name: DialogFigure, label: string, unit: FigureUnit, expr: Expr) =>
      defs.push(
        figure(zdf(d.id, z.id, name), `${head}: ${t}: ${label}`, unit, 'ziele', expr, { rowId: z.id }),
      );
    const ist = zis(d, z, field);
    const min = z.zielart !== 'relChangeMax' && z.zielart !== 'absoluteMax';
    const reached = (a: Expr, b: Expr) => (min ? atLeast(a, b) : atMost(a, b));
    if (isRelChange(z.zielart)) {
      const g = fig(zf(z.id, 'veraenderung'));
      const vorjahr = isComputedTotal(z, s) ? fig(IQ.quoteVorjahr) : zin(z, vorjahrField(z)!);
      add('istNiveau', 'Ist-Niveau', levelUnit(z), times(vorjahr, plus(constant(1), ist)));
      // F12: Ist change minus target change, in percentage points.
      add('abweichung', 'Abweichung vom Ziel', 'pp', pp(ist, g));
      add('erreicht', 'erreicht', 'flag', reached(ist, g));
      continue;
    }
    // F13: a quota counted by hand (Zähler ÷ Nenner) unless the Ist-Quote is typed.
    const value = z.einheit === 'quote' ? coalesce(ist, div(zis(d, z, 'zaehler'), zis(d, z, 'nenner'))) : ist;
    if (z.einheit === 'quote') add('istWert', 'Ist-Quote', 'ratio', value);
    const shown = z.einheit === 'quote' ? fig(zdf(d.id, z.id, 'istWert')) : ist;
    if (z.zielart === 'monitoring') continue;
    const target = fig(zf(z.id, 'zielwert'));
    if (z.einheit === 'quote') add('abweichung', 'Abweichung vom Ziel', 'pp', pp(shown, target));
    else add('abweichung', 'Abweichung vom Ziel', levelUnit(z), minus(shown, target));
    add('erreicht', 'erreicht', 'flag', reached(shown, target));
  }
  return defs;
}

/** Every figure of the Zielvereinbarung. */
export function zieleFigures(plan: Plan): FigureDef[] {
  const s = zielStructure(plan);
  return [
    ...plan.zielvereinbarung.ziele.flatMap((z) => figuresOfZiel(plan, z, s)),
    ...iqFigures(s),
    ...plan.zielvereinbarung.dialoge.flatMap((d, i) => dialogFigures(plan, d, i, s)),
  ];
}
