/**
 * Checks of issue 15: probable double counting in the portfolio (the same instrument as own
 * rows in two Handlungsschwerpunkte), references' own parts against their owner, target-group
 * shares larger than their row, and kommunal rows a Förderkategorie would not count.
 */
import type { Calculation } from '../calc/engine';
import { zgRow } from '../calc/zielgruppen';
import { cellKey } from '../model/cellKey';
import { findInstrumentRow } from '../model/inputs';
import type { Handlungsschwerpunkt, InstrumentRow, Plan, ReferenceRow } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import { anteilOf, zielgruppeName } from '../model/zielgruppen';
import { formatCount, formatEur } from '../format/numberFormat';
import type { CheckRule, PlanRule, RowRule } from './checkRule';
import { ONLY_ITS_ROW, runRules } from './checkRule';
import type { Pruefung, PruefungLocation } from './pruefung';

const PF = SHEET_LABELS.portfolio;
const ZG = SHEET_LABELS.zielgruppen;

/** The Eintritte cell of a portfolio row: where these checks put the cursor. */
const eintritteOf = (row: InstrumentRow, area: Handlungsschwerpunkt): PruefungLocation => ({
  sheet: 'portfolio',
  rowId: row.id,
  areaId: area.id,
  cellKey: cellKey({ kind: 'row', id: row.id, field: 'eintritte' }),
});

/**
 * Instrument names compare without case and extra spaces ("EGZ " = "egz"); German has no
 * locale-specific lower case, so the plain one (several times faster at 60.000 rows) is the same.
 * Kept per row object: a row is a new object whenever it changes.
 */
const names = new WeakMap<InstrumentRow, string>();
function sameName(row: InstrumentRow): string {
  let name = names.get(row);
  if (name === undefined) names.set(row, (name = row.instrument.trim().replace(/\s+/g, ' ').toLowerCase()));
  return name;
}

/** These checks in runChecks' order (after the portfolio rows). */
export function zielgruppenChecks(plan: Plan, calc: Calculation): Pruefung[] {
  return runRules(ZIELGRUPPEN_RULES, plan, calc);
}

/**
 * The most checks zielgruppenChecks can report for `plan`, without calculating it (the import
 * bounds the Prüfungen sheet with it): per instrument row one double row, one for its
 * references' parts together and one for a Kat. on a kommunal row, two per share (Teil
 * Eintritte, Teil Betrag); per reference one (its part against the owner's share).
 */
export function maxZielgruppenChecks(plan: Plan): number {
  let n = 0;
  for (const area of plan.schwerpunkte)
    for (const r of area.rows) n += r.kind === 'reference' ? 1 : 3 + 2 * (r.zielgruppen?.length ?? 0);
  return n;
}

/**
 * The same instrument (name and Kat.) as own rows in two areas: each counts in the grand total,
 * so the programme probably counts it twice. Nachrichtlich rows are in no sum.
 */
const doppelt: PlanRule = {
  scope: 'plan',
  // Names, Kat. and areas only: a structural or text edit runs it again.
  name: 'Doppelte Zeilen',
  reads: () => ({}),
  run: ({ plan }) => doubleRows(plan),
};

function doubleRows(plan: Plan): Pruefung[] {
  const out: Pruefung[] = [];
  const first = new Map<string, { row: InstrumentRow; area: Handlungsschwerpunkt }>();
  for (const area of plan.schwerpunkte)
    for (const row of area.rows) {
      if (row.kind !== 'instrument' || row.nachrichtlich || row.instrument.trim() === '') continue;
      const key = `${sameName(row)}\u0000${row.kategorie ?? ''}`;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { row, area });
        continue;
      }
      if (seen.area.id === area.id) continue;
      const kat = row.kategorie ? ` (Kat. ${row.kategorie})` : '';
      out.push({
        id: `row-doppelt:${row.id}`,
        severity: 'Warnung',
        sheet: 'portfolio',
        message: `${PF} › ${area.name} › ${row.instrument.trim()}: dieselbe Maßnahme${kat} steht als eigene Zeile auch in „${seen.area.name}“ und zählt so zweimal in der Gesamtsumme; in einem der beiden Handlungsschwerpunkte als Verweis (mit Anteil) zeigen.`,
        location: eintritteOf(row, area),
      });
    }
  return out;
}

