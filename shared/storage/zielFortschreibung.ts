/**
 * Fortschreibung of the Zielvereinbarung: this year's targets and Ist values become next
 * year's Vorjahr values (zielplanung.md C.4). Per target:
 *
 * - the Vorjahr level is the last dialogue's Ist (for a relative change its Ist-Niveau),
 *   source "Statistik"; without an Ist the year's target value stands in, source "Prognose";
 * - the Vorjahr's target and result of a relative change (F12 next year) are this year's
 *   agreed change and its last Ist change;
 * - this year's eLb forecast becomes the Vorjahr eLb (a forecast);
 * - the agreed values of the new year are cleared, or kept as a starting point.
 *
 * The parties stay (unsigned), the dialogues start empty.
 */
import type { Calculation } from '../calc/engine';
import { zdf, zf } from '../calc/ziele';
import type { Num, Plan } from '../model/plan';
import { istField, vorjahrField } from '../model/zielRules';
import type { Ziel, ZielWerte, Zielvereinbarung } from '../model/ziele';
import { isRelChange } from '../model/ziele';

interface LastIst {
  /** The Ist in the target's unit (a level; for a relative change its Ist-Niveau). */
  level: Num;
  /** The Ist change of a relative change target. */
  change: Num;
}

/** The last dialogue (in the list's order) that recorded an Ist for the target. */
function lastIst(plan: Plan, calc: Calculation, z: Ziel): LastIst | null {
  const field = istField(z);
  if (!field) return null;
  for (const d of [...plan.zielvereinbarung.dialoge].reverse()) {
    const w = d.werte.find((x) => x.zielId === z.id);
    if (isRelChange(z.zielart)) {
      const change = w?.werte.istAenderung ?? null;
      if (change !== null) return { level: calc.get(zdf(d.id, z.id, 'istNiveau')), change };
      continue;
    }
    const level = z.einheit === 'quote' ? calc.get(zdf(d.id, z.id, 'istWert')) : (w?.werte[field] ?? null);
    if (level !== null) return { level, change: null };
  }
  return null;
}

function carryZiel(plan: Plan, calc: Calculation, z: Ziel, keep: boolean): Ziel {
  const w = z.werte;
  const ist = lastIst(plan, calc, z);
  const target = calc.get(zf(z.id, 'zielwert'));
  const level = ist?.level ?? target;
  const vjField = vorjahrField(z);
  const clear = (v: Num): Num => (keep ? v : null);
  const werte: ZielWerte = {
    aenderung: clear(w.aenderung),
    quote: clear(w.quote),
    anzahl: clear(w.anzahl),
    betrag: clear(w.betrag),
    vorjahrQuote: null,
    vorjahrAnzahl: null,
    vorjahrBetrag: null,
    vorjahrZiel: isRelChange(z.zielart) ? calc.get(zf(z.id, 'veraenderung')) : null,
    vorjahrIst: ist?.change ?? null,
    elb: clear(w.elb),
    elbVorjahr: whole(w.elb ?? calc.get(zf(z.id, 'elbBasis'))),
    anteilEgt: clear(w.anteilEgt),
    anteilKunden: clear(w.anteilKunden),
  };
  if (vjField) werte[vjField] = storable(level, z);
  const carried = vjField ? werte[vjField] : null;
  return {
    ...structuredClone(z),
    werte,
    vorjahrQuelle: carried === null ? null : ist ? 'statistik' : 'prognose',
    stichtage: keep ? [...z.stichtage] : [],
    // The note spoke of this year's figures.
    notiz: '',
  };
}

const whole = (v: Num): Num => (v === null ? null : Math.max(0, Math.round(v)));

/** A level as an input cell holds it: a count whole, euros to the cent, a rate at most 1. */
function storable(v: Num, z: Ziel): Num {
  if (v === null) return null;
  switch (z.einheit) {
    case 'anzahl':
      return Math.max(0, Math.round(v));
    case 'betrag':
      return Math.max(0, Math.round(v * 100) / 100);
    case 'quote':
      return Math.min(1, Math.max(0, v));
    case 'faktor':
      return null;
  }
}

/** The new year's agreement from `plan`'s, with `calc` computed for `plan`. */
export function fortschreibenZiele(plan: Plan, calc: Calculation, keep: boolean): Zielvereinbarung {
  const zv = plan.zielvereinbarung;
  return {
    traegerform: zv.traegerform,
    rechtsgrundlage: zv.rechtsgrundlage,
    parteien: zv.parteien.map((p) => ({ ...p, datum: null })),
    anlagen: [...zv.anlagen],
    landesschwerpunkte: [...zv.landesschwerpunkte],
    dialogeProJahr: zv.dialogeProJahr,
    rechenbasis: zv.rechenbasis,
    ziele: zv.ziele.map((z) => carryZiel(plan, calc, z, keep)),
    dialoge: [],
  };
}
