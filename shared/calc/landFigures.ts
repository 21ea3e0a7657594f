/**
 * The figures of the Land view (zielplanung.md D.2), each defined once: the bases read per
 * Jobcenter from the plan's own figures, and the rates computed from bases. A Land rate is
 * always Σ numerator ÷ Σ denominator over the Jobcenters that have both bases, never a mean of
 * the Jobcenters' rates. The consolidation, `amip consolidate --json`, the Land workbook (as
 * live formulas), the Land view and the print section all read this list.
 */
import { HAUSHALT_FIELD_LABELS } from '../model/inputLabels';
import type { Num, Plan } from '../model/plan';
import { hh } from './egtChain';
import type { FigureId } from './expr';
import type { FigureUnit } from './figureDef';

/** Reads a plan figure by id (the consolidation passes its Calculation's `get`). */
export type FigureReader = (id: FigureId) => Num;

export interface LandBase {
  key: string;
  unit: Exclude<FigureUnit, 'ratio'>;
  /** The plan figure whose label and value this base takes; or its own label and reader. */
  figure?: FigureId;
  label?: string;
  read?: (plan: Plan, get: FigureReader) => Num;
  /** When false the base is missing for this plan (shown empty, left out of Land rates). */
  present?: (plan: Plan) => boolean;
  /**
   * How the Land workbook gets it: a value on the data sheet, the sum of the Jobcenter's
   * Kategorie lines, or the difference or sum of two earlier bases (as the plan's FigureDefs
   * compute it; test/unit/consolidate checks the two agree for every Jobcenter).
   */
  book:
    | { kind: 'data' }
    | { kind: 'kategorien'; of: KategorieBaseKey }
    | { kind: 'sub' | 'add'; a: string; b: string };
}

export interface LandRate {
  key: string;
  /** `div` = num ÷ den; `change` = num ÷ den − 1 (against a Vorjahr base). */
  kind: 'div' | 'change';
  num: string;
  den: string;
  unit: FigureUnit;
  /** The plan figure that is this rate for one Jobcenter (its label is used). */
  figure?: FigureId;
  label?: string;
  /** Outliers of this rate are marked (inter-quartile fences over the group's Jobcenters). */
  outliers?: boolean;
}

/** Some instrument row records a Vorjahr value (asked without collecting the rows first). */
const hasVorjahr = (plan: Plan): boolean =>
  plan.schwerpunkte.some((a) =>
    a.rows.some((r) => r.kind === 'instrument' && (r.vorjahrMittel !== null || r.vorjahrEintritte !== null)),
  );

const DATA = { kind: 'data' } as const;

export const LAND_BASES: readonly LandBase[] = [
  {
    key: 'summeEingliederungsmittel',
    unit: 'eur',
    figure: hh('plan', 'summeEingliederungsmittel'),
    book: DATA,
  },
  { key: 'umschichtung', unit: 'eur', figure: hh('plan', 'umschichtung'), book: DATA },
  {
    key: 'verfuegbaresEgt',
    unit: 'eur',
    figure: hh('plan', 'verfuegbaresEgt'),
    book: { kind: 'sub', a: 'summeEingliederungsmittel', b: 'umschichtung' },
  },
  {
    key: 'vorbindungen',
    unit: 'eur',
    label: HAUSHALT_FIELD_LABELS.vorbindungen,
    read: (plan) => plan.haushalt.vorbindungen.plan,
    present: (plan) => plan.haushalt.vorbindungen.plan !== null,
    book: DATA,
  },
  {
    key: 'mittelFuerNeufaelle',
    unit: 'eur',
    figure: hh('plan', 'mittelFuerNeufaelle'),
    book: { kind: 'sub', a: 'verfuegbaresEgt', b: 'vorbindungen' },
  },
  {
    key: 'geplanterMitteleinsatz',
    unit: 'eur',
    figure: hh('plan', 'geplanterMitteleinsatz'),
    book: { kind: 'kategorien', of: 'mittelEgt' },
  },
  {
    key: 'mittelDrittmittel',
    unit: 'eur',
    figure: 'portfolio.mittelansatzDrittmittel',
    book: { kind: 'kategorien', of: 'mittelDrittmittel' },
  },
  {
    key: 'mittelGesamt',
    unit: 'eur',
    label: 'Mittelansatz EGT und Drittmittel',
    read: (_plan, get) =>
      sumCents([get('portfolio.mittelansatzEgt'), get('portfolio.mittelansatzDrittmittel')]),
    book: { kind: 'add', a: 'geplanterMitteleinsatz', b: 'mittelDrittmittel' },
  },
  {
    key: 'eintritte',
    unit: 'count',
    figure: 'portfolio.eintritte',
    book: { kind: 'kategorien', of: 'plaetze' },
  },
  {
    key: 'vorjahrMitteleinsatz',
    unit: 'eur',
    label: 'geplanter Mitteleinsatz Vorjahr',
    read: (_plan, get) => get(hh('vorjahr', 'geplanterMitteleinsatz')),
    present: hasVorjahr,
    book: DATA,
  },
  {
    key: 'vorjahrEintritte',
    unit: 'count',
    figure: 'portfolio.vorjahrEintritte',
    present: hasVorjahr,
    book: DATA,
  },
];

