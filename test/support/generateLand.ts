/**
 * A generated Land (issue 18): `count` Jobcenters' plans of about `meanRows` rows each, seeded.
 * Sizes spread from a third to about twice the mean (a few large cities, many small Kreise);
 * about a quarter are zkT; every seventh has no Vorjahr, every fifth no Vorbindungen.
 */
import { Calculation } from '../../shared/calc/engine';
import { hh } from '../../shared/calc/egtChain';
import type { Plan } from '../../shared/model/plan';
import { generatePlan, seededRandom } from './generatePlan';

/** Every 23rd Jobcenter (from the 12th) plans far beyond its money: an outlier to find. */
export const isPlantedOutlier = (index: number): boolean => index % 23 === 11;

/**
 * Scales the rows' money and entries so that the EGT-Auslastung is `target`: the generator's
 * rows cost far more than its Haushalt holds (Auslastungen of 50-260 %, no Land looks like
 * that). Kosten je Eintritt stay as generated; the rows' own formulas are dropped with it.
 */
function withAuslastung(plan: Plan, target: number): Plan {
  const calc = new Calculation(plan);
  const geplant = calc.get(hh('plan', 'geplanterMitteleinsatz')) ?? 0;
  const neufaelle = calc.get(hh('plan', 'mittelFuerNeufaelle')) ?? 0;
  const f = geplant > 0 ? (target * neufaelle) / geplant : 1;
  const money = (v: number | null) => (v === null ? null : Math.round(v * f * 100) / 100);
  const count = (v: number | null) => (v === null ? null : Math.round(v * f));
  return {
    ...plan,
    schwerpunkte: plan.schwerpunkte.map((a) => ({
      ...a,
      rows: a.rows.map((r) =>
        r.kind === 'instrument'
          ? {
              ...r,
              mittelansatz: money(r.mittelansatz),
              vorjahrMittel: money(r.vorjahrMittel),
              eintritte: count(r.eintritte),
              vorjahrEintritte: count(r.vorjahrEintritte),
            }
          : r,
      ),
    })),
    kennzahlen: plan.kennzahlen.map((k) => ({
      ...k,
      ergebnisVorjahr: count(k.ergebnisVorjahr),
      ...(k.plaetzePlan !== undefined ? { plaetzePlan: count(k.plaetzePlan) } : {}),
    })),
    formeln: {},
  };
}

export interface GenerateLandOptions {
  count: number;
  meanRows?: number;
  seed: number;
  year?: number;
}

export function generateLand({ count, meanRows = 300, seed, year = 2016 }: GenerateLandOptions): Plan[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    // log-normal-ish spread around the mean, bounded
    const factor = Math.exp((rand() + rand() + rand() - 1.5) * 0.9);
    const rows = Math.max(20, Math.min(meanRows * 3, Math.round(meanRows * factor)));
    const plan = generatePlan({ rows, seed: seed * 1000 + i });
    const noVorjahr = i % 7 === 3;
    const auslastung = isPlantedOutlier(i) ? 1.6 : 0.9 + rand() * 0.12;
    return withAuslastung(
      {
        ...plan,
        id: `land-${seed}-${i + 1}`,
        header: {
          ...plan.header,
          jobcenter: `Jobcenter ${String(i + 1).padStart(3, '0')}`,
          year,
          vorjahr: year - 1,
          variante: 'Plan',
          traegerform: i % 4 === 1 ? 'zkT' : 'gE',
        },
        haushalt: {
          ...plan.haushalt,
          vorbindungen: {
            ...plan.haushalt.vorbindungen,
            plan: i % 5 === 2 ? null : plan.haushalt.vorbindungen.plan,
          },
        },
        schwerpunkte: noVorjahr
          ? plan.schwerpunkte.map((a) => ({
              ...a,
              rows: a.rows.map((r) =>
                r.kind === 'instrument' ? { ...r, vorjahrEintritte: null, vorjahrMittel: null } : r,
              ),
            }))
          : plan.schwerpunkte,
        // Formulas of the rows emptied above would contradict their values: drop them all there.
        formeln: noVorjahr ? {} : plan.formeln,
      },
      auslastung,
    );
  });
}
