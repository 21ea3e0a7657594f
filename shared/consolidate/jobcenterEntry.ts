/** One plan's row of the Land view: its bases, rates and Kategorie lines, from its own figures. */
import type { FigureUnit } from '../calc/figureDef';
import { planTraegerform } from './traegerform';
import type { KategorieBaseKey } from '../calc/landFigures';
import { KATEGORIE_RATES, LAND_BASES, LAND_RATES, rateOf, sumCents } from '../calc/landFigures';
import { kz } from '../calc/kennzahlen';
import type { Num, Plan } from '../model/plan';
import type { PlanReader } from './planReader';
import { planFrame } from '../sample/planFrame';
import { planReader } from './planReader';
import type { KategorieMoney, RowTotals } from './rowTotals';
import { rowTotals } from './rowTotals';
import type { KategorieEntry, LandSource, PlanEntry } from './types';

export const OHNE_KATEGORIE = 'ohne Förderkategorie';

/** Labels and units of every Land key, taken from the plan's own FigureDefs where they exist. */
export function landLabels(calc: PlanReader): {
  labels: Record<string, string>;
  units: Record<string, FigureUnit>;
} {
  const labels: Record<string, string> = {};
  const units: Record<string, FigureUnit> = {};
  for (const f of [...LAND_BASES, ...LAND_RATES]) {
    const def = f.figure === undefined ? undefined : calc.def(f.figure);
    labels[f.key] = def?.label ?? f.label ?? f.key;
    units[f.key] = f.unit;
  }
  return { labels, units };
}

let fromEmptyPlan: ReturnType<typeof landLabels> | undefined;

/**
 * The Land keys' labels and units. None depends on a plan's data (the labels are written in the
 * FigureDefs, the year apart), so they are read once from an empty plan's FigureDefs instead of
 * building each plan's Portfolio family for three labels; a test fails when a plan's own
 * FigureDefs give another (test/unit/consolidate/landShortcuts.test.ts). Copies: a share owns
 * its records.
 */
export function landLabelsOfPlans(): ReturnType<typeof landLabels> {
  fromEmptyPlan ??= landLabels(
    planReader(
      planFrame('land-labels', {
        jobcenter: '',
        year: 2016,
        status: 'Entwurf',
        variante: '',
        author: '',
        changedAt: '',
      }),
    ),
  );
  return { labels: { ...fromEmptyPlan.labels }, units: { ...fromEmptyPlan.units } };
}

export function jobcenterEntry(
  input: LandSource,
  calc: PlanReader = planReader(input.plan),
  rows: RowTotals = rowTotals(input.plan),
): PlanEntry {
  const { plan } = input;
  const get = calc.get;
  const values: Record<string, Num> = {};
  // Several bases share one test (hasVorjahr walks the rows): each test runs once.
  const present = new Map<(plan: Plan) => boolean, boolean>();
  const isPresent = (test: (plan: Plan) => boolean): boolean => {
    let p = present.get(test);
    if (p === undefined) present.set(test, (p = test(plan)));
    return p;
  };
  for (const b of LAND_BASES) {
    if (b.present && !isPresent(b.present)) values[b.key] = null;
    else values[b.key] = b.figure !== undefined ? get(b.figure) : (b.read?.(plan, get) ?? null);
  }
  for (const r of LAND_RATES) {
    // From the bases, as the workbook computes it (the plan's own figure may hold a typed
    // Umschichtungsquote, which differs from Umschichtung ÷ Summe by the rounding to cents).
    values[r.key] = rateOf(r.kind, values[r.num] ?? null, values[r.den] ?? null);
  }
  const h = plan.header;
  return {
    source: input.source,
    ...(input.storedId !== undefined ? { storedId: input.storedId } : {}),
    planId: plan.id,
    jobcenter: h.jobcenter,
    year: h.year,
    variante: h.variante,
    traegerform: planTraegerform(plan),
    values,
    kategorien: kategorieEntries(plan, get, rows.kategorien),
  };
}

/** Places and money by top-level Förderkategorie (lines belong to their category). */
function kategorieEntries(
  plan: Plan,
  get: (id: string) => Num,
  money: ReadonlyMap<string, KategorieMoney>,
): KategorieEntry[] {
  const entry = (key: string, name: string, plaetze: Num, ergebnisVorjahr: Num): KategorieEntry => {
    const s = money.get(key);
    // A Kategorie without rows has no money: 0, not empty.
    const values: Record<KategorieBaseKey, Num> = {
      plaetze,
      ergebnisVorjahr,
      mittelEgt: (s?.egtCents ?? 0) / 100,
      mittelDrittmittel: (s?.dmCents ?? 0) / 100,
    };
    return { key, name, values, rates: kategorieRates(values) };
  };
  const out = plan.stammdaten.foerderkategorien.map((c) =>
    entry(
      c.key,
      c.name,
      get(kz(c.key, 'plaetze')),
      plan.kennzahlen.find((k) => k.key === c.key)?.ergebnisVorjahr ?? null,
    ),
  );
  const rest = money.get('');
  if (rest) out.push(entry('', OHNE_KATEGORIE, rest.eintritte, null));
  return out;
}

export function kategorieRates(values: Record<KategorieBaseKey, Num>): Record<string, Num> {
  const rates: Record<string, Num> = {};
  for (const r of KATEGORIE_RATES) {
    // Loops, not map/some: this runs for every Kategorie line of every plan of the Land.
    const parts: Num[] = [];
    for (const k of r.num) parts.push(values[k]);
    const num = parts.includes(null) ? null : sumCents(parts);
    rates[r.key] = rateOf(r.kind, num, values[r.den]);
  }
  return rates;
}
