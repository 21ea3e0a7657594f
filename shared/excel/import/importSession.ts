/**
 * The plan while an import takes the workbook's edits: every edit goes through the app's own
 * commands (shared/commands), so the import accepts exactly what the grid accepts. A command
 * the app refuses becomes an entry "nicht übernommen" with the command's German message.
 */
import { CommandError, applyCommand } from '../../commands/applyCommand';
import type { Command } from '../../commands/command';
import type { CellKey } from '../../model/cellKey';
import type { Plan } from '../../model/plan';
import { colName } from '../layout/types';
import type { ImportChange } from './changeList';
import { ChangeList } from './changeList';

/** A place in the edited workbook: sheet, 1-based row and column. */
export interface Place {
  sheet: string;
  row: number;
  col: number;
}

export const cellOf = (p: Pick<Place, 'row' | 'col'>): string => `${colName(p.col)}${p.row}`;

export class ImportSession {
  plan: Plan;
  readonly list: ChangeList;
  /** Where each input cell compared stands in the edited workbook. */
  readonly inputPlaces = new Map<CellKey, Place>();

  constructor(
    readonly original: Plan,
    sheetOrder: readonly string[],
  ) {
    this.plan = original;
    this.list = new ChangeList(sheetOrder);
  }

  /** Lists a change not taken at `at`; `found` is the shown content there. */
  skip(at: Place, found: string, reason: string, cell: string = cellOf(at)): void {
    this.list.skipped({ sheet: at.sheet, cell, found, reason }, at.row, at.col);
  }

  /** Lists a change taken without a command of its own (e.g. part of a new row). */
  took(at: Place, change: Omit<ImportChange, 'sheet' | 'cell'>, cell: string = cellOf(at)): void {
    this.list.took({ sheet: at.sheet, cell, ...change }, at.row, at.col);
  }

  /** Applies `command`; null on success, else the app's German reason for refusing it. */
  attempt(command: Command): string | null {
    try {
      this.plan = applyCommand(this.plan, command).plan;
      return null;
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      return e.message.replace(/\.$/, '');
    }
  }

  /**
   * Applies `command`; on success lists `change` (computed from the plans before and after),
   * on refusal lists the command's message as the reason. True when it was applied.
   */
  apply(
    at: Place,
    found: string,
    command: Command,
    change: ((before: Plan, after: Plan) => Omit<ImportChange, 'sheet' | 'cell'>) | null,
    cell: string = cellOf(at),
  ): boolean {
    const before = this.plan;
    const refused = this.attempt(command);
    if (refused !== null) {
      this.skip(at, found, refused, cell);
      return false;
    }
    if (change) this.took(at, change(before, this.plan), cell);
    return true;
  }
}
