/**
 * Two windows on one plan: which cells both wrote. The autosave re-applies this window's
 * commands on top of the newer stored plan (last write wins per cell) and names these cells
 * in both windows.
 */
import type { Command } from '../commands/command';
import type { CellKey } from '../model/cellKey';

/** Input cells a command writes (for conflict messages); structural commands write none. */
export function commandCellKeys(cmd: Command): CellKey[] {
  switch (cmd.type) {
    case 'setInputs':
      return cmd.changes.map((c) => c.key);
    case 'batch':
      return cmd.commands.flatMap(commandCellKeys);
    default:
      return [];
  }
}

/** Cells both sides wrote: the ones where the last write won over the other window's value. */
export function conflictingKeys(mine: readonly Command[], theirs: readonly Command[]): CellKey[] {
  const own = new Set(mine.flatMap(commandCellKeys));
  return [...new Set(theirs.flatMap(commandCellKeys).filter((k) => own.has(k)))];
}
