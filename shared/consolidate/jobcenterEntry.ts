/** One plan's row of the Land view: its bases, rates and Kategorie lines, from its own figures. */
import type { FigureUnit } from '../calc/figureDef';
import { planTraegerform } from './traegerform';
import type { KategorieBaseKey } from '../calc/landFigures';
import { KATEGORIE_RATES, LAND_BASES, LAND_RATES, rateOf, sumCents } from '../calc/landFigures';
import { kz } from '../calc/kennzahlen';
import { allOwnRows, countsDrittmittel, countsEgt, countsEintritte } from '../calc/rowSelection';
import type { Num, Plan } from '../model/plan';
import type { PlanReader } from './planReader';
import { planReader } from './planReader';
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

export function jobcenterEntry(input: LandSource, calc: PlanReader = planReader(input.plan)): PlanEntry {
  const { plan } = input;
  const get = (id: string): Num => (calc.has(id) ? calc.get(id) : null);
  const values: Record<string, Num> = {};
  for (const b of LAND_BASES) {
    if (b.present && !b.present(plan)) values[b.key] = null;
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
    kategorien: kategorieEntries(plan, get),
  };
}

/** Places and money by top-level Förderkategorie (lines belong to their category). */
function kategorieEntries(plan: Plan, get: (id: string) => Num): KategorieEntry[] {
  const topOf = new Map<string, string>();
  for (const c of plan.stammdaten.foerderkategorien) {
    topOf.set(c.key, c.key);
    for (const l of c.lines) topOf.set(l.key, c.key);
  }
  const money = new Map<string, { egt: number[]; dm: number[]; eintritte: number }>();
  const slot = (key: string) => {
    let s = money.get(key);
    if (!s) money.set(key, (s = { egt: [], dm: [], eintritte: 0 }));
    return s;
  };
  for (const r of allOwnRows(plan)) {
    const key = (r.kategorie !== null ? topOf.get(r.kategorie) : undefined) ?? '';
    const s = slot(key);
    if (countsEgt(r) && r.mittelansatz !== null) s.egt.push(r.mittelansatz);
    if (countsDrittmittel(r) && r.mittelansatz !== null) s.dm.push(r.mittelansatz);
    if (countsEintritte(r)) s.eintritte += r.eintritte ?? 0;
  }
  const entry = (key: string, name: string, plaetze: Num, ergebnisVorjahr: Num): KategorieEntry => {
    const s = money.get(key);
    const values: Record<KategorieBaseKey, Num> = {
      plaetze,
      ergebnisVorjahr,
      mittelEgt: sumCents(s?.egt ?? []) ?? 0,
      mittelDrittmittel: sumCents(s?.dm ?? []) ?? 0,
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
    const parts = r.num.map((k) => values[k]);
    const num = parts.some((v) => v === null) ? null : sumCents(parts);
    rates[r.key] = rateOf(r.kind, num, values[r.den]);
  }
  return rates;
}
