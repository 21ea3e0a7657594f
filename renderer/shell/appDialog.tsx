/**
 * One modal dialog at a time for the Datei and Hilfe commands (Über, Tastenkürzel, Import-
 * Ergebnis, Fehler). A native `<dialog>` opened with showModal(): focus moves in and stays
 * inside, Esc closes, focus goes back to where the user was. Errors carry role="alert".
 *
 * The host is its own small React root (mountDialogHost), so the shell needs no change.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

export interface DialogAction {
  label: string;
  run: () => void;
}

export interface DialogSpec {
  title: string;
  tone?: 'info' | 'error';
  body: ReactNode;
  /** Buttons before "Schließen"; each closes the dialog, then runs. */
  actions?: DialogAction[];
  /** data-testid of the dialog element; default `app-dialog`. */
  testId?: string;
  /** The closing button's text; default "Schließen" ("Abbrechen" for a question). */
  closeLabel?: string;
  /** Closed without one of the actions (the closing button, Esc). */
  onDismiss?: () => void;
}

let current: DialogSpec | null = null;
const listeners = new Set<() => void>();

function set(spec: DialogSpec | null): void {
  current = spec;
  for (const l of [...listeners]) l();
}

/** Shows `spec`, replacing any dialog that is open. */
export function showDialog(spec: DialogSpec): void {
  set(spec);
}

export function closeDialog(): void {
  const spec = current;
  set(null);
  spec?.onDismiss?.();
}

export function isDialogOpen(): boolean {
  return current !== null;
}

/** A question (uiStore.confirm): resolves true when its action is chosen, false when closed. */
export function askInDialog(q: { title: string; message: string; confirm: string }): Promise<boolean> {
  return new Promise((resolve) => {
    showDialog({
      title: q.title,
      testId: 'confirm-dialog',
      body: <p>{q.message}</p>,
      actions: [{ label: q.confirm, run: () => resolve(true) }],
      closeLabel: 'Abbrechen',
      onDismiss: () => resolve(false),
    });
  });
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => current;

function DialogHost() {
  const spec = useSyncExternalStore(subscribe, snapshot, snapshot);
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!spec || !dialog || dialog.open) return;
    if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    dialog.showModal();
  }, [spec]);

  useEffect(() => {
    if (spec) return;
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, [spec]);

  if (!spec) return null;
  const error = spec.tone === 'error';
  return (
    <dialog
      ref={ref}
      className={`app-dialog ${error ? 'app-dialog-error' : ''}`}
      aria-labelledby="app-dialog-title"
      data-testid={spec.testId ?? 'app-dialog'}
      onClose={closeDialog}
      style={{ maxWidth: '42rem', maxHeight: '80vh', overflow: 'auto' }}
    >
      <h2 id="app-dialog-title" style={{ marginTop: 0, fontSize: '1.15rem' }}>
        {spec.title}
      </h2>
      {error ? (
        <div role="alert" data-testid="app-dialog-alert">
          {spec.body}
        </div>
      ) : (
        spec.body
      )}
      <div className="app-dialog-actions" style={{ display: 'flex', gap: '0.5rem', marginTop: '1rem' }}>
        {(spec.actions ?? []).map((a) => (
          <button
            key={a.label}
            type="button"
            onClick={() => {
              set(null);
              a.run();
            }}
          >
            {a.label}
          </button>
        ))}
        <button type="button" autoFocus data-testid="app-dialog-close" onClick={closeDialog}>
          {spec.closeLabel ?? 'Schließen'}
        </button>
      </div>
    </dialog>
  );
}

/** Side effect: appends the dialog host to `doc.body` and renders it (once). */
export function mountDialogHost(doc: Document = document): void {
  if (doc.getElementById('amip-dialogs')) return;
  const container = doc.createElement('div');
  container.id = 'amip-dialogs';
  doc.body.append(container);
  createRoot(container).render(<DialogHost />);
}
