/**
 * Compares a saved version with the current state: a table of changed inputs and of changed
 * key figures (EGT-Auslastung, totals per area, Umschichtung), for the budget officer.
 */
import { Calculation } from '../calc/engine';
import type { FigureUnit } from '../calc/figureDef';
import { figureTitle } from '../calc/figureDef';
import { zg } from '../calc/zielgruppen';
import type { CellKey, InputUnit } from '../model/cellKey';
import { inputUnit } from '../model/cellKey';
import { readInput } from '../model/inputs';
import type { Num, Plan } from '../model/plan';
import type { SheetId } from '../model/sheets';
import { inputCellLabel, inputCells } from './inputCells';
import type { TextDifference } from '../dokument/compareTexte';
import { compareTexte } from '../dokument/compareTexte';

export interface InputDifference {
  key: CellKey;
  sheet: SheetId;
  label: string;
  unit: InputUnit;
  /** `undefined`: the cell does not exist on that side (row added or removed). */
  before: Num | undefined;
  after: Num | undefined;
}

export interface FigureDifference {
  id: string;
  label: string;
  unit: FigureUnit;
  before: Num | undefined;
  after: Num | undefined;
}

export interface StructureDifference {
  what:
    | 'Zeile hinzugefügt'
    | 'Zeile entfernt'
    | 'Bereich hinzugefügt'
    | 'Bereich entfernt'
    | 'umbenannt'
    | TextDifference['what'];
  label: string;
}

export interface PlanComparison {
  inputs: InputDifference[];
  figures: FigureDifference[];
  structure: StructureDifference[];
}

/** Key figures of the comparison, in display order; per-area and per-group totals are added. */
const KEY_FIGURES = [
  'haushalt.plan.egtAuslastung',
  'haushalt.plan.restMittelFuerNeufaelle',
  'haushalt.plan.umschichtung',
  'haushalt.plan.umschichtungsquote',
  'haushalt.plan.verfuegbaresEgt',
  'haushalt.plan.mittelFuerNeufaelle',
  'haushalt.plan.geplanterMitteleinsatz',
  'portfolio.eintritte',
  'portfolio.mittelansatzEgt',
  'portfolio.mittelansatzDrittmittel',
  // The Zielvereinbarung's total Integrationsquote (F5) and its change (F6), where there are segments.
  'ziele.iq.quote',
  'ziele.iq.aenderung',
  // only in plans with kommunal rows (a figure neither plan has is skipped)
  'portfolio.mittelansatzKommunal',
  'portfolio.faelleKommunalVon',
  'portfolio.faelleKommunalBis',
];

function areaFigureIds(plan: Plan): string[] {
  return [
    ...plan.schwerpunkte.flatMap((a) => [`area.${a.id}.eintritte`, `area.${a.id}.mittelansatzEgt`]),
    ...plan.zielgruppen.flatMap((z) => [zg(z.zielgruppeId, 'eintritte'), zg(z.zielgruppeId, 'mittelEgt')]),
  ];
}

export function comparePlans(before: Plan, after: Plan): PlanComparison {
  const inputs: InputDifference[] = [];
  const afterCells = inputCells(after);
  const seen = new Set<CellKey>();
  for (const c of afterCells) {
    seen.add(c.key);
    const b = readInput(before, c.key);
    const a = readInput(after, c.key);
    if (b !== a)
      inputs.push({
        key: c.key,
        sheet: c.sheet,
        label: inputCellLabel(after, c),
        unit: inputUnit(c.ref),
        before: b,
        after: a,
      });
  }
  for (const c of inputCells(before)) {
    if (seen.has(c.key)) continue;
    const b = readInput(before, c.key);
    if (b === null) continue; // an empty cell that vanished is no change worth listing
    inputs.push({
      key: c.key,
      sheet: c.sheet,
      label: inputCellLabel(before, c),
      unit: inputUnit(c.ref),
      before: b,
      after: undefined,
    });
  }

  const calcBefore = new Calculation(before);
  const calcAfter = new Calculation(after);
  const ids = [
    ...KEY_FIGURES,
    ...areaFigureIds(after),
    ...areaFigureIds(before).filter((id) => !calcAfter.has(id)),
  ];
  const figures: FigureDifference[] = [];
  for (const id of new Set(ids)) {
    const def = calcAfter.def(id) ?? calcBefore.def(id);
    if (!def) continue;
    const b = calcBefore.has(id) ? calcBefore.get(id) : undefined;
    const a = calcAfter.has(id) ? calcAfter.get(id) : undefined;
    if (!sameFigure(b, a)) figures.push({ id, label: figureTitle(def), unit: def.unit, before: b, after: a });
  }

  return { inputs, figures, structure: compareStructure(before, after) };
}

function sameFigure(a: Num | undefined, b: Num | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

function compareStructure(before: Plan, after: Plan): StructureDifference[] {
  const out: StructureDifference[] = [];
  const rowsOf = (p: Plan) => {
    const m = new Map<string, string>();
    for (const a of p.schwerpunkte)
      for (const r of a.rows) if (r.kind === 'instrument') m.set(r.id, `${a.name} › ${r.instrument}`);
    return m;
  };
  const areasOf = (p: Plan) => new Map(p.schwerpunkte.map((a) => [a.id, a.name]));
  const [ab, aa] = [areasOf(before), areasOf(after)];
  for (const [id, name] of aa) {
    const old = ab.get(id);
    if (old === undefined) out.push({ what: 'Bereich hinzugefügt', label: name });
    else if (old !== name) out.push({ what: 'umbenannt', label: `${old} → ${name}` });
  }
  for (const [id, name] of ab) if (!aa.has(id)) out.push({ what: 'Bereich entfernt', label: name });
  const [rb, ra] = [rowsOf(before), rowsOf(after)];
  for (const [id, label] of ra) if (!rb.has(id)) out.push({ what: 'Zeile hinzugefügt', label });
  for (const [id, label] of rb) if (!ra.has(id)) out.push({ what: 'Zeile entfernt', label });
  // The Programmtext: changed sections by name.
  out.push(...compareTexte(before, after));
  return out;
}
