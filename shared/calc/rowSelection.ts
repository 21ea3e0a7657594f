/** Which instrument rows count where (fachkonzept §2.2). */
import type { Handlungsschwerpunkt, InstrumentRow, Plan } from '../model/plan';
import { findInstrumentRow } from '../model/inputs';

/** Rows the area owns (references excluded): these add up to the grand total exactly once. */
export function ownRows(area: Handlungsschwerpunkt): InstrumentRow[] {
  return area.rows.filter((r): r is InstrumentRow => r.kind === 'instrument');
}

/** Every instrument the area shows: own rows and the owners of its references. */
export function shownRows(plan: Plan, area: Handlungsschwerpunkt): InstrumentRow[] {
  const rows: InstrumentRow[] = [];
  for (const r of area.rows) {
    if (r.kind === 'instrument') rows.push(r);
    else {
      const owner = findInstrumentRow(plan, r.ownerRowId);
      if (owner) rows.push(owner);
    }
  }
  return rows;
}

export function allOwnRows(plan: Plan): InstrumentRow[] {
  // A loop: flatMap took a third of a Land plan's recalculation.
  const rows: InstrumentRow[] = [];
  for (const area of plan.schwerpunkte) for (const r of area.rows) if (r.kind === 'instrument') rows.push(r);
  return rows;
}

/**
 * Counted in Eintritte and Plätze: everything but nachrichtlich rows and kommunale Leistungen
 * (§ 16a SGB II is none of the Förderkategorien, and a range of cases is no number of places).
 */
export const countsEintritte = (r: InstrumentRow): boolean =>
  !r.nachrichtlich && r.finanzierung.art !== 'kommunal';
/** Counted in the EGT Mittelansatz: EGT-financed, not nachrichtlich ("enthalten in" has no money of its own). */
export const countsEgt = (r: InstrumentRow): boolean => !r.nachrichtlich && r.finanzierung.art === 'EGT';
export const countsDrittmittel = (r: InstrumentRow): boolean =>
  !r.nachrichtlich && r.finanzierung.art === 'Drittmittel';
/** Kommunale Eingliederungsleistungen: their money and cases have totals of their own. */
export const countsKommunal = (r: InstrumentRow): boolean =>
  !r.nachrichtlich && r.finanzierung.art === 'kommunal';

export const isKommunal = (r: InstrumentRow): boolean => r.finanzierung.art === 'kommunal';
