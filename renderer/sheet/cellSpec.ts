/**
 * What a grid cell shows and how it is edited, independent of AG Grid: input cells address
 * the plan by their stable key, derived cells a figure of the Calculation, text cells a
 * TextTarget. Grids build rows of these; SheetGrid renders and edits them uniformly.
 */
import type { FigureUnit } from '../../shared/calc/figureDef';
import type { FigureId } from '../../shared/calc/expr';
import type { Command, TextTarget } from '../../shared/commands/command';
import type { CellKey, InputUnit } from '../../shared/model/cellKey';
import { readText } from '../../shared/commands/readText';
import { currentInputValue, readInput } from '../../shared/model/inputs';
import type { Plan } from '../../shared/model/plan';
import { formatFigure, formatSchluessel } from '../../shared/format/numberFormat';
import { formatRange } from '../../shared/format/rangeFormat';
import type { PlanState } from '../state/planStore';

export interface ChoiceOption {
  value: string;
  label: string;
}

export type CellSpec =
  /**
   * A typed number. `figure`: show this figure instead (Umschichtung as amount or share).
   * `bis`: a range of cases, `key` the lower end, typed and shown as "60–150".
   * `fallback`: shown while the cell is empty (a reference's part: its owner's value).
   */
  | {
      kind: 'input';
      key: CellKey;
      unit: InputUnit;
      figure?: FigureId;
      bis?: CellKey;
      fallback?: CellKey;
      nachrichtlich?: boolean;
      /** Decimal places shown (percent for ratios and changes). */
      digits?: number;
    }
  /** A derived number: read-only. `bis`: the upper end of a range ("800–1.200"). */
  | {
      kind: 'figure';
      id: FigureId;
      unit: FigureUnit;
      bis?: FigureId;
      nachrichtlich?: boolean;
      percentDigits?: number;
      digits?: number;
      /** A caseload shown as 1:n. */
      schluessel?: boolean;
    }
  /** Another row's input shown read-only (references); `bis`: the upper end of its range. */
  | { kind: 'view'; key: CellKey; unit: InputUnit; digits?: number; bis?: CellKey }
  | { kind: 'text'; target: TextTarget; multiline?: boolean; strong?: boolean }
  | {
      kind: 'choice';
      options: (plan: Plan) => ChoiceOption[];
      get: (plan: Plan) => string;
      /** The command for a chosen value, built on the plan as it is when the value is set. */
      set: (value: string, plan: Plan) => Command | null;
      display?: (plan: Plan) => string;
    }
  | { kind: 'label'; text: string | ((s: PlanState) => string); strong?: boolean };

export type SheetRowKind = 'data' | 'group' | 'subtotal' | 'total' | 'reference' | 'note';

export interface SheetRow {
  /** Stable AG Grid row id (instrument rows use the plan's row id). */
  id: string;
  kind: SheetRowKind;
  cells: Partial<Record<string, CellSpec>>;
  /** Area the row belongs to (portfolio), for inserting and moving rows. */
  areaId?: string;
  /** Instrument or reference row id in the plan. */
  planRowId?: string;
  /** Its inputs, figures and texts are all its plan row's own (see OutlineRow.ownRowOnly). */
  ownRowOnly?: boolean;
  nachrichtlich?: boolean;
}

export interface SheetColumn {
  id: string;
  header: string;
  headerTooltip?: string;
  width: number;
  minWidth?: number;
  flex?: number;
  align: 'left' | 'right';
  pinned?: 'left';
  wrap?: boolean;
}

export function isEditable(spec: CellSpec | undefined): boolean {
  return !!spec && (spec.kind === 'input' || spec.kind === 'text' || spec.kind === 'choice');
}

export { readText };

/** The raw value of a cell: number for numeric cells (null when empty), text otherwise. */
export function cellValue(spec: CellSpec | undefined, s: PlanState): number | string | null {
  if (!spec) return null;
  switch (spec.kind) {
    case 'input':
      return currentInputValue(s.plan, spec, s.calc);
    case 'view':
      return readInput(s.plan, spec.key) ?? null;
    case 'figure':
      return s.calc.get(spec.id);
    case 'text':
      return readText(s.plan, spec.target);
    case 'choice':
      return spec.display ? spec.display(s.plan) : spec.get(s.plan);
    case 'label':
      return typeof spec.text === 'function' ? spec.text(s) : spec.text;
  }
}

export function cellUnit(spec: CellSpec | undefined): FigureUnit | undefined {
  if (!spec) return undefined;
  return spec.kind === 'input' || spec.kind === 'view' || spec.kind === 'figure' ? spec.unit : undefined;
}

/** The text a cell shows, German-formatted. */
export function displayText(spec: CellSpec | undefined, s: PlanState): string {
  if (!spec) return '';
  const v = cellValue(spec, s);
  const n = spec.kind === 'input' || spec.kind === 'figure' ? spec.nachrichtlich : undefined;
  // A range of cases shows both ends: "60–150".
  if (spec.kind === 'input' && spec.bis !== undefined)
    return formatRange(
      v as number | null,
      readInput(s.plan, spec.bis) ?? null,
      n ? { nachrichtlich: true } : undefined,
    );
  if (spec.kind === 'view' && spec.bis !== undefined)
    return formatRange(v as number | null, readInput(s.plan, spec.bis) ?? null);
  if (spec.kind === 'figure' && spec.bis !== undefined)
    return formatRange(v as number | null, s.calc.get(spec.bis), n ? { nachrichtlich: true } : undefined);
  switch (spec.kind) {
    case 'input':
      return formatFigure(v as number | null, spec.unit, {
        ...(spec.nachrichtlich ? { nachrichtlich: true } : {}),
        ...(spec.digits !== undefined ? { digits: spec.digits } : {}),
      });
    case 'view':
      return formatFigure(
        v as number | null,
        spec.unit,
        spec.digits !== undefined ? { digits: spec.digits } : {},
      );
    case 'figure':
      if (spec.schluessel) return formatSchluessel(v as number | null);
      return formatFigure(v as number | null, spec.unit, {
        ...(spec.nachrichtlich ? { nachrichtlich: true } : {}),
        ...(spec.percentDigits !== undefined ? { percentDigits: spec.percentDigits } : {}),
        ...(spec.digits !== undefined ? { digits: spec.digits } : {}),
      });
    default:
      return v === null ? '' : String(v);
  }
}
