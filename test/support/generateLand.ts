/**
 * A generated Land (issue 18): `count` Jobcenters' plans of about `meanRows` rows each, seeded.
 * Sizes spread from a third to about twice the mean (a few large cities, many small Kreise);
 * about a quarter are zkT; every seventh has no Vorjahr, every fifth no Vorbindungen; all but
 * every sixth carry a Zielvereinbarung (every ninth without its planned Ø eLb).
 */
import { Calculation } from '../../shared/calc/engine';
import { hh } from '../../shared/calc/egtChain';
import type { Plan, Traegerform } from '../../shared/model/plan';
import type { Ziel, Zielvereinbarung } from '../../shared/model/ziele';
import { emptyIstWerte, emptyZielvereinbarung } from '../../shared/model/ziele';
import { ziel } from '../../shared/sample/planFrame';
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

/** A K3 target: the Ø LZB stock may grow by at most `cap` against `lzbVorjahr` (relChangeMax). */
export const k3Cap = (id: string, cap: number, lzbVorjahr: number | null): Ziel =>
  ziel(id, {
    zielbereich: 'III',
    kennzahl: 'K3',
    zielart: 'relChangeMax',
    einheit: 'anzahl',
    polaritaet: 'lowerIsBetter',
    stellen: 0,
    werte: { aenderung: cap, vorjahrAnzahl: lzbVorjahr },
  });

/** Every sixth Jobcenter (from the 5th) has no Zielvereinbarung. */
export const hasGeneratedZiele = (index: number): boolean => index % 6 !== 4;

/**
 * A Zielvereinbarung from its own seeded sequence (the plans' sizes and money stay as before):
 * K2 as a level with its planned and Vorjahr Ø eLb, K3 capped at 0 or +2,5 %, two milestones
 * judged in one dialogue (the second left open in every third plan).
 */
function generatedZiele(index: number, seed: number, traegerform: Traegerform): Zielvereinbarung {
  const rand = seededRandom(seed * 7919 + index);
  const elb = Math.round(3000 + rand() * 37000);
  const vorjahrQuote = Math.round((0.17 + rand() * 0.08) * 1000) / 1000;
  return {
    ...emptyZielvereinbarung(),
    traegerform,
    ziele: [
      ziel('k2', {
        zielbereich: 'II',
        kennzahl: 'K2',
        zielart: 'levelMin',
        einheit: 'quote',
        werte: {
          quote: Math.round(vorjahrQuote * (1 + rand() * 0.04) * 1000) / 1000,
          elb: index % 9 === 5 ? null : elb,
          vorjahrQuote,
          elbVorjahr: Math.round(elb * (0.97 + rand() * 0.06)),
        },
      }),
      k3Cap('k3', index % 2 === 0 ? 0 : 0.025, Math.round(elb * 0.6)),
      ziel('m1', { zielbereich: 'lokal', zielart: 'milestone', bezeichnung: 'Vermittlungsprojekt' }),
      ziel('m2', { zielbereich: 'IV', zielart: 'milestone', bezeichnung: 'Zugangssteuerung' }),
    ],
    dialoge: [
      {
        id: 'd1',
        datum: null,
        datenstand: '',
        notizen: '',
        massnahmen: '',
        werte: [
          { zielId: 'm1', werte: emptyIstWerte(), erreicht: rand() < 0.6 },
          { zielId: 'm2', werte: emptyIstWerte(), erreicht: index % 3 === 0 ? null : rand() < 0.5 },
        ],
      },
    ],
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
    const traegerform: Traegerform = i % 4 === 1 ? 'zkT' : 'gE';
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
          traegerform,
        },
        zielvereinbarung: hasGeneratedZiele(i) ? generatedZiele(i, seed, traegerform) : plan.zielvereinbarung,
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
