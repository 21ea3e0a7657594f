/**
 * A confirmation inside a screen (delete a plan, restore a version): the confirming button has
 * the focus, so Enter confirms; Escape or "Abbrechen" cancel.
 */
import type { ReactNode } from 'react';
import { useInlineDialog } from './useInlineDialog';

export function ConfirmCard(props: {
  label: string;
  testId: string;
  confirm: string;
  confirmTestId?: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const dialog = useInlineDialog<HTMLDivElement>(props.onCancel);
  return (
    <div
      ref={dialog.ref}
      onKeyDown={dialog.onKeyDown}
      className="storage-card"
      role="alertdialog"
      aria-label={props.label}
      data-testid={props.testId}
    >
      <p>{props.children}</p>
      <div className="button-group">
        <button type="button" onClick={props.onConfirm} data-testid={props.confirmTestId}>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          Abbrechen
        </button>
      </div>
    </div>
  );
}
