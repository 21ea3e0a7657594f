/**
 * The German message beside a cell editor whose text was refused (a number that cannot be
 * read, a month before the run's start): shown under the editor, announced, and linked to the
 * editor by aria-describedby. Number and text editors share it.
 */
import { useCallback, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface EditorError {
  error: string | null;
  /** Shows the message under the editor's input. */
  show(message: string): void;
  /** Hides it again (the user types on). */
  clear(): void;
  /** Props for the input: marks it invalid and names the message. */
  inputProps: { 'aria-invalid'?: true; 'aria-describedby'?: string };
  popup: ReactNode;
}

export function useEditorError(inputRef: RefObject<HTMLElement | null>, id: string): EditorError {
  const [error, setError] = useState<string | null>(null);
  const [rect, setRect] = useState<DOMRect | null>(null);
  const show = useCallback(
    (message: string) => {
      setError(message);
      setRect(inputRef.current?.getBoundingClientRect() ?? null);
    },
    [inputRef],
  );
  const clear = useCallback(() => setError(null), []);
  return {
    error,
    show,
    clear,
    inputProps: error ? { 'aria-invalid': true, 'aria-describedby': id } : {},
    popup:
      error && rect
        ? createPortal(
            <div
              id={id}
              role="alert"
              className="cell-error"
              data-testid="cell-error"
              style={{ left: rect.left, top: rect.bottom + 2, minWidth: Math.max(rect.width, 260) }}
            >
              {error}
            </div>,
            document.body,
          )
        : null,
  };
}

/** A one-line cell editor's input with its message: typing hides the message again. */
export function CheckedInput(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  className: string;
  label: string;
  value: string;
  failure: EditorError;
  onText(text: string): void;
}) {
  return (
    <>
      <input
        ref={props.inputRef}
        className={props.className}
        data-testid="cell-editor"
        aria-label={props.label}
        {...props.failure.inputProps}
        value={props.value}
        onChange={(e) => {
          props.failure.clear();
          props.onText(e.target.value);
        }}
      />
      {props.failure.popup}
    </>
  );
}
