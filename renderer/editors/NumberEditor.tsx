/**
 * Cell editor for numbers: starts with the typed key (replacing the value) or, on F2 and
 * double-click, with the stored formula or plain number. It does not parse: the grid writes
 * the text like a paste (sheet/writeCells.ts) and, when it cannot be read, the editor stays
 * open with the German message beside the cell.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { SheetRow } from '../sheet/cellSpec';
import { editText } from '../sheet/writeCells';
import { planStore } from '../state/planStore';
import type { ActiveEditor } from './activeEditor';
import { clearActiveEditor, setActiveEditor } from './activeEditor';

/** Text the editor opens with: the typed character replaces, F2/Enter/double-click keeps. */
export function initialEditText(eventKey: string | null | undefined, current: string): string {
  if (eventKey && eventKey.length === 1) return eventKey;
  if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
  return current;
}

export function NumberEditor(props: CustomCellEditorProps<SheetRow, string>) {
  const colId = props.column.getColId();
  const spec = props.data?.cells[colId];
  const current = useMemo(() => (spec?.kind === 'input' ? editText(spec, planStore.getState()) : ''), [spec]);
  const [text, setText] = useState(() => initialEditText(props.eventKey, current));
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const textRef = useRef(text);
  textRef.current = text;
  const [rect, setRect] = useState<DOMRect | null>(null);

  useEffect(() => {
    props.onValueChange(text);
  }, []);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    const end = input.value.length;
    input.setSelectionRange(end, end);
  }, []);

  // A layout effect: registered before the next key can arrive.
  useLayoutEffect(() => {
    if (!spec || spec.kind !== 'input') return undefined;
    const editor: ActiveEditor = {
      text: () => inputRef.current?.value ?? textRef.current,
      showError: (message) => {
        setError(message);
        setRect(inputRef.current?.getBoundingClientRect() ?? null);
      },
    };
    setActiveEditor(editor);
    return () => clearActiveEditor(editor);
  }, [spec]);

  const errorId = `cell-error-${props.node.id ?? 'x'}-${colId}`;
  const label = `${props.colDef.headerName ?? colId} bearbeiten`;
  return (
    <>
      <input
        ref={inputRef}
        className="cell-editor-input"
        data-testid="cell-editor"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
          props.onValueChange(e.target.value);
        }}
      />
      {error && rect
        ? createPortal(
            <div
              id={errorId}
              role="alert"
              className="cell-error"
              data-testid="cell-error"
              style={{ left: rect.left, top: rect.bottom + 2, minWidth: Math.max(rect.width, 260) }}
            >
              {error}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
