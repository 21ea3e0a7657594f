/**
 * The sums over a plan's rows that its Land share reads, in one pass: the portfolio totals
 * (portfolio.eintritte, …), each Förderkategorie's Plätze Plan (kennzahl.<key>.plaetze) and the
 * money of the Kategorie lines. The first two are FigureDefs (portfolioTotals.ts, kennzahlen.ts);
 * building those families and a sum expression per area and field, then evaluating them, cost a
 * Land plan more than the rest of its share (issue 18: 400 plans in a second), so planShare
 * seeds its planReader with these values. They are the engine's to the cent, summed as
 * evaluate.ts sums (integer cents per item, a total over its areas' rounded sums):
 * test/unit/consolidate/rowTotals.test.ts compares every one with Calculation for the 400 plans
 * of the bench Land, the samples and plans without Vorjahr, Vorbindungen, Zielplanung or rows.
 */
import { toCents } from '../calc/evaluate';
import type { FigureId } from '../calc/expr';
import { centsOf } from '../calc/landFigures';
import { kz } from '../calc/kennzahlen';
import { countsDrittmittel, countsEgt, countsEintritte } from '../calc/rowSelection';
import type { Num, Plan } from '../model/plan';

/** Money and entries of a top-level Förderkategorie ('' for rows without one), as sumCents adds. */
export interface KategorieMoney {
  egtCents: number;
  dmCents: number;
  eintritte: number;
}

export interface RowTotals {
  /** Values of portfolio.* totals and kennzahl.<category>.plaetze, by figure id. */
  figures: Map<FigureId, Num>;
  /** By top-level Kategorie key, in the order the rows first name it. */
  kategorien: Map<string, KategorieMoney>;
}

/** The portfolio totals the Land reads: the area sums of portfolioFigures, then their Σ. */
const PORTFOLIO_SUMS = [
  { name: 'eintritte', recorded: false }, // countsEintritte, eintritte
  { name: 'mittelansatzEgt', recorded: false }, // countsEgt, mittelansatz
  { name: 'mittelansatzDrittmittel', recorded: false }, // countsDrittmittel, mittelansatz
  // A Vorjahr sum is empty when none of its items records a value (sumRecorded).
  { name: 'vorjahrEintritte', recorded: true }, // countsEintritte, vorjahrEintritte
  { name: 'vorjahrMittelEgt', recorded: true }, // countsEgt, vorjahrMittel
] as const;

const isNumber = (v: Num): v is number => v !== null && Number.isFinite(v);

/** What the pass keeps per Kategorie key a row names (null: none). */
interface KeySlot {
  plaetzeCents: number;
  money: KategorieMoney;
}

// Module-level helpers, not closures: a closure made per plan is a new function each time
// (and tsx names it at run time), which the pass over 300 rows felt.
function addCents(cents: number[], any: boolean[], i: number, v: Num): void {
  if (!isNumber(v)) return;
  cents[i] = cents[i]! + toCents(v);
  any[i] = true;
}

function slotOf(
  slots: Map<string | null, KeySlot>,
  topOf: ReadonlyMap<string, string>,
  kategorien: Map<string, KategorieMoney>,
  kategorie: string | null,
): KeySlot {
  let slot = slots.get(kategorie);
  if (slot) return slot;
  const top = (kategorie !== null ? topOf.get(kategorie) : undefined) ?? '';
  let money = kategorien.get(top);
  if (!money) kategorien.set(top, (money = { egtCents: 0, dmCents: 0, eintritte: 0 }));
  slots.set(kategorie, (slot = { plaetzeCents: 0, money }));
  return slot;
}

export function rowTotals(plan: Plan): RowTotals {
  const n = PORTFOLIO_SUMS.length;
  const totalCents = new Array<number>(n).fill(0);
  const totalAny = new Array<boolean>(n).fill(false);
  const areaCents = new Array<number>(n).fill(0);
  const areaAny = new Array<boolean>(n).fill(false);
  const topOf = new Map<string, string>();
  for (const c of plan.stammdaten.foerderkategorien) {
    topOf.set(c.key, c.key);
    for (const l of c.lines) topOf.set(l.key, c.key);
  }
  const kategorien = new Map<string, KategorieMoney>();
  // One look-up per row: its key's places and its top-level Kategorie's money.
  const slots = new Map<string | null, KeySlot>();

  for (const area of plan.schwerpunkte) {
    areaCents.fill(0);
    areaAny.fill(false);
    for (const r of area.rows) {
      if (r.kind !== 'instrument') continue;
      // PORTFOLIO_SUMS in its order, each row's selection asked once.
      const eintritte = countsEintritte(r);
      const egt = countsEgt(r);
      const dm = countsDrittmittel(r);
      if (eintritte) addCents(areaCents, areaAny, 0, r.eintritte);
      if (egt) addCents(areaCents, areaAny, 1, r.mittelansatz);
      if (dm) addCents(areaCents, areaAny, 2, r.mittelansatz);
      if (eintritte) addCents(areaCents, areaAny, 3, r.vorjahrEintritte);
      if (egt) addCents(areaCents, areaAny, 4, r.vorjahrMittel);
      const slot = slotOf(slots, topOf, kategorien, r.kategorie);
      if (eintritte && r.kategorie !== null && isNumber(r.eintritte))
        slot.plaetzeCents += toCents(r.eintritte);
      if (egt && r.mittelansatz !== null) slot.money.egtCents += centsOf(r.mittelansatz);
      if (dm && r.mittelansatz !== null) slot.money.dmCents += centsOf(r.mittelansatz);
      if (eintritte) slot.money.eintritte += r.eintritte ?? 0;
    }
    for (let i = 0; i < n; i++) {
      // The area's figure, then the total's item as evaluate reads a figure.
      const value = areaAny[i] || !PORTFOLIO_SUMS[i]!.recorded ? areaCents[i]! / 100 : null;
      if (value === null) continue;
      totalCents[i] = totalCents[i]! + toCents(value);
      totalAny[i] = true;
    }
  }

  const figures = new Map<FigureId, Num>();
  for (const [i, s] of PORTFOLIO_SUMS.entries())
    figures.set(`portfolio.${s.name}`, totalAny[i] || !s.recorded ? totalCents[i]! / 100 : null);
  // A category's places: its own rows, plus each of its lines' (a "darunter" line is a subset).
  for (const c of plan.stammdaten.foerderkategorien) {
    let cents = slots.get(c.key)?.plaetzeCents ?? 0;
    for (const l of c.lines)
      if (l.kind === 'line') cents += toCents((slots.get(l.key)?.plaetzeCents ?? 0) / 100);
    figures.set(kz(c.key, 'plaetze'), cents / 100);
  }
  return { figures, kategorien };
}