/**
 * References' own parts: together at most the owner's Eintritte and Mittelansatz; and in an
 * area about a target group, the part the owner's share for that group gives.
 */
const verweisTeile: PlanRule = {
  scope: 'plan',
  name: 'Anteile der Verweise',
  // Every reference, with or without parts (a typed part is a value, which rule reads must not
  // depend on): its parts, its owner's Eintritte and Mittelansatz and the owner's group figures.
  reads: (plan) => {
    const keys: string[] = [];
    const figures: string[] = [];
    for (const area of plan.schwerpunkte)
      for (const r of area.rows) {
        if (r.kind !== 'reference') continue;
        keys.push(
          cellKey({ kind: 'verweisTeil', id: r.id, field: 'eintritte' }),
          cellKey({ kind: 'verweisTeil', id: r.id, field: 'betrag' }),
          cellKey({ kind: 'row', id: r.ownerRowId, field: 'eintritte' }),
          cellKey({ kind: 'row', id: r.ownerRowId, field: 'mittelansatz' }),
        );
        const g = area.zielgruppeId;
        if (g) figures.push(zgRow(g, r.ownerRowId, 'eintritte'), zgRow(g, r.ownerRowId, 'mittel'));
      }
    return { keys, figures };
  },
  run: ({ plan, calc }) => referenceParts(plan, calc),
};

function referenceParts(plan: Plan, calc: Calculation): Pruefung[] {
  const out: Pruefung[] = [];
  const byOwner = new Map<string, { ref: ReferenceRow; area: Handlungsschwerpunkt }[]>();
  for (const area of plan.schwerpunkte)
    for (const r of area.rows)
      if (r.kind === 'reference' && (r.teilEintritte != null || r.teilBetrag != null)) {
        const list = byOwner.get(r.ownerRowId) ?? [];
        list.push({ ref: r, area });
        byOwner.set(r.ownerRowId, list);
      }
  for (const [ownerId, refs] of byOwner) {
    const owner = findInstrumentRow(plan, ownerId);
    if (!owner) continue;
    const eintritte = refs.reduce((s, x) => s + (x.ref.teilEintritte ?? 0), 0);
    const betrag = refs.reduce((s, x) => s + Math.round((x.ref.teilBetrag ?? 0) * 100), 0) / 100;
    const over: string[] = [];
    if (eintritte > (owner.eintritte ?? 0))
      over.push(
        `${formatCount(eintritte)} Eintritte (die Maßnahme hat ${formatCount(owner.eintritte ?? 0)})`,
      );
    if (betrag > (owner.mittelansatz ?? 0))
      over.push(`${formatEur(betrag)} (Mittelansatz der Maßnahme ${formatEur(owner.mittelansatz ?? 0)})`);
    if (over.length)
      out.push({
        id: `verweis-teile:${ownerId}`,
        severity: 'Warnung',
        sheet: 'portfolio',
        message: `${PF} › ${owner.instrument}: die Anteile der Verweise (${[...new Set(refs.map((x) => x.area.name))].join(', ')}) sind zusammen mehr als die Maßnahme: ${over.join(' und ')}.`,
        location: {
          sheet: 'portfolio',
          rowId: ownerId,
          cellKey: cellKey({
            kind: 'row',
            id: ownerId,
            field: over[0]!.includes('Eintritte') ? 'eintritte' : 'mittelansatz',
          }),
        },
      });
    for (const { ref, area } of refs) {
      const g = area.zielgruppeId;
      if (!g) continue;
      const name = zielgruppeName(plan, g);
      const where = `${PF} › ${area.name} › Verweis auf ${owner.instrument}`;
      const at = (field: 'eintritte' | 'betrag') => ({
        sheet: 'portfolio' as const,
        rowId: ref.id,
        areaId: area.id,
        cellKey: cellKey({ kind: 'verweisTeil', id: ref.id, field }),
      });
      if (!anteilOf(owner, g)) {
        out.push({
          id: `verweis-zielgruppe-fehlt:${ref.id}`,
          severity: 'Warnung',
          sheet: 'portfolio',
          message: `${where}: der Verweis trägt einen eigenen Anteil, die Maßnahme nennt aber keinen Anteil für die Zielgruppe „${name}“ dieses Handlungsschwerpunkts.`,
          location: at(ref.teilEintritte != null ? 'eintritte' : 'betrag'),
        });
        continue;
      }
      const says = {
        eintritte: calc.get(zgRow(g, owner.id, 'eintritte')),
        betrag: calc.get(zgRow(g, owner.id, 'mittel')),
      };
      const differ: string[] = [];
      if (ref.teilEintritte != null && says.eintritte !== null && ref.teilEintritte !== says.eintritte)
        differ.push(
          `${formatCount(ref.teilEintritte)} Eintritte, die Maßnahme nennt ${formatCount(says.eintritte)}`,
        );
      if (
        ref.teilBetrag != null &&
        says.betrag !== null &&
        Math.round(ref.teilBetrag * 100) !== Math.round(says.betrag * 100)
      )
        differ.push(`${formatEur(ref.teilBetrag)}, die Maßnahme nennt ${formatEur(says.betrag)}`);
      if (differ.length)
        out.push({
          id: `verweis-zielgruppe:${ref.id}`,
          severity: 'Warnung',
          sheet: 'portfolio',
          message: `${where}: Anteil ${differ.join('; ')} für die Zielgruppe „${name}“.`,
          location: at(differ[0]!.includes('Eintritte') ? 'eintritte' : 'betrag'),
        });
    }
  }
  return out;
}

