/**
 * Target groups (Zielgruppen): the master list in the Stammdaten, the groups this plan
 * evaluates as sheets (plan.zielgruppen), and the shares rows carry (InstrumentRow.zielgruppen).
 * Names and texts written once here for the grid, the workbook, print and the messages.
 */
import type { Id, InstrumentRow, Plan, Zielgruppe, ZielgruppenAnteil, ZielgruppenAnteilArt } from './plan';

/** The group's name from the master list (its id when it is missing). */
export function zielgruppeName(plan: Plan, id: Id): string {
  return plan.stammdaten.zielgruppen.find((z) => z.id === id)?.name ?? id;
}

/** The evaluated target groups with their master-list entry, in the plan's order. */
export function evaluatedZielgruppen(plan: Plan): Zielgruppe[] {
  return plan.zielgruppen.map((s) => ({ id: s.zielgruppeId, name: zielgruppeName(plan, s.zielgruppeId) }));
}

export function isEvaluated(plan: Plan, id: Id): boolean {
  return plan.zielgruppen.some((s) => s.zielgruppeId === id);
}

/** A row's share for one group, if it carries one. */
export function anteilOf(row: InstrumentRow, zielgruppeId: Id): ZielgruppenAnteil | undefined {
  return row.zielgruppen?.find((a) => a.zielgruppeId === zielgruppeId);
}

/** How the planner names the kind of share. */
export const ANTEIL_ART_LABELS: Record<ZielgruppenAnteilArt, string> = {
  ganz: 'ganz',
  teil: 'Teil (Eintritte/Betrag)',
  prozent: 'Prozent',
};

/** The short text of a share in a sheet's Anteil column: "ganz", "Teil", "Prozent". */
export const ANTEIL_ART_SHORT: Record<ZielgruppenAnteilArt, string> = {
  ganz: 'ganz',
  teil: 'Teil',
  prozent: 'Prozent',
};

/** A new share of the given kind with nothing typed yet. */
export function newAnteil(zielgruppeId: Id, art: ZielgruppenAnteilArt): ZielgruppenAnteil {
  switch (art) {
    case 'ganz':
      return { zielgruppeId, art };
    case 'teil':
      return { zielgruppeId, art, eintritte: null, betrag: null };
    case 'prozent':
      return { zielgruppeId, art, anteil: null };
  }
}

/** The portfolio's Zielgruppen cell: the groups a row counts for and how ("U25 ganz, Ü50 Teil"). */
export function anteileText(plan: Plan, row: InstrumentRow): string {
  return (row.zielgruppen ?? [])
    .map((a) => `${zielgruppeName(plan, a.zielgruppeId)} ${ANTEIL_ART_SHORT[a.art]}`)
    .join(', ');
}

/** A free id for a new group from its name ("Frauen 50+" → "frauen-50"). */
export function zielgruppeIdFor(name: string, taken: ReadonlySet<string>): Id {
  const base =
    name
      .toLocaleLowerCase('de-DE')
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'zielgruppe';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
