/**
 * Copy, paste, fill-down and clear of cell ranges as commands (no DOM here; SheetGrid wires
 * the clipboard events). A paste or Ctrl+D becomes one `batch` command, so one undo step.
 * Pasted numbers are read like typed ones (German decimal commas, `2,2 Mio`, `=120*2400`);
 * one unreadable cell refuses the whole paste with a German message naming it.
 */
import type { Command, InputChange } from '../../shared/commands/command';
import { formatInputForEditing } from '../../shared/format/numberFormat';
import { parseCellInput } from '../../shared/input/parseCellInput';
import { readInput } from '../../shared/model/inputs';
import type { Plan } from '../../shared/model/plan';
import type { CellBlock } from '../../shared/clipboard/tsv';
import { parseTsv } from '../../shared/clipboard/tsv';
import { parseHtmlTable } from '../../shared/clipboard/htmlTable';
import type { CellSpec } from './cellSpec';
import { cellValue } from './cellSpec';
import type { PlanState } from '../state/planStore';

/** Block from the clipboard: the HTML table when there is one (Excel, LibreOffice), else TSV. */
export function blockFromClipboard(
  html: string | null | undefined,
  text: string | null | undefined,
): CellBlock {
  const fromHtml = html ? parseHtmlTable(html) : null;
  if (fromHtml && fromHtml.length > 0) return fromHtml;
  return parseTsv(text ?? '');
}

/** The text a cell contributes to a copy: numbers as plain German numbers Excel reads back. */
export function copyText(spec: CellSpec | undefined, s: PlanState): string {
  if (!spec) return '';
  const v = cellValue(spec, s);
  if (spec.kind === 'input' || spec.kind === 'figure' || spec.kind === 'view')
    return typeof v === 'number' ? formatInputForEditing(v, spec.unit) : '';
  return v === null ? '' : String(v);
}

export type PasteResult =
  { ok: true; command: Command | null; cells: number } | { ok: false; message: string };

export interface PasteCell {
  spec: CellSpec | undefined;
  /** For messages: e.g. "Zeile 3, Mittelansatz". */
  where: string;
  text: string;
}

function choiceValue(spec: Extract<CellSpec, { kind: 'choice' }>, plan: Plan, text: string): string | null {
  const t = text.trim().toLowerCase();
  const options = spec.options(plan);
  const hit = options.find((o) => o.value.toLowerCase() === t || o.label.toLowerCase() === t);
  return hit ? hit.value : null;
}

/**
 * Commands for writing `cells` (a paste, a fill or a clear). Read-only cells are skipped,
 * as Excel skips nothing but we must: derived figures cannot be overwritten.
 */
export function writeCells(cells: readonly PasteCell[], plan: Plan, label: string): PasteResult {
  const inputs: InputChange[] = [];
  const others: Command[] = [];
  for (const c of cells) {
    const spec = c.spec;
    if (!spec) continue;
    switch (spec.kind) {
      case 'input': {
        const r = parseCellInput(c.text, spec.unit);
        if (!r.ok) return { ok: false, message: `${c.where}: ${r.message}` };
        inputs.push(
          r.formula !== undefined
            ? { key: spec.key, value: r.value, formula: r.formula }
            : { key: spec.key, value: r.value },
        );
        break;
      }
      case 'text':
        others.push({ type: 'setText', target: spec.target, value: c.text });
        break;
      case 'choice': {
        const value = choiceValue(spec, plan, c.text);
        if (value === null) {
          if (c.text.trim() === '') break;
          return { ok: false, message: `${c.where}: „${c.text}“ ist keine der möglichen Angaben.` };
        }
        const cmd = spec.set(value);
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
  if (commands.length === 0) return { ok: true, command: null, cells: 0 };
  return {
    ok: true,
    command: commands.length === 1 ? commands[0]! : { type: 'batch', label, commands },
    cells: count,
  };
}

/** Ctrl+D: the first row's cells repeated into every other row of the range, per column. */
export function fillDownCells(
  columns: readonly (readonly (CellSpec | undefined)[])[],
  s: PlanState,
): { spec: CellSpec; text: string; where: string }[] {
  const out: { spec: CellSpec; text: string; where: string }[] = [];
  for (const column of columns) {
    const [first, ...rest] = column;
    if (!first) continue;
    let text: string;
    if (first.kind === 'input') {
      const raw =
        first.figure !== undefined ? s.calc.get(first.figure) : (readInput(s.plan, first.key) ?? null);
      text = formatInputForEditing(raw, first.unit, s.plan.formeln[first.key]);
    } else text = copyText(first, s);
    for (const spec of rest)
      if (spec && spec.kind === first.kind) out.push({ spec, text, where: 'Ausfüllen' });
  }
  return out;
}
