/**
 * Consolidation of rates and stocks over units (segments, Jobcenter, the municipalities of a
 * Kreis), as zielplanung.md D.2 says: a regional rate is Σ numerators ÷ Σ denominators, never
 * the mean of the units' rates; a regional change compares the sums. A unit whose base is
 * missing is left out and named, so the caller can show it. Pure, for the plan's own segments
 * (tests) and the later Land view.
 */
export interface Consolidated {
  /** The regional value; null when no unit has its bases. */
  value: number | null;
  /** Names of the units left out because a base is missing. */
  leftOut: string[];
}

const known = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Σ zaehler ÷ Σ nenner (e.g. Integrationen ÷ Ø eLb → Integrationsquote). */
export function consolidateRate(
  units: readonly { name: string; zaehler: number | null; nenner: number | null }[],
): Consolidated {
  let z = 0;
  let n = 0;
  const leftOut: string[] = [];
  for (const u of units) {
    if (!known(u.zaehler) || !known(u.nenner)) leftOut.push(u.name);
    else {
      z += u.zaehler;
      n += u.nenner;
    }
  }
  return { value: n === 0 ? null : z / n, leftOut };
}

/** Σ stock(t) ÷ Σ stock(t−1) − 1 (K3, K1): the change of the region, not the mean change. */
export function consolidateChange(
  units: readonly { name: string; jetzt: number | null; vorjahr: number | null }[],
): Consolidated {
  const r = consolidateRate(units.map((u) => ({ name: u.name, zaehler: u.jetzt, nenner: u.vorjahr })));
  return { value: r.value === null ? null : r.value - 1, leftOut: r.leftOut };
}

/**
 * The regional cap from local caps c_j on stocks L_j(t−1): Σ L_j(t−1)·(1 + c_j) ÷ Σ L_j(t−1) − 1,
 * the mean of the c_j weighted by the Vorjahr stock; `ceiling` is Σ L_j(t−1)·(1 + c_j).
 */
export function consolidateCap(
  units: readonly { name: string; vorjahr: number | null; cap: number | null }[],
): Consolidated & { ceiling: number | null } {
  let ceiling = 0;
  let base = 0;
  const leftOut: string[] = [];
  for (const u of units) {
    if (!known(u.vorjahr) || !known(u.cap)) leftOut.push(u.name);
    else {
      ceiling += u.vorjahr * (1 + u.cap);
      base += u.vorjahr;
    }
  }
  return base === 0
    ? { value: null, ceiling: null, leftOut }
    : { value: ceiling / base - 1, ceiling, leftOut };
}

/**
 * The regional rate target from local rate targets: Σ eLbPlan_j × iqZiel_j ÷ Σ eLbPlan_j
 * (the local targets weighted by their planned base, D.2).
 */
export function consolidateTargetRate(
  units: readonly { name: string; basis: number | null; ziel: number | null }[],
): Consolidated {
  return consolidateRate(
    units.map((u) => ({
      name: u.name,
      zaehler: known(u.basis) && known(u.ziel) ? u.basis * u.ziel : null,
      nenner: u.basis,
    })),
  );
}

/** Counts (Integrationen, Förderfälle, VZÄ, euros) add up plainly; a unit without its count is named. */
export function consolidateCount(units: readonly { name: string; wert: number | null }[]): Consolidated {
  let total = 0;
  let any = false;
  const leftOut: string[] = [];
  for (const u of units) {
    if (!known(u.wert)) leftOut.push(u.name);
    else {
      total += u.wert;
      any = true;
    }
  }
  return { value: any ? total : null, leftOut };
}

/** Milestones and monitoring items are counted, not summed: "n von m erreicht". */
export function countReached(units: readonly { erreicht: boolean | null }[]): {
  erreicht: number;
  von: number;
  offen: number;
} {
  const erreicht = units.filter((u) => u.erreicht === true).length;
  const offen = units.filter((u) => u.erreicht === null).length;
  return { erreicht, von: units.length, offen };
}
