/**
 * "Gespeichert" / "Speichert…" / "Nicht gespeichert: <reason>", with what to do and the
 * messages about other windows (last write wins, plan deleted elsewhere).
 */
import { formatTime } from '../../shared/format/dateFormat';
import { storageController, useStorageState } from '../storage/storageController';

export function SaveIndicator() {
  const s = useStorageState();
  const c = storageController();
  const save = s.save;
  const problem = save.kind === 'error' ? save.problem : s.dbProblem;
  const text =
    save.kind === 'error'
      ? `Nicht gespeichert: ${save.problem.reason}`
      : save.kind === 'saving'
        ? 'Speichert…'
        : 'Gespeichert';
  return (
    <div className="save-indicator" data-testid="save-indicator-box">
      <span
        role="status"
        aria-live="polite"
        data-testid="save-indicator"
        data-state={save.kind}
        data-acknowledged={save.acknowledged}
        className={`save-state save-${save.kind}`}
        title={save.kind === 'saved' && save.at ? `Zuletzt gespeichert um ${formatTime(save.at)}` : undefined}
      >
        {text}
      </span>
      {problem ? (
        <div className="save-problem" role="alert" data-testid="save-problem">
          <p>{problem.advice}</p>
          {save.kind === 'error' ? (
            <button type="button" onClick={() => c.retry()}>
              Erneut versuchen
            </button>
          ) : null}
        </div>
      ) : null}
      {s.notices.map((n) => (
        <div
          key={`${n.at}-${n.message}`}
          className={`save-notice save-notice-${n.kind}`}
          role="alert"
          data-testid="save-notice"
          data-kind={n.kind}
        >
          <span>{n.message}</span>
          <button type="button" aria-label="Hinweis schließen" onClick={() => c.dismissNotice(n)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
