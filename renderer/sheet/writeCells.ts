/**
 * The one way text gets into cells: a typed value (a paste of one cell), a paste, Ctrl+D and
 * Delete over a range all become one command here, so one undo step. Numbers are parsed here
 * and nowhere else (German decimal commas, `2,2 Mio`, `=120*2400`, shared/input); one
 * unreadable cell refuses the whole write with a German message naming it. Read-only cells
 * are skipped (derived figures cannot be overwritten) and named in the result.
 */
import { textProblem } from '../../shared/commands/budgetCommands';
import type { Command, InputChange } from '../../shared/commands/command';
import { formatInputForEditing } from '../../shared/format/numberFormat';
import { parseCellInput } from '../../shared/input/parseCellInput';
import { parseRangeInput, rangeForEditing } from '../../shared/input/parseRange';
import { umschichtungTarget } from '../../shared/input/umschichtungInput';
import { inputUnit, parseCellKey } from '../../shared/model/cellKey';
import type { FigureValues } from '../../shared/model/inputs';
import { currentInputValue, readInput } from '../../shared/model/inputs';
import type { Plan } from '../../shared/model/plan';
import type { CellSpec } from './cellSpec';
import { isEditable, readText } from './cellSpec';

/** What a write reads: the plan and its figures (the plan store's state fits). */
export interface PlanView {
  plan: Plan;
  calc: FigureValues;
}

export interface CellWrite {
  spec: CellSpec | undefined;
  text: string;
  /** Names the cell in messages, e.g. "Zeile 3, Mittelansatz"; a typed cell needs none. */
  where?: string;
}

export type WriteResult =
  | {
      ok: true;
      command: Command | null;
      cells: number;
      /** Where a value landed on a read-only cell (or no cell) and was left out. */
      skipped: string[];
    }
  | { ok: false; message: string };

export interface WriteOptions {
  /**
   * Leave out cells that would keep what they hold (typing the value a cell has records no
   * undo step); a paste, a fill and a clear are one step even where nothing changes, as in Excel.
   */
  onlyChanges?: boolean;
}

type ChoiceSpec = Extract<CellSpec, { kind: 'choice' }>;

function choiceValue(spec: ChoiceSpec, plan: Plan, text: string): string | null {
  const t = text.trim().toLowerCase();
  const hit = spec.options(plan).find((o) => o.value.toLowerCase() === t || o.label.toLowerCase() === t);
  return hit ? hit.value : null;
}

function unchangedInput(
  spec: Extract<CellSpec, { kind: 'input' }>,
  change: InputChange,
  s: PlanView,
): boolean {
  const before = currentInputValue(s.plan, spec, s.calc);
  if (before !== change.value) return false;
  // A cell shown through a figure keeps its formula when the same number is typed plainly.
  return s.plan.formeln[spec.key] === change.formula || (spec.figure !== undefined && !change.formula);
}

/** Commands for writing `cells`: one command, a `batch` labelled `label` when there are several. */
export function writeCells(
  cells: readonly CellWrite[],
  s: PlanView,
  label: string,
  options: WriteOptions = {},
): WriteResult {
  const inputs: InputChange[] = [];
  const others: Command[] = [];
  const skipped: string[] = [];
  const refuse = (c: CellWrite, message: string): WriteResult => ({
    ok: false,
    message: c.where ? `${c.where}: ${message}` : message,
  });
  for (const c of cells) {
    const spec = c.spec;
    if (!spec || !isEditable(spec)) {
      // Derived figures cannot be overwritten; a value meant for them is reported, not lost silently.
      if (c.text.trim() !== '') skipped.push(c.where ?? '');
      continue;
    }
    switch (spec.kind) {
      case 'input': {
        if (spec.bis !== undefined) {
          // A range cell: both ends in one edit ("60–150"; a single number clears the upper end).
          const r = parseRangeInput(c.text);
          if (!r.ok) return refuse(c, r.message);
          const von: InputChange =
            r.formula !== undefined
              ? { key: spec.key, value: r.von, formula: r.formula }
              : { key: spec.key, value: r.von };
          const unchanged =
            readInput(s.plan, spec.key) === r.von &&
            (readInput(s.plan, spec.bis) ?? null) === r.bis &&
            s.plan.formeln[spec.key] === r.formula;
          if (!(options.onlyChanges && unchanged)) inputs.push(von, { key: spec.bis, value: r.bis });
          break;
        }
        // A share typed into the Umschichtung's amount row (or an amount into its share row) goes to its own row.
        const key = umschichtungTarget(spec.key, c.text);
        const unit = key === spec.key ? spec.unit : inputUnit(parseCellKey(key)!);
        const r = parseCellInput(c.text, unit);
        if (!r.ok) return refuse(c, r.message);
        const change: InputChange =
          r.formula !== undefined ? { key, value: r.value, formula: r.formula } : { key, value: r.value };
        if (!(options.onlyChanges && key === spec.key && unchangedInput(spec, change, s)))
          inputs.push(change);
        break;
      }
      case 'text': {
        if (options.onlyChanges && c.text === readText(s.plan, spec.target)) break;
        // A month that cannot be read, or a run that ends before it begins, is refused at the cell.
        const problem = textProblem(s.plan, spec.target, c.text);
        if (problem) return refuse(c, problem);
        others.push({ type: 'setText', target: spec.target, value: c.text });
        break;
      }
      case 'choice': {
        const value = choiceValue(spec, s.plan, c.text);
        if (value === null) {
          if (c.text.trim() === '') break;
          return refuse(c, `„${c.text}“ ist keine der möglichen Angaben.`);
        }
        if (options.onlyChanges && value === spec.get(s.plan)) break;
        const cmd = spec.set(value, s.plan);
        if (cmd) others.push(cmd);
        break;
      }
      default:
        break;
    }
  }
  const commands: Command[] = [
    ...(inputs.length ? [{ type: 'setInputs', changes: inputs } as Command] : []),
    ...others,
  ];
  const count = inputs.length + others.length;
  if (commands.length === 0) return { ok: true, command: null, cells: 0, skipped };
  return {
    ok: true,
    command: commands.length === 1 ? commands[0]! : { type: 'batch', label, commands },
    cells: count,
    skipped,
  };
}

/** A typed value: a paste of one cell that records nothing when the cell keeps its value. */
export function writeTyped(spec: CellSpec | undefined, text: string, s: PlanView): WriteResult {
  return writeCells([{ spec, text }], s, 'Eingabe', { onlyChanges: true });
}

/**
 * The text that, written back, stores what the cell holds now (a number with its formula, a
 * choice's value): what a number editor opens with and what Ctrl+D copies down. Read-only
 * cells have none.
 */
export function editText(spec: CellSpec | undefined, s: PlanView): string {
  switch (spec?.kind) {
    case 'input':
      if (spec.bis !== undefined)
        return rangeForEditing(
          readInput(s.plan, spec.key) ?? null,
          readInput(s.plan, spec.bis) ?? null,
          s.plan.formeln[spec.key],
        );
      return formatInputForEditing(
        currentInputValue(s.plan, spec, s.calc),
        spec.unit,
        s.plan.formeln[spec.key],
      );
    case 'text':
      return readText(s.plan, spec.target);
    case 'choice':
      return spec.get(s.plan);
    default:
      return '';
  }
}
