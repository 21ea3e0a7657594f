/**
 * Every Datei/Hilfe command runs through {@link runCommand}: whatever goes wrong ends as a
 * German message in the status line and an alert dialog, never as an unhandled rejection.
 */
import { classifyStorageError } from '../../shared/storage/storageErrors';
import { uiStore } from '../state/uiStore';
import { showDialog } from './appDialog';

/** An error whose message is German and meant for the user as it is. */
export class UserMessage extends Error {
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'UserMessage';
    this.details = details;
  }
}

/** The German text for `err`: our own messages as they are, database problems explained. */
export function describeError(err: unknown): { message: string; details: readonly string[] } {
  if (err instanceof UserMessage) return { message: err.message, details: err.details };
  const problem = classifyStorageError(err);
  if (problem.kind !== 'unknown') return { message: `${problem.reason} ${problem.advice}`, details: [] };
  const text = err instanceof Error ? err.message : String(err);
  return { message: `Unerwarteter Fehler: ${text}`, details: [] };
}

/** Shows `err` for the command `what` ("Exportieren nach Excel"). */
export function reportError(what: string, err: unknown): void {
  const { message, details } = describeError(err);
  uiStore.say(`${what}: ${message}`, 'error');
  showDialog({
    title: `${what} – nicht möglich`,
    tone: 'error',
    testId: 'error-dialog',
    body: (
      <>
        <p>{message}</p>
        {details.length ? (
          <ul>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : null}
      </>
    ),
  });
}

/** Runs `fn` and reports any failure; the returned promise never rejects. */
export async function runCommand(what: string, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
  } catch (err) {
    reportError(what, err);
  }
}
