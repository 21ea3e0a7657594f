/**
 * What "enthalten in" may point at: the one rule the file validator, the patchRow command, the
 * Finanzierung dropdown and the Plausibilitätsprüfung all ask.
 *
 * A row "enthalten in" T has Eintritte but no money of its own: its money is counted in T's
 * Mittelansatz ("Betrag bei BaE enthalten"). So T must be a row whose Mittelansatz is counted:
 * an instrument row (not a Verweis: name the instrument itself), financed from the EGT or from
 * Drittmittel, not nachrichtlich, and not the row itself. T must not be "enthalten in" another
 * row either: a chain would only say the same thing with a detour, and forbidding chains
 * forbids every cycle (A in B, B in A), in which no amount is counted at all. T may sit in
 * another Handlungsschwerpunkt; whether T carries an amount yet is the planner's business
 * (a row is often linked before its Mittelansatz is typed in).
 */
import { rowIndex } from './inputs';
import type { Id, InstrumentRow, Plan, PortfolioRow } from './plan';

export type EnthaltenProblem =
  | { kind: 'fehlt'; targetId: Id }
  | { kind: 'selbst'; row: InstrumentRow }
  | { kind: 'verweis'; targetId: Id; ownerRowId: Id }
  | { kind: 'nachrichtlich'; target: InstrumentRow }
  /** T's own money is in another row; `kreis` when following the chain leads back to the row. */
  | { kind: 'kette'; target: InstrumentRow; kreis: InstrumentRow[] | null };

function rowById(plan: Plan, id: Id): PortfolioRow | undefined {
  const loc = rowIndex(plan).get(id);
  return loc ? plan.schwerpunkte[loc.areaIndex]?.rows[loc.rowIndex] : undefined;
}

/** True when `target` may hold the money of row `rowId` (the cheap part of the rule). */
export function mayHoldMoneyOf(target: PortfolioRow, rowId: Id): boolean {
  return (
    target.kind === 'instrument' &&
    target.id !== rowId &&
    !target.nachrichtlich &&
    target.finanzierung.art !== 'enthalten'
  );
}

/** Why row `row` cannot be "enthalten in" `targetId` in `plan`, or null when it may. */
export function enthaltenProblem(plan: Plan, row: InstrumentRow, targetId: Id): EnthaltenProblem | null {
  const target = rowById(plan, targetId);
  if (!target) return { kind: 'fehlt', targetId };
  if (mayHoldMoneyOf(target, row.id)) return null;
  if (target.kind === 'reference') return { kind: 'verweis', targetId, ownerRowId: target.ownerRowId };
  if (target.id === row.id) return { kind: 'selbst', row };
  if (target.nachrichtlich && target.finanzierung.art !== 'enthalten')
    return { kind: 'nachrichtlich', target };
  return { kind: 'kette', target, kreis: cycleThrough(plan, row, target) };
}

/** row → target → … → row when the "enthalten in" chain from target returns to row. */
function cycleThrough(plan: Plan, row: InstrumentRow, target: InstrumentRow): InstrumentRow[] | null {
  const path = [row, target];
  const seen = new Set<Id>([row.id, target.id]);
  let at = target;
  while (at.finanzierung.art === 'enthalten' && at.finanzierung.inRowId !== null) {
    const next = rowById(plan, at.finanzierung.inRowId);
    if (!next || next.kind !== 'instrument') return null;
    if (next.id === row.id) return [...path, row];
    if (seen.has(next.id)) return null; // a cycle that does not pass through row
    seen.add(next.id);
    path.push(next);
    at = next;
  }
  return null;
}

const named = (r: InstrumentRow): string => `„${r.instrument}“ (${JSON.stringify(r.id)})`;

/** German, without a final period: used after a row's name (checks, commands) or a JSON path. */
export function enthaltenMessage(problem: EnthaltenProblem): string {
  switch (problem.kind) {
    case 'fehlt':
      return `„enthalten in“ verweist auf Zeile ${JSON.stringify(problem.targetId)}, die es nicht gibt`;
    case 'selbst':
      return '„enthalten in“ verweist auf die Zeile selbst; eine Maßnahme kann nicht in sich selbst enthalten sein, ihr Betrag würde in keiner Summe gezählt';
    case 'verweis':
      return `„enthalten in“ verweist auf Zeile ${JSON.stringify(problem.targetId)}, die nur ein Verweis ist; gemeint ist die Maßnahme ${JSON.stringify(problem.ownerRowId)} selbst`;
    case 'nachrichtlich':
      return `„enthalten in“ verweist auf ${named(problem.target)}, die nur nachrichtlich geführt wird; ihr Betrag zählt in keiner Summe`;
    case 'kette':
      return problem.kreis
        ? `„enthalten in“ bildet einen Kreis: ${problem.kreis.map((r) => `„${r.instrument}“`).join(' → ')}; so würde keiner der Beträge gezählt (Zeilen ${problem.kreis
            .slice(0, -1)
            .map((r) => JSON.stringify(r.id))
            .join(', ')})`
        : `„enthalten in“ verweist auf ${named(problem.target)}, deren Betrag selbst in einer anderen Zeile enthalten ist; wählen Sie die Zeile, die den Betrag trägt`;
  }
}

/**
 * The rows of `candidates` the Finanzierung of `row` may offer as "enthalten in". None when
 * other rows are "enthalten in" `row`: its money must stay counted for theirs to be.
 */
export function enthaltenChoices(
  plan: Plan,
  row: InstrumentRow,
  candidates: readonly PortfolioRow[],
): InstrumentRow[] {
  if (holdsMoneyOfOthers(plan, row.id)) return [];
  return candidates.filter((c): c is InstrumentRow => c.kind === 'instrument' && mayHoldMoneyOf(c, row.id));
}

/** Rows whose money sits in row `id`. */
export function rowsEnthaltenIn(plan: Plan, id: Id): InstrumentRow[] {
  const out: InstrumentRow[] = [];
  for (const area of plan.schwerpunkte)
    for (const r of area.rows)
      if (r.kind === 'instrument' && r.finanzierung.art === 'enthalten' && r.finanzierung.inRowId === id)
        out.push(r);
  return out;
}

// Ids that other rows are "enthalten in", per schwerpunkte array: a paste into the Finanzierung
// column asks once per cell.
const targetsCache = new WeakMap<Plan['schwerpunkte'], Set<Id>>();

function holdsMoneyOfOthers(plan: Plan, id: Id): boolean {
  let targets = targetsCache.get(plan.schwerpunkte);
  if (!targets) {
    targets = new Set();
    for (const area of plan.schwerpunkte)
      for (const r of area.rows)
        if (r.kind === 'instrument' && r.finanzierung.art === 'enthalten' && r.finanzierung.inRowId !== null)
          targets.add(r.finanzierung.inRowId);
    targetsCache.set(plan.schwerpunkte, targets);
  }
  return targets.has(id);
}