/** A typed part larger than its row: the group would get more than the instrument has. */
const teilUeberZeile: RowRule = {
  scope: 'row',
  name: 'Anteil größer als die Zeile',
  reads: ONLY_ITS_ROW,
  run({ plan }, row) {
    const out: Pruefung[] = [];
    for (const a of row.zielgruppen ?? []) {
      if (a.art !== 'teil') continue;
      const name = zielgruppeName(plan, a.zielgruppeId);
      const where = `${ZG} › ${name} › ${row.instrument}`;
      const at = (field: 'eintritte' | 'betrag') => ({
        sheet: 'zielgruppen' as const,
        rowId: row.id,
        cellKey: cellKey({ kind: 'zgAnteil', zielgruppeId: a.zielgruppeId, rowId: row.id, field }),
      });
      if (a.eintritte != null && a.eintritte > (row.eintritte ?? 0))
        out.push({
          id: `zielgruppe-teil-eintritte:${a.zielgruppeId}:${row.id}`,
          severity: 'Warnung',
          sheet: 'zielgruppen',
          message: `${where}: Teil ${formatCount(a.eintritte)} Eintritte ist mehr als die ${formatCount(row.eintritte ?? 0)} Eintritte der Maßnahme.`,
          location: at('eintritte'),
        });
      if (a.betrag != null && row.finanzierung.art !== 'enthalten' && a.betrag > (row.mittelansatz ?? 0))
        out.push({
          id: `zielgruppe-teil-betrag:${a.zielgruppeId}:${row.id}`,
          severity: 'Warnung',
          sheet: 'zielgruppen',
          message: `${where}: Teil ${formatEur(a.betrag)} ist mehr als der Mittelansatz der Maßnahme (${formatEur(row.mittelansatz ?? 0)}).`,
          location: at('betrag'),
        });
    }
    return out;
  },
};

/** § 16a SGB II is none of the Förderkategorien: a kommunal row's Kat. counts no place. */
const kommunalKategorie: RowRule = {
  scope: 'row',
  name: 'Kommunale Zeile mit Förderkategorie',
  reads: ONLY_ITS_ROW,
  run(_ctx, row, area) {
    if (row.finanzierung.art !== 'kommunal' || !row.kategorie || row.nachrichtlich) return [];
    return [
      {
        id: `row-kommunal-kategorie:${row.id}`,
        severity: 'Hinweis',
        sheet: 'portfolio',
        message: `${PF} › ${area.name} › ${row.instrument}: kommunal finanziert (§ 16a SGB II); die Förderkategorie ${row.kategorie} zählt ihre Fälle nicht als Plätze der Kennzahlen.`,
        location: eintritteOf(row, area),
      },
    ];
  },
};

/** In runChecks' order: each row rule is a pass over all rows before the next rule. */
export const ZIELGRUPPEN_RULES: readonly CheckRule[] = [
  doppelt,
  verweisTeile,
  teilUeberZeile,
  kommunalKategorie,
];
