/**
 * Start screen: the plan list (sorted by last change, searchable) with open, create empty,
 * create from the Beispielplan, duplicate as variant, rename, Fortschreibung, delete (confirmed,
 * undoable while the app is open); file open/save, backup/restore, quarantined plans.
 *
 * The list of deleted plans lives in the storage controller (one per window, for the app's
 * lifetime), so "Rückgängig" survives leaving the screen; everything else is this screen's.
 */
import { useState } from 'react';
import type { PlanRecord, ValidationProblem } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import type { ScreenProps } from '../../shell/screenRegistry';
import { listPlans, listQuarantine } from '../../storage/planRepository';
import { storageController, useStorageState } from '../../storage/storageController';
import { useLive } from '../../storage/useLive';
import { PlanTable } from './PlanTable';
import { QuarantineList } from './QuarantineList';
import { StartDialogs } from './StartDialogs';
import type { StartActions } from './useStartActions';
import { useStartActions } from './useStartActions';
import { UserNamePrompt } from './UserNamePrompt';

function Problems({ title, errors }: { title: string; errors: ValidationProblem[] }) {
  return (
    <div className="storage-errors" role="alert" data-testid="file-errors">
      <p>{title}</p>
      {errors.length ? (
        <ul>
          {errors.map((e, i) => (
            <li key={i}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function StartToolbar({ a }: { a: StartActions }) {
  return (
    <div className="storage-toolbar" role="toolbar" aria-label="Pläne">
      <button type="button" onClick={() => a.setMode({ kind: 'new' })} data-testid="plan-new">
        Neuer Plan…
      </button>
      <button type="button" data-testid="plan-new-beispiel" onClick={a.newFromBeispiel}>
        Neuer Plan aus dem Beispielplan
      </button>
      <button type="button" onClick={a.openFile} data-testid="plan-open-file">
        Datei öffnen…
      </button>
      <button type="button" onClick={a.saveOpenPlan} data-testid="plan-save-file">
        Geöffneten Plan als Datei speichern…
      </button>
      <button type="button" onClick={a.saveBackup} data-testid="backup-save">
        Sicherung erstellen…
      </button>
      <button type="button" onClick={a.openFile} data-testid="backup-restore">
        Sicherung wiederherstellen…
      </button>
    </div>
  );
}

export function StartScreen(_props: ScreenProps) {
  const c = storageController();
  const s = useStorageState();
  const [search, setSearch] = useState('');
  const plans = useLive(() => listPlans(c.db, search), [search, s.ready], [] as PlanRecord[]);
  const quarantine = useLive(() => listQuarantine(c.db), [s.ready], []);
  const a = useStartActions(s.userName ?? '');
  const { message } = a;
  const lastDeleted = s.deleted[s.deleted.length - 1];

  return (
    <div className="storage-start" data-testid="start-screen">
      {s.ready && !s.userName ? <UserNamePrompt /> : null}
      {s.dbProblem ? (
        <div className="storage-errors" role="alert" data-testid="db-problem">
          <p>
            <b>{s.dbProblem.reason}</b> {s.dbProblem.advice}
          </p>
        </div>
      ) : null}
      <StartToolbar a={a} />

      {message ? (
        message.tone === 'error' ? (
          <Problems title={message.text} errors={message.errors ?? []} />
        ) : (
          <p role="status" className="storage-message" data-testid="start-message">
            {message.text}
          </p>
        )
      ) : null}
      {lastDeleted ? (
        <p className="storage-undo" data-testid="undo-delete-bar">
          „{planTitle(lastDeleted.plan.header)}“ gelöscht.{' '}
          <button type="button" onClick={a.undoDelete} data-testid="undo-delete">
            Rückgängig
          </button>
        </p>
      ) : null}

      <StartDialogs a={a} />

      <label className="storage-search">
        Suchen{' '}
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Jobcenter, Jahr, Variante…"
          data-testid="plan-search"
        />
      </label>
      <PlanTable plans={plans.value} openId={s.planId} onOpen={a.open} onChoose={a.setMode} />
      {!plans.value.length ? (
        <p className="empty-state">
          {search ? 'Kein Plan passt zur Suche.' : 'Noch keine Pläne gespeichert.'}
        </p>
      ) : null}

      <QuarantineList list={quarantine.value} />
    </div>
  );
}
