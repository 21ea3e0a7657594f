/**
 * Fortschreibung: "Plan 2017 aus Plan 2016 erstellen". The new plan keeps areas, instruments,
 * Drittmittel programmes and master data; the old plan's figures move into the Vorjahr columns
 * (Haushalt, portfolio Vorjahr Eintritte and Mittel); the new year's inputs are cleared or kept
 * as a starting point; the header links back to the source plan. The Zielvereinbarung's
 * targets and Ist values become the new year's Vorjahr values (zielFortschreibung.ts).
 *
 * Multi-year money carries over (zielplanung.md C.1): the register keeps the commitments still
 * running, this year's multi-year portfolio rows become commitments of the register, and the
 * new plan year's Vorbindungen are filled from both; `herkunft` says so on the new plan.
 */
import { Calculation } from '../calc/engine';
import { hh } from '../calc/egtChain';
import { mehrjaehrigeRows, monateIn, verpflichtungLauf } from '../calc/zahlungsplan';
import { formatEur } from '../format/numberFormat';
import { MAX_BETRAG } from '../input/limits';
import { parseCellKey } from '../model/cellKey';
import type { Globalbudget, Personal, Verpflichtung, Verpflichtungen } from '../model/budget';
import { monatText } from '../model/monat';
import { fortschreibenZiele } from './zielFortschreibung';
import { roundHalfAwayFromZero } from '../number/rounding';
import type {
  Haushalt,
  Id,
  Num,
  Plan,
  PortfolioRow,
  UmschichtungInput,
  YearPair,
  ZielgruppenAnteil,
} from '../model/plan';

export interface FortschreibungOptions {
  newId: Id;
  /** ISO 8601 time of creation (becomes header.changedAt). */
  now: string;
  author: string;
  /** Keep the new year's inputs as a starting point (true) or clear them (false). */
  keepInputs: boolean;
  /** Planning year of the new plan; defaults to the source year + 1. */
  year?: number;
  variante?: string;
}

const carry = (p: YearPair, keep: boolean): YearPair => ({ plan: keep ? p.plan : null, vorjahr: p.plan });
const clearOrKeep = (v: Num, keep: boolean): Num => (keep ? v : null);

function carryUmschichtung(
  u: Haushalt['umschichtung'],
  keep: boolean,
  calc: Calculation,
  basis: Plan['globalbudget']['umschichtungsbasis'],
): Haushalt['umschichtung'] {
  const cleared: UmschichtungInput =
    u.plan.mode === 'betrag' ? { mode: 'betrag', betrag: null } : { mode: 'quote', quote: null };
  // A quota on an estimate has no base in the new Vorjahr column: it moves there as its amount.
  const vorjahr: UmschichtungInput =
    basis === 'egmSchaetzung' && u.plan.mode === 'quote'
      ? { mode: 'betrag', betrag: calc.get(hh('plan', 'umschichtung')) }
      : u.plan;
  return { plan: keep ? u.plan : cleared, vorjahr };
}

/** A target-group share keeps its kind; its typed part belongs to the plan year. */
function carryAnteil(a: ZielgruppenAnteil, keep: boolean): ZielgruppenAnteil {
  if (keep || a.art === 'ganz') return { ...a };
  return a.art === 'teil' ? { ...a, eintritte: null, betrag: null } : { ...a, anteil: null };
}

function carryRow(row: PortfolioRow, keep: boolean): PortfolioRow {
  if (row.kind === 'reference') {
    // A reference's part is a plan-year figure like the owner's.
    if (keep) return { ...row };
    const { teilEintritte: _e, teilBetrag: _b, ...rest } = row;
    return rest;
  }
  const { eintritteBis, zielgruppen, ...rest } = row;
  return {
    ...rest,
    finanzierung: { ...row.finanzierung },
    vorjahrEintritte: row.eintritte,
    vorjahrMittel: row.mittelansatz,
    eintritte: clearOrKeep(row.eintritte, keep),
    mittelansatz: clearOrKeep(row.mittelansatz, keep),
    ...(keep && eintritteBis !== undefined ? { eintritteBis } : {}),
    ...(zielgruppen ? { zielgruppen: zielgruppen.map((a) => carryAnteil(a, keep)) } : {}),
  };
}

/** The numbers of a target the new plan keeps (as typed) when the inputs are kept. */
const ZIEL_KEPT = new Set<string>([
  'aenderung',
  'quote',
  'anzahl',
  'betrag',
  'elb',
  'anteilEgt',
  'anteilKunden',
]);

/**
 * Formula texts that still describe a value in the new plan: only plan-year inputs, and only
 * when they are kept. Vorjahr cells now hold moved values, never the old formulas.
 */
