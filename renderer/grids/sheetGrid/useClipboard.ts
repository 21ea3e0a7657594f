/**
 * Copy, cut, paste, Ctrl+D and Delete over the selection. What they write is decided by
 * sheet/rangeWrites.ts and stored by sheet/writeCells.ts, the path a typed value takes too;
 * each is one command, so one undo step.
 */
import { useMemo } from 'react';
import type { ClipboardEvent } from 'react';
import { serializeHtmlTable } from '../../../shared/clipboard/htmlTable';
import { serializeTsv } from '../../../shared/clipboard/tsv';
import { blockFromClipboard, copyBlock } from '../../sheet/clipboard';
import { boundsOf, clearWrites, fillDownWrites, planPaste } from '../../sheet/rangeWrites';
import type { Selection } from '../../sheet/selection';
import { clampSelection, toRange } from '../../sheet/selection';
import type { CellWrite } from '../../sheet/writeCells';
import { writeCells } from '../../sheet/writeCells';
import { planStore } from '../../state/planStore';
import { runCommand } from '../../state/actions';
import { uiStore } from '../../state/uiStore';
import type { GridLive } from './types';
import type { SelectionControl } from './useSelection';

export interface ClipboardControl {
  clear(): void;
  fillDown(): void;
  onCopy(e: ClipboardEvent<HTMLDivElement>): void;
  onCut(e: ClipboardEvent<HTMLDivElement>): void;
  onPaste(e: ClipboardEvent<HTMLDivElement>): void;
}

/** Events inside an open editor are the editor's (copy and paste of its text). */
const isEditorTarget = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, select');

/** Writes the cells as one command; a cell that cannot be read refuses all with its message. */
function write(writes: CellWrite[], label: string): boolean {
  const r = writeCells(writes, planStore.getState(), label);
  if (!r.ok) {
    uiStore.say(r.message, 'error');
    return false;
  }
  return runCommand(r.command);
}

export function useClipboard(live: GridLive, selection: SelectionControl): ClipboardControl {
  return useMemo(() => {
    const clear = () => {
      const sel = selection.current();
      if (sel) write(clearWrites(live.view, toRange(sel)), 'Zellen leeren');
    };
    const copy = (e: ClipboardEvent<HTMLDivElement>, cut: boolean) => {
      const sel = selection.current();
      if (isEditorTarget(e.target) || !sel) return;
      const block = copyBlock(live.view, toRange(sel), planStore.getState());
      e.clipboardData.setData('text/plain', serializeTsv(block));
      e.clipboardData.setData('text/html', serializeHtmlTable(block));
      e.preventDefault();
      if (cut) clear();
      else uiStore.say(`${block.length * (block[0]?.length ?? 0)} Zellen kopiert.`);
    };
    return {
      clear,
      fillDown: () => {
        const sel = selection.current();
        if (!sel) return;
        const range = toRange(sel);
        if (range.bottom === range.top) return;
        write(fillDownWrites(live.view, range, planStore.getState()), 'Nach unten ausfüllen');
      },
      onCopy: (e) => copy(e, false),
      onCut: (e) => copy(e, true),
      onPaste: (e) => {
        const sel = selection.current();
        if (isEditorTarget(e.target) || !sel) return;
        e.preventDefault();
        const block = blockFromClipboard(
          e.clipboardData.getData('text/html'),
          e.clipboardData.getData('text/plain'),
        );
        if (block.length === 0) return;
        const paste = planPaste(live.view, sel, block, live.props.pasteRows);
        const res = writeCells(paste.writes, planStore.getState(), 'Einfügen');
        if (!res.ok) {
          uiStore.say(res.message, 'error');
          return;
        }
        const commands = [...(paste.prelude ? [paste.prelude] : []), ...(res.command ? [res.command] : [])];
        if (commands.length === 0) return;
        const label = res.cells === 1 ? 'Zelle einfügen' : `${res.cells} Zellen einfügen`;
        if (runCommand({ type: 'batch', label, commands })) {
          const { target } = paste;
          const next: Selection = {
            anchor: { row: target.top, col: target.left },
            head: { row: target.bottom, col: target.right },
          };
          // The pasted range is selected once the rows are rebuilt (new portfolio rows).
          requestAnimationFrame(() => selection.set(clampSelection(next, boundsOf(live.view))));
        }
      },
    };
  }, [live, selection]);
}
