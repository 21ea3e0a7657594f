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
import { formatFigure } from '../../shared/format/numberFormat';
import type { PlanState } from '../state/planStore';

export interface ChoiceOption {
  value: string;
  label: string;
}

export type CellSpec =
  /** A typed number. `figure`: show this figure instead (Umschichtung as amount or share). */
  | { kind: 'input'; key: CellKey; unit: InputUnit; figure?: FigureId; nachrichtlich?: boolean }
  /** A derived number: read-only. */
  | { kind: 'figure'; id: FigureId; unit: FigureUnit; nachrichtlich?: boolean; percentDigits?: number }
  /** Another row's input shown read-only (references). */
  | { kind: 'view'; key: CellKey; unit: InputUnit }
  | { kind: 'text'; target: TextTarget; multiline?: boolean; strong?: boolean }
  | {
      kind: 'choice';
      options: (plan: Plan) => ChoiceOption[];
      get: (plan: Plan) => string;
      set: (value: string) => Command | null;
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
  switch (spec.kind) {
    case 'input':
      return formatFigure(
        v as number | null,
        spec.unit,
        spec.nachrichtlich ? { nachrichtlich: true } : undefined,
      );
    case 'view':
      return formatFigure(v as number | null, spec.unit);
    case 'figure':
      return formatFigure(v as number | null, spec.unit, {
        ...(spec.nachrichtlich ? { nachrichtlich: true } : {}),
        ...(spec.percentDigits !== undefined ? { percentDigits: spec.percentDigits } : {}),
      });
    default:
      return v === null ? '' : String(v);
  }
}
