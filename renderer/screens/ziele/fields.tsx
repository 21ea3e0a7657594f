/**
 * Form fields that write the plan when the planner is done with them (leaving the field or
 * Enter), so one typed name is one command and one undo step. A field takes the plan's value
 * again whenever it changes (undo, another window).
 */
import { useId } from 'react';
import type { ReactNode } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  testId?: string;
  disabled?: boolean;
  /** Inside a table the column header says it: the label is for screen readers only. */
  hideLabel?: boolean;
}

function FieldLabel(props: FieldProps & { id: string }) {
  return (
    <label htmlFor={props.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
      {props.label}
    </label>
  );
}

/** Writes the field's text when it differs from the plan's, once, on leaving the field. */
const commitOnBlur =
  (props: FieldProps) =>
  (e: { currentTarget: { value: string } }): void => {
    if (e.currentTarget.value !== props.value) props.onCommit(e.currentTarget.value);
  };

export function TextField(props: FieldProps & { type?: 'text' | 'date'; placeholder?: string }) {
  const id = useId();
  return (
    <div className="zv-field">
      <FieldLabel id={id} {...props} />
      <input
        id={id}
        key={props.value}
        type={props.type ?? 'text'}
        defaultValue={props.value}
        disabled={props.disabled}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onBlur={commitOnBlur(props)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </div>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number; hint?: string }) {
  const id = useId();
  return (
    <div className="zv-field zv-field-wide">
      <FieldLabel id={id} {...props} />
      <textarea
        id={id}
        key={props.value}
        rows={props.rows ?? 3}
        defaultValue={props.value}
        disabled={props.disabled}
        data-testid={props.testId}
        onBlur={commitOnBlur(props)}
      />
      {props.hint ? <span className="hint">{props.hint}</span> : null}
    </div>
  );
}

export function SelectField(
  props: FieldProps & { options: readonly { value: string; label: string }[]; children?: ReactNode },
) {
  const id = useId();
  return (
    <div className="zv-field">
      <FieldLabel id={id} {...props} />
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(e) => props.onCommit(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One entry per line ⇄ a list of texts (Anlagen, Landesschwerpunkte). */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