function carryFormeln(formeln: Record<string, string>, keep: boolean): Record<string, string> {
  if (!keep) return {};
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(formeln)) {
    const ref = parseCellKey(key);
    if (!ref) continue;
    const isVorjahr =
      ((ref.kind === 'haushalt' || ref.kind === 'zuweisung') && ref.col === 'vorjahr') ||
      (ref.kind === 'row' && (ref.field === 'vorjahrEintritte' || ref.field === 'vorjahrMittel')) ||
      (ref.kind === 'kennzahl' && ref.field === 'ergebnisVorjahr') ||
      // Targets keep their agreed values; the Vorjahr fields hold moved values, dialogues start empty.
      (ref.kind === 'ziel' && !ZIEL_KEPT.has(ref.field)) ||
      ref.kind === 'zielIst';
    if (!isVorjahr) out[key] = text;
  }
  return out;
}

/** Commitments still paying in `year` or later (or not dated yet), their earlier yearly amounts dropped. */
function laufendeVerpflichtungen(list: readonly Verpflichtung[], year: number): Verpflichtung[] {
  return list
    .filter((v) => {
      const lauf = verpflichtungLauf(v);
      return !lauf || Math.floor(lauf.end / 12) >= year;
    })
    .map((v) => ({ ...v, jahresbetraege: v.jahresbetraege.filter((j) => j.jahr >= year) }));
}

/**
 * This year's multi-year portfolio rows as commitments entered into this year: their whole run
 * at the monthly rate of the plan year's Mittelansatz (zielplanung.md C.1).
 */
function verpflichtungenAusRows(source: Plan): Verpflichtung[] {
  const t = source.header.year;
  return mehrjaehrigeRows(source).flatMap(({ row, lauf }): Verpflichtung[] => {
    const m0 = monateIn(lauf, t);
    if (row.mittelansatz === null || m0 === 0) return [];
    const months = lauf.end - lauf.start + 1;
    return [
      {
        id: `vp-${row.id}-${t}`,
        bezeichnung: `${row.instrument} (Eintritte ${t})`,
        rowId: row.id,
        beginn: monatText(lauf.start),
        ende: monatText(lauf.end),
        gesamt: roundHalfAwayFromZero((row.mittelansatz * months) / m0, 2),
        profil: 'monatlich',
        jahresbetraege: [],
        jahr: t,
      },
    ];
  });
}

interface CarriedRegister {
  register: Verpflichtungen;
  /** How many came from the old register and how many from its multi-year rows. */
  laufend: number;
  ausRows: number;
}

function carryVerpflichtungen(source: Plan, year: number): CarriedRegister {
  const own = laufendeVerpflichtungen(source.verpflichtungen.eintraege, year);
  const ids = new Set(own.map((v) => v.id));
  const fromRows = verpflichtungenAusRows(source).filter((v) => !ids.has(v.id));
  return {
    register: {
      eintraege: [...own, ...fromRows],
      vorbindungenAusRegister: source.verpflichtungen.vorbindungenAusRegister,
      ermaechtigungen: [],
      herkunft: '',
    },
    laufend: own.length,
    ausRows: fromRows.length,
  };
}

function carryGlobalbudget(source: Plan, calc: Calculation, keep: boolean): Globalbudget {
  const g = source.globalbudget;
  const quote = calc.get(hh('plan', 'umschichtungsquote'));
  const basis = calc.get(hh('plan', 'umschichtungsbasis'));
  return {
    ...g,
    schaetzungen: g.schaetzungen.map((s) => (keep ? { ...s } : { ...s, stand: '', vwb: null, egm: null })),
    // The Vorjahr has no estimates of the new plan; its base is its Summe Eingliederungsmittel.
    umschichtungsbasisVorjahr: g.umschichtungsbasis === 'egmZuweisung' ? 'egmZuweisung' : 'summeEGM',
    sachkosten: clearOrKeep(g.sachkosten, keep),
    einmaleffekte: clearOrKeep(g.einmaleffekte, keep),
    // The ceiling of the new Vorjahr is this plan's quota "bis zu x %" on its own base.
    obergrenzeVorjahr: quote === null ? null : roundHalfAwayFromZero(Math.min(1, Math.max(0, quote)), 4),
    obergrenzeVorjahrBasis: basis === null ? null : Math.max(0, basis),
  };
}

function carryPersonal(p: Personal, keep: boolean): Personal {
  return {
    sollVzae: clearOrKeep(p.sollVzae, keep),
    planstellenBeantragt: clearOrKeep(p.planstellenBeantragt, keep),
    kostenJeVzae: clearOrKeep(p.kostenJeVzae, keep),
    gespraecheProWoche: p.gespraecheProWoche,
    arbeitswochen: p.arbeitswochen,
    projekte: p.projekte.map((x) => ({ ...x, vzae: clearOrKeep(x.vzae, keep) })),
    gruppen: p.gruppen.map((x) => ({
      ...x,
      kunden: clearOrKeep(x.kunden, keep),
      vzae: clearOrKeep(x.vzae, keep),
    })),
  };
}

