/**
 * Copy, cut, paste, Ctrl+D and Delete over the selection. What they write is decided by
 * sheet/rangeWrites.ts and stored by sheet/writeCells.ts, the path a typed value takes too;
 * each is one command, so one undo step. Values a paste brings for read-only cells are not
 * taken; the status line names those cells.
 */
import { useMemo } from 'react';
import type { ClipboardEvent } from 'react';
import { serializeHtmlTable } from '../../../shared/clipboard/htmlTable';
import { serializeTsv } from '../../../shared/clipboard/tsv';
import { blockFromClipboard, copyBlock } from '../../sheet/clipboard';
import { boundsOf, clearWrites, fillDownWrites, planPaste } from '../../sheet/rangeWrites';
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
  /** Pastes clipboard contents (HTML table or tab-separated text) at the selection. */
  paste(html: string | null, text: string | null): void;
  /** The text of the last copy in this window (the context menu's paste falls back to it). */
  lastCopy(): { html: string; text: string } | null;
  /** Copy (or cut) the selection without a key: the context menu. */
  copyFromMenu(cut: boolean): void;
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

const SKIPPED_SHOWN = 4;

/** The status line's note on values a paste left out. */
export function skippedNote(skipped: readonly string[]): string {
  const n = skipped.length;
  const named = skipped.slice(0, SKIPPED_SHOWN).join('; ');
  const more = n > SKIPPED_SHOWN ? ` und ${n - SKIPPED_SHOWN} weitere` : '';
  return `${n === 1 ? '1 Wert' : `${n} Werte`} nicht übernommen (berechnete oder gesperrte Zellen): ${named}${more}.`;
}

/**
 * The browser's copy command, its data set by us: `execCommand('copy')` sends its copy event
 * to the document's selection (none in the grid), not to the focused cell, so a one-off
 * listener on the document fills it. False when the browser refuses the command.
 */
function copyWithCommand(text: string, html: string): boolean {
  let done = false;
  const fill = (e: globalThis.ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.clipboardData?.setData('text/html', html);
    e.preventDefault();
    e.stopImmediatePropagation();
    done = true;
  };
  document.addEventListener('copy', fill, true);
  try {
    return document.execCommand('copy') && done;
  } finally {
    document.removeEventListener('copy', fill, true);
  }
}

export function useClipboard(live: GridLive, selection: SelectionControl): ClipboardControl {
  return useMemo(() => {
    let last: { html: string; text: string } | null = null;
    const clear = () => {
      const sel = selection.current();
      if (sel) write(clearWrites(live.view, toRange(sel)), 'Zellen leeren');
    };
    const copy = (e: ClipboardEvent<HTMLDivElement>, cut: boolean) => {
      const sel = selection.current();
      if (isEditorTarget(e.target) || !sel) return;
      const block = copyBlock(live.view, toRange(sel), planStore.getState());
      last = { text: serializeTsv(block), html: serializeHtmlTable(block) };
      e.clipboardData.setData('text/plain', last.text);
      e.clipboardData.setData('text/html', last.html);
      e.preventDefault();
      if (cut) clear();
      else uiStore.say(`${block.length * (block[0]?.length ?? 0)} Zellen kopiert.`);
    };
    const paste = (html: string | null, text: string | null) => {
      const sel = selection.current();
      if (!sel) return;
      const block = blockFromClipboard(html, text);
      if (block.length === 0) return;
      const plan = planPaste(live.view, sel, block, live.props.pasteRows);
      const res = writeCells(plan.writes, planStore.getState(), 'Einfügen');
      if (!res.ok) {
        uiStore.say(res.message, 'error');
        return;
      }
      const commands = [...(plan.prelude ? [plan.prelude] : []), ...(res.command ? [res.command] : [])];
      if (commands.length === 0) {
        uiStore.say(
          `Nichts eingefügt. ${res.skipped.length ? skippedNote(res.skipped) : ''}`.trim(),
          'error',
        );
        return;
      }
      const label = res.cells === 1 ? 'Zelle einfügen' : `${res.cells} Zellen einfügen`;
      if (!runCommand({ type: 'batch', label, commands })) return;
      if (res.skipped.length) uiStore.say(`${label}. ${skippedNote(res.skipped)}`);
      const { target, rowIds } = plan;
      // The pasted range is selected once the rows are rebuilt (new portfolio rows), wherever
      // its rows then are (under a heading the new rows start below it).
      requestAnimationFrame(() => {
        const at = rowIds.map((id) => live.index.rowPos.get(id)).filter((i): i is number => i !== undefined);
        const top = at.length ? Math.min(...at) : target.top;
        const bottom = at.length ? Math.max(...at) : target.bottom;
        const next = {
          anchor: { row: top, col: target.left },
          head: { row: bottom, col: target.right },
        };
        selection.set(clampSelection(next, boundsOf(live.view)));
      });
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
      paste,
      lastCopy: () => last,
      copyFromMenu: (cut) => {
        const sel = selection.current();
        if (!sel) return;
        const block = copyBlock(live.view, toRange(sel), planStore.getState());
        last = { text: serializeTsv(block), html: serializeHtmlTable(block) };
        const n = block.length * (block[0]?.length ?? 0);
        if (!copyWithCommand(last.text, last.html))
          uiStore.say(
            `In die Zwischenablage ließ sich nichts legen: bitte ${cut ? 'Strg+X' : 'Strg+C'} verwenden.`,
            'error',
          );
        else if (cut) clear();
        else uiStore.say(`${n} Zellen kopiert.`);
      },
      onCopy: (e) => copy(e, false),
      onCut: (e) => copy(e, true),
      onPaste: (e) => {
        if (isEditorTarget(e.target) || !selection.current()) return;
        e.preventDefault();
        paste(e.clipboardData.getData('text/html'), e.clipboardData.getData('text/plain'));
      },
    };
  }, [live, selection]);
}
