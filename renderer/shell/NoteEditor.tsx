/**
 * The Bemerkung of one cell or row, edited in the app dialog (Umschalt+F2 in a grid): a text
 * field focused on opening; "Speichern" or Strg+Enter keep it, an empty text removes it,
 * Escape or "Schließen" leave it unchanged. Saving is one command, so undo and the
 * Änderungsprotokoll carry it.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_NOTIZ_LENGTH } from '../../shared/input/limits';
import { noteOf } from '../../shared/model/notes';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import type { NoteRequest } from '../state/noteRequests';
import { onNoteRequest } from '../state/noteRequests';
import { closeDialog, showDialog } from './appDialog';

type NoteTarget = NoteRequest;

function NoteEditor({ target }: { target: NoteTarget }) {
  const before = noteOf(planStore.getState().plan, target.key);
  const [text, setText] = useState(before);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // After showModal() has placed its own focus.
    const id = requestAnimationFrame(() => field.current?.focus());
    return () => cancelAnimationFrame(id);
  }, []);
  const save = (value: string) => {
    closeDialog();
    if (value.trim() === before) return;
    const r = planStore.execute({ type: 'setNote', ...target, text: value });
    if (!r.ok) uiStore.say(r.message, 'error');
  };
  return (
    <div className="note-editor">
      <label htmlFor="note-text">Bemerkung (Begründung für die Trägerversammlung)</label>
      <textarea
        id="note-text"
        ref={field}
        data-testid="note-text"
        rows={5}
        cols={60}
        maxLength={MAX_NOTIZ_LENGTH}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save(text);
          }
        }}
      />
      <div className="button-group">
        <button type="button" data-testid="note-save" onClick={() => save(text)}>
          Speichern
        </button>
        {before ? (
          <button type="button" data-testid="note-delete" onClick={() => save('')}>
            Bemerkung löschen
          </button>
        ) : null}
      </div>
    </div>
  );
}

function openNoteEditor(target: NoteTarget): void {
  showDialog({
    title: `Bemerkung zu ${target.where}`,
    body: <NoteEditor target={target} />,
    testId: 'note-dialog',
  });
}

/** Side effect: grids' Umschalt+F2 opens the dialog (state/noteRequests.ts). */
export function registerNoteEditor(): void {
  onNoteRequest(openNoteEditor);
}