export const LAND_RATES: readonly LandRate[] = [
  {
    key: 'egtAuslastung',
    kind: 'div',
    num: 'geplanterMitteleinsatz',
    den: 'mittelFuerNeufaelle',
    unit: 'ratio',
    figure: hh('plan', 'egtAuslastung'),
    outliers: true,
  },
  {
    key: 'umschichtungsquote',
    kind: 'div',
    num: 'umschichtung',
    den: 'summeEingliederungsmittel',
    unit: 'ratio',
    figure: hh('plan', 'umschichtungsquote'),
  },
  {
    key: 'vorbindungsquote',
    kind: 'div',
    num: 'vorbindungen',
    den: 'verfuegbaresEgt',
    unit: 'ratio',
    label: 'Vorbindungsquote',
  },
  {
    key: 'kostenJeEintritt',
    kind: 'div',
    num: 'mittelGesamt',
    den: 'eintritte',
    unit: 'eur',
    label: 'Kosten je Eintritt',
    outliers: true,
  },
  {
    key: 'veraenderungMitteleinsatz',
    kind: 'change',
    num: 'geplanterMitteleinsatz',
    den: 'vorjahrMitteleinsatz',
    unit: 'ratio',
    label: 'Veränderung Mitteleinsatz ggü. Vorjahr',
  },
];

/** Per Jobcenter and Förderkategorie (the Kennzahlen lines), summed across the Land. */
export const KATEGORIE_BASES = [
  { key: 'plaetze', unit: 'count', label: 'Plätze Plan' },
  { key: 'ergebnisVorjahr', unit: 'count', label: 'Ergebnis Vorjahr' },
  { key: 'mittelEgt', unit: 'eur', label: 'Mittelansatz EGT' },
  { key: 'mittelDrittmittel', unit: 'eur', label: 'Mittelansatz Drittmittel' },
] as const satisfies readonly { key: string; unit: FigureUnit; label: string }[];

export type KategorieBaseKey = (typeof KATEGORIE_BASES)[number]['key'];

export const KATEGORIE_RATES = [
  {
    key: 'kostenJePlatz',
    kind: 'div',
    num: ['mittelEgt', 'mittelDrittmittel'],
    den: 'plaetze',
    unit: 'eur',
    label: 'Kosten je Platz',
    outliers: true,
  },
  {
    key: 'vergleich',
    kind: 'change',
    num: ['plaetze'],
    den: 'ergebnisVorjahr',
    unit: 'ratio',
    label: 'Vergleich zum Vorjahr',
    outliers: false,
  },
] as const satisfies readonly {
  key: string;
  kind: 'div' | 'change';
  num: readonly KategorieBaseKey[];
  den: KategorieBaseKey;
  unit: FigureUnit;
  label: string;
  outliers: boolean;
}[];

/** A euro amount in the integer cents sumCents adds (a running sum adds these, then ÷ 100). */
export const centsOf = (v: number): number => Math.round(v * 100);

/** Σ of euro amounts in integer cents (as the engine sums), null only when every item is. */
export function sumCents(values: readonly Num[]): Num {
  let cents = 0;
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    any = true;
    cents += centsOf(v);
  }
  return any ? cents / 100 : null;
}

/** num ÷ den (− 1 for a change); empty when a base is missing or the denominator is 0. */
export function rateOf(kind: 'div' | 'change', num: Num, den: Num): Num {
  if (num === null || den === null || den === 0) return null;
  return kind === 'div' ? num / den : num / den - 1;
}
