/**
 * Fortschreibung: "Plan 2017 aus Plan 2016 erstellen". The new plan keeps areas, instruments,
 * Drittmittel programmes and master data; the old plan's figures move into the Vorjahr columns
 * (Haushalt, portfolio Vorjahr Eintritte and Mittel); the new year's inputs are cleared or kept
 * as a starting point; the header links back to the source plan.
 */
import { parseCellKey } from '../model/cellKey';
import type { Haushalt, Id, Num, Plan, PortfolioRow, UmschichtungInput, YearPair } from '../model/plan';

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

function carryUmschichtung(u: Haushalt['umschichtung'], keep: boolean): Haushalt['umschichtung'] {
  const cleared: UmschichtungInput =
    u.plan.mode === 'betrag' ? { mode: 'betrag', betrag: null } : { mode: 'quote', quote: null };
  return { plan: keep ? u.plan : cleared, vorjahr: u.plan };
}

function carryRow(row: PortfolioRow, keep: boolean): PortfolioRow {
  if (row.kind === 'reference') return { ...row };
  return {
    ...row,
    finanzierung: { ...row.finanzierung },
    vorjahrEintritte: row.eintritte,
    vorjahrMittel: row.mittelansatz,
    eintritte: clearOrKeep(row.eintritte, keep),
    mittelansatz: clearOrKeep(row.mittelansatz, keep),
  };
}

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
      (ref.kind === 'kennzahl' && ref.field === 'ergebnisVorjahr');
    if (!isVorjahr) out[key] = text;
  }
  return out;
}

/** The Fortschreibung of `source` into a new plan (pure; `source` is not changed). */
export function fortschreiben(source: Plan, opts: FortschreibungOptions): Plan {
  const src = structuredClone(source);
  const keep = opts.keepInputs;
  const year = opts.year ?? src.header.year + 1;
  const h = src.haushalt;
  return {
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
      mittelausstattung: carry(h.mittelausstattung, keep),
      rueckeinnahmen: carry(h.rueckeinnahmen, keep),
      zuweisungen: h.zuweisungen.map((z) => ({ ...z, betrag: carry(z.betrag, keep) })),
      umschichtung: carryUmschichtung(h.umschichtung, keep),
      vorbindungen: carry(h.vorbindungen, keep),
      ausserhalbEgt: h.ausserhalbEgt.map((a) => ({ ...a, betrag: clearOrKeep(a.betrag, keep) })),
    },
    drittmittel: src.drittmittel.map((d) => ({
      ...d,
      betragJahr: clearOrKeep(d.betragJahr, keep),
      davonPersonal: clearOrKeep(d.davonPersonal, keep),
    })),
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
    stammdaten: src.stammdaten,
    formeln: carryFormeln(src.formeln, keep),
    // The texts are carried forward to be revised; the figures in them follow the new plan.
    dokument: src.dokument,
  };
}
