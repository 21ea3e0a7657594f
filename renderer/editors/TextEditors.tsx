/**
 * Cell editors for text: one line (Instrument, names), a comfortable multi-line popup for the
 * Funktion im Integrationsprozess (Enter starts a new line, Strg+Enter or Tab takes it over),
 * and a choice list (Förderkategorie, Finanzierung, nachrichtlich).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { ChoiceOption, SheetRow } from '../sheet/cellSpec';
import { cellValue, readText } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { initialEditText } from './NumberEditor';
import { clearActiveEditor, consumeSelectAll, setActiveEditor } from './activeEditor';
import { CheckedInput, useEditorError } from './CellError';

/**
 * Registers the editor's current text for the grid's commit in the keystroke (Enter, Tab);
 * with `showError`, a refused text (a month before the run's start) shows its message.
 */
function useRegisterText(text: string, showError?: (message: string) => void): void {
  const textRef = useRef(text);
  textRef.current = text;
  useLayoutEffect(() => {
    const editor = { text: () => textRef.current, ...(showError ? { showError } : {}) };
    setActiveEditor(editor);
    return () => clearActiveEditor(editor);
  }, [showError]);
}

function useInitialText(props: CustomCellEditorProps<SheetRow, string>): string {
  const spec = props.data?.cells[props.column.getColId()];
  return useMemo(() => {
    if (!spec || spec.kind !== 'text') return '';
    return readText(planStore.getState().plan, spec.target);
  }, [spec]);
}

export function TextEditor(props: CustomCellEditorProps<SheetRow, string>) {
  const current = useInitialText(props);
  const [text, setText] = useState(() => initialEditText(props.eventKey, current));
  const ref = useRef<HTMLInputElement>(null);
  const failure = useEditorError(ref, `cell-error-${props.node.id ?? 'x'}-${props.column.getColId()}`);
  useRegisterText(text, failure.show);
  useEffect(() => props.onValueChange(text), []);
  useLayoutEffect(() => {
    ref.current?.focus();
    if (consumeSelectAll()) ref.current?.select();
    else {
      const end = ref.current?.value.length ?? 0;
      ref.current?.setSelectionRange(end, end);
    }
  }, []);
  return (
    <CheckedInput
      inputRef={ref}
      className="cell-editor-input cell-editor-text"
      label={`${props.colDef.headerName ?? ''} bearbeiten`}
      value={text}
      failure={failure}
      onText={(t) => {
        setText(t);
        props.onValueChange(t);
      }}
    />
  );
}

export function LongTextEditor(props: CustomCellEditorProps<SheetRow, string>) {
  const current = useInitialText(props);
  const [text, setText] = useState(() => initialEditText(props.eventKey, current));
  useRegisterText(text);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => props.onValueChange(text), []);
  useLayoutEffect(() => {
    ref.current?.focus();
    const end = ref.current?.value.length ?? 0;
    ref.current?.setSelectionRange(end, end);
  }, []);
  return (
    <div className="long-text-editor">
      <textarea
        ref={ref}
        data-testid="cell-editor"
        aria-label={`${props.colDef.headerName ?? ''} bearbeiten (Strg+Enter übernimmt, Esc verwirft)`}
        value={text}
        rows={7}
        onChange={(e) => {
          setText(e.target.value);
          props.onValueChange(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            props.stopEditing();
          }
        }}
      />
      <div className="long-text-hint">
        Enter: neue Zeile · Strg+Enter oder Tab: übernehmen · Esc: verwerfen
      </div>
    </div>
  );
}

/**
 * The option typed letters pick, as in Excel's validation lists: the first whose label (or
 * value) starts with them, ignoring case ("i" → "I. …", "j" → "ja", "iv.1" → "IV.1 …").
 */
export function optionForTyped(options: readonly ChoiceOption[], typed: string): ChoiceOption | undefined {
  const t = typed.trim().toLocaleLowerCase('de-DE');
  if (!t) return undefined;
  const starts = (s: string) => s.toLocaleLowerCase('de-DE').startsWith(t);
  return options.find((o) => starts(o.label)) ?? options.find((o) => o.value !== '' && starts(o.value));
}

/** Letters typed in a row pick by their start; a pause of a second starts anew. */
const TYPEAHEAD_MS = 1000;

export function ChoiceEditor(props: CustomCellEditorProps<SheetRow, string>) {
  const spec = props.data?.cells[props.column.getColId()];
  const plan = planStore.getState().plan;
  const options = spec && spec.kind === 'choice' ? spec.options(plan) : [];
  const typedRef = useRef({ text: '', at: 0 });
  const [value, setValue] = useState(() => {
    const current = spec && spec.kind === 'choice' ? spec.get(plan) : '';
    // The key that opened the editor picks (Excel), it is not lost.
    const key = props.eventKey;
    if (!key || key.length !== 1) return current;
    typedRef.current = { text: key, at: Date.now() };
    return optionForTyped(options, key)?.value ?? current;
  });
  useRegisterText(value);
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => props.onValueChange(value), []);
  useLayoutEffect(() => ref.current?.focus(), []);
  const shown = spec ? cellValue(spec, planStore.getState()) : '';
  return (
    <select
      ref={ref}
      className="cell-editor-input"
      data-testid="cell-editor"
      aria-label={`${props.colDef.headerName ?? ''} wählen (bisher ${shown ?? ''})`}
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        props.onValueChange(e.target.value);
      }}
      onKeyDown={(e) => {
        if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
        // Our own type-ahead on the labels' starts (the browser's would jump by first letters only).
        e.preventDefault();
        const now = Date.now();
        const prev = typedRef.current;
        const text = now - prev.at < TYPEAHEAD_MS ? prev.text + e.key : e.key;
        typedRef.current = { text, at: now };
        const hit = optionForTyped(options, text) ?? optionForTyped(options, e.key);
        if (hit) {
          setValue(hit.value);
          props.onValueChange(hit.value);
        }
      }}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
