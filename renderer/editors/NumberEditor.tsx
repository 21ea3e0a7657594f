/**
 * Cell editor for numbers: starts with the typed key (replacing the value) or, on F2 and
 * double-click, with the stored formula or plain number. It does not parse: the grid writes
 * the text like a paste (sheet/writeCells.ts) and, when it cannot be read, the editor stays
 * open with the German message beside the cell.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { SheetRow } from '../sheet/cellSpec';
import { editText } from '../sheet/writeCells';
import { planStore } from '../state/planStore';
import type { ActiveEditor } from './activeEditor';
import { clearActiveEditor, setActiveEditor } from './activeEditor';
import { CheckedInput, useEditorError } from './CellError';

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
  const inputRef = useRef<HTMLInputElement>(null);
  const textRef = useRef(text);
  textRef.current = text;
  const failure = useEditorError(inputRef, `cell-error-${props.node.id ?? 'x'}-${colId}`);

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
      showError: failure.show,
    };
    setActiveEditor(editor);
    return () => clearActiveEditor(editor);
  }, [spec, failure.show]);

  const label = `${props.colDef.headerName ?? colId} bearbeiten`;
  return (
    <CheckedInput
      inputRef={inputRef}
      className="cell-editor-input"
      label={label}
      value={text}
      failure={failure}
      onText={(t) => {
        setText(t);
        props.onValueChange(t);
      }}
    />
  );
}
