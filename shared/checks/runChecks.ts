/**
 * The checks a budget officer expects (fachkonzept §3), all at once: every rule of CHECK_RULES
 * in order, a row rule for each instrument row in plan order; Fehler first, then Warnungen,
 * then Hinweise, each in that order. `LiveChecks` (liveChecks.ts) keeps exactly this list up to
 * date after an edit.
 */
import { Calculation } from '../calc/engine';
import { deckelInForce } from '../calc/deckel';
import type { Plan } from '../model/plan';
import { BUDGET_RULES } from './budgetChecks';
import type { CheckRule } from './checkRule';
import { runRules } from './checkRule';
import { PLAN_RULES } from './planChecks';
import { countPlatzhalter, platzhalterOhneKennzahl } from './programmChecks';
import type { Pruefung } from './pruefung';
import { severityRank } from './pruefung';
import { ROW_RULES } from './rowChecks';
import { zielRule } from './zielChecks';
import { maxZielgruppenChecks, ZIELGRUPPEN_RULES } from './zielgruppenChecks';

export type CheckRules = readonly CheckRule[];

/** Every check of the app in the list's order: a new one is added here (see docs/architecture.md). */
export const CHECK_RULES: CheckRules = [
  ...PLAN_RULES,
  ...BUDGET_RULES,
  ...ROW_RULES,
  zielRule,
  ...ZIELGRUPPEN_RULES,
  platzhalterOhneKennzahl,
];

/** Checks one instrument row can raise at most (see rowChecks; some exclude each other). */
const CHECKS_PER_ROW = 4;

/**
 * The most checks runChecks can report for `plan`, without calculating it: one per rule for the
 * whole plan, per Deckel, Bildungsziel, "darunter" line and Drittmittel programme,
 * CHECKS_PER_ROW per instrument row, those of the target groups (maxZielgruppenChecks) and a
 * generous bound for the Ziele and budget sheets (maxFeatureChecks). The import bounds the
 * Prüfungen sheet with it.
 */
export function maxChecks(plan: Plan): number {
  let rows = 0;
  for (const area of plan.schwerpunkte) for (const r of area.rows) if (r.kind === 'instrument') rows++;
  let darunter = 0;
  for (const c of plan.stammdaten.foerderkategorien)
    for (const l of c.lines) if (l.kind === 'darunter') darunter++;
  const wholePlan = 6; // Auslastung, Neufälle (plan, Vorjahr), FbW, Kennzahl II, Abschluss
  return (
    wholePlan +
    maxZielgruppenChecks(plan) +
    maxFeatureChecks(plan) +
    countPlatzhalter(plan) +
    deckelInForce(plan).length +
    plan.bildungsziele.length +
    darunter +
    plan.drittmittel.length +
    CHECKS_PER_ROW * rows
  );
}

/**
 * At most what zielChecks and budgetChecks report: a bound, not a count (each rule once per
 * target, per target and dialogue, per budget line, commitment year and row, plus the sheet-wide
 * rules), so a plan's own workbook always fits.
 */
function maxFeatureChecks(plan: Plan): number {
  const zv = plan.zielvereinbarung;
  const vp = plan.verpflichtungen;
  let rows = 0;
  for (const area of plan.schwerpunkte) rows += area.rows.length;
  const vpJahre = vp.eintraege.reduce((n, v) => n + 5 + v.jahresbetraege.length, 0);
  return (
    12 * (zv.ziele.length + 1) +
    2 * zv.ziele.length * zv.dialoge.length +
    20 +
    plan.globalbudget.schaetzungen.length +
    plan.personal.projekte.length +
    plan.personal.gruppen.length +
    vpJahre +
    vp.ermaechtigungen.length +
    rows +
    plan.drittmittel.length
  );
}

export function runChecks(
  plan: Plan,
  calc: Calculation = new Calculation(plan),
  rules: CheckRules = CHECK_RULES,
): Pruefung[] {
  return runRules(rules, plan, calc).sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