/** The Fortschreibung of `source` into a new plan (pure; `source` is not changed). */
export function fortschreiben(source: Plan, opts: FortschreibungOptions): Plan {
  const src = structuredClone(source);
  const calc = new Calculation(src);
  const keep = opts.keepInputs;
  const year = opts.year ?? src.header.year + 1;
  const h = src.haushalt;
  // The Vorjahr columns take the figures the old plan used (typed, or from Grundlage and register).
  const used = (name: 'mittelausstattung' | 'vorbindungen'): Num => calc.get(hh('plan', name));
  const carried = carryVerpflichtungen(src, year);
  const next: Plan = {
    schemaVersion: src.schemaVersion,
    id: opts.newId,
    header: {
      jobcenter: src.header.jobcenter,
      year,
      vorjahr: src.header.year,
      status: 'Entwurf',
      variante: opts.variante ?? `Fortschreibung aus ${src.header.year}`,
      author: opts.author,
      changedAt: opts.now,
      sourcePlanId: src.id,
    },
    haushalt: {
      mittelausstattung: { ...carry(h.mittelausstattung, keep), vorjahr: used('mittelausstattung') },
      rueckeinnahmen: carry(h.rueckeinnahmen, keep),
      zuweisungen: h.zuweisungen.map((z) => ({ ...z, betrag: carry(z.betrag, keep) })),
      umschichtung: carryUmschichtung(h.umschichtung, keep, calc, src.globalbudget.umschichtungsbasis),
      vorbindungen: { ...carry(h.vorbindungen, keep), vorjahr: used('vorbindungen') },
      ausserhalbEgt: h.ausserhalbEgt.map((a) => ({ ...a, betrag: clearOrKeep(a.betrag, keep) })),
    },
    drittmittel: src.drittmittel.map((d) => {
      // What the old plan year used is now used in the years before (for the rest of the grant).
      const bisher =
        d.verwendetVorjahre === undefined && d.betragJahr === null
          ? undefined
          : (d.verwendetVorjahre ?? 0) + (d.betragJahr ?? 0);
      return {
        ...d,
        betragJahr: clearOrKeep(d.betragJahr, keep),
        davonPersonal: clearOrKeep(d.davonPersonal, keep),
        ...(bisher === undefined
          ? {}
          : { verwendetVorjahre: Math.min(roundHalfAwayFromZero(bisher, 2), MAX_BETRAG) }),
      };
    }),
    globalbudget: carryGlobalbudget(src, calc, keep),
    personal: carryPersonal(src.personal, keep),
    verpflichtungen: carried.register,
    schwerpunkte: src.schwerpunkte.map((area) => ({
      ...area,
      rows: area.rows.map((r) => carryRow(r, keep)),
    })),
    bildungsziele: src.bildungsziele.map((b) => ({
      bereich: b.bereich,
      foerderungBgs: clearOrKeep(b.foerderungBgs, keep),
      davonAbschluss: clearOrKeep(b.davonAbschluss, keep),
    })),
    // Ergebnis Vorjahr is the result of the source year, not its plan: it is typed in later.
    kennzahlen: keep
      ? src.kennzahlen.map((k) => ({ ...k, ergebnisVorjahr: null }))
      : src.kennzahlen
          .filter((k) => k.plaetzePlan !== undefined)
          .map((k) => ({ key: k.key, ergebnisVorjahr: null, plaetzePlan: null })),
    zielgruppen: src.zielgruppen.map((z) => ({
      ...z,
      anteilKundenbestand: clearOrKeep(z.anteilKundenbestand, keep),
    })),
    stammdaten: src.stammdaten,
    // The targets' figures read no portfolio row: a Land plan's 60.000 rows need not be computed.
    zielvereinbarung: fortschreibenZiele(source, new Calculation({ ...source, schwerpunkte: [] }), keep),
    formeln: carryFormeln(src.formeln, keep),
    // The reasons behind last year's figures belong to last year's plan.
    notizen: {},
    // The texts are carried forward to be revised; the figures in them follow the new plan.
    dokument: src.dokument,
  };
  return withVorbindungen(src, next, carried);
}

/**
 * The new plan year's Vorbindungen from its register (the commitments still running and this
 * year's multi-year rows), typed into the EGT chain too, and the sentence that says so.
 */
function withVorbindungen(source: Plan, next: Plan, { laufend, ausRows }: CarriedRegister): Plan {
  if (laufend + ausRows === 0) return next;
  const betrag = new Calculation(next).get('vp.vorbindungen') ?? 0;
  const teile = [
    laufend
      ? `${laufend} laufenden ${laufend === 1 ? 'Verpflichtung' : 'Verpflichtungen'} des Registers`
      : '',
    ausRows
      ? `${ausRows} mehrjährigen ${ausRows === 1 ? 'Maßnahme' : 'Maßnahmen'} ${source.header.year}`
      : '',
  ].filter(Boolean);
  return {
    ...next,
    haushalt: { ...next.haushalt, vorbindungen: { ...next.haushalt.vorbindungen, plan: betrag } },
    formeln: Object.fromEntries(Object.entries(next.formeln).filter(([k]) => k !== 'hh.vorbindungen.plan')),
    verpflichtungen: {
      ...next.verpflichtungen,
      herkunft: `Vorbindungen ${next.header.year} aus der Fortschreibung von Plan ${source.header.year}: ${formatEur(betrag)} aus ${teile.join(' und ')}.`,
    },
  };
}
