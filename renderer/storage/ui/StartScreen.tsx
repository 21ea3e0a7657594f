/**
 * Start screen: the plan list (sorted by last change, searchable) with open, create empty,
 * create from the Beispielplan, duplicate as variant, rename, Fortschreibung, delete (confirmed,
 * undoable while the app is open); file open/save, backup/restore, quarantined plans.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { newId } from '../../../shared/model/ids';
import { PLAN_STATUSES } from '../../../shared/model/plan';
import type { PlanStatus } from '../../../shared/model/plan';
import type { BackupFile, RestorePreview } from '../../../shared/storage/backupFormat';
import { restorePreview } from '../../../shared/storage/backupFormat';
import { emptyPlan, planFromBeispiel } from '../../../shared/storage/newPlans';
import type { PlanRecord, ValidationProblem } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import { classifyStorageError } from '../../../shared/storage/storageErrors';
import { planStore } from '../../state/planStore';
import { uiStore } from '../../state/uiStore';
import type { ScreenProps } from '../../shell/screenRegistry';
import { restoreBackup } from '../backup';
import { openFileFromDisk, saveBackupToDisk, savePlanToDisk } from '../fileActions';
import type { DeletedPlan } from '../planRepository';
import {
  createFortschreibung,
  createPlan,
  deletePlan,
  duplicatePlan,
  listPlans,
  listQuarantine,
  renamePlan,
  undoDelete,
} from '../planRepository';
import { storageController, useStorageState } from '../storageController';
import { WINDOW_ID } from '../windowId';
import { useLive } from './useLive';

type Mode =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'rename'; plan: PlanRecord }
  | { kind: 'variant'; plan: PlanRecord }
  | { kind: 'fortschreibung'; plan: PlanRecord }
  | { kind: 'delete'; plan: PlanRecord }
  | { kind: 'restore'; backup: BackupFile; name: string; preview: RestorePreview };

/** Deleted plans, kept while the app is open so "Rückgängig" can bring them back. */
const deletedPlans: DeletedPlan[] = [];

export const dateTime = (iso: string): string =>
  new Date(iso).toLocaleString('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

function UserNamePrompt() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    storageController()
      .setUserName(name)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <form className="storage-card user-name" onSubmit={submit} data-testid="user-name-form">
      <h2>Wie heißen Sie?</h2>
      <p>Ihr Name steht im Änderungsprotokoll bei jeder Ihrer Änderungen. Sie werden nur einmal gefragt.</p>
      <label>
        Name{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="user-name-input"
          autoComplete="name"
        />
      </label>
      <button type="submit">Speichern</button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

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

export function StartScreen(_props: ScreenProps) {
  const c = storageController();
  const s = useStorageState();
  const [search, setSearch] = useState('');
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const [message, setMessage] = useState<{
    text: string;
    errors?: ValidationProblem[];
    tone: 'info' | 'error';
  } | null>(null);
  const [, setDeletedVersion] = useState(0);
  const plans = useLive(() => listPlans(c.db, search), [search, s.ready], [] as PlanRecord[]);
  const quarantine = useLive(() => listQuarantine(c.db), [s.ready], []);
  const author = s.userName ?? '';

  const run = async (what: () => Promise<unknown>, done?: string) => {
    try {
      await what();
      setMode({ kind: 'none' });
      if (done) setMessage({ text: done, tone: 'info' });
    } catch (err) {
      const p = classifyStorageError(err);
      const text = p.kind === 'unknown' && err instanceof Error ? err.message : `${p.reason} ${p.advice}`;
      setMessage({ text, tone: 'error' });
    }
  };

  const open = (id: string) =>
    run(async () => {
      const r = await c.openPlan(id);
      if (!r.ok) throw new Error(r.message);
      uiStore.showScreen('uebersicht');
    });

  const openFile = () =>
    run(async () => {
      const r = await openFileFromDisk(c.db);
      if (r.kind === 'error') setMessage({ text: r.message, errors: r.errors, tone: 'error' });
      else if (r.kind === 'plan') {
        await c.openPlan(r.plan.id);
        const opened = r.asVariant
          ? `Der Plan war schon vorhanden und wurde als neue Variante „${r.plan.header.variante}“ angelegt.`
          : `„${planTitle(r.plan.header)}“ wurde geöffnet.`;
        setMessage({ text: r.notice ? `${opened} ${r.notice}` : opened, tone: 'info' });
        uiStore.showScreen('uebersicht');
      } else if (r.kind === 'backup') {
        const preview = restorePreview(r.backup, await listPlans(c.db));
        setMode({ kind: 'restore', backup: r.backup, name: r.name, preview });
        return;
      }
    });

  const remove = (p: PlanRecord) =>
    run(
      async () => {
        const d = await deletePlan(c.db, p.id);
        deletedPlans.push(d);
        setDeletedVersion((v) => v + 1);
      },
      `„${planTitle(p.header)}“ wurde gelöscht.`,
    );

  const undoLastDelete = () =>
    run(async () => {
      const d = deletedPlans[deletedPlans.length - 1];
      if (!d) return;
      await undoDelete(c.db, d);
      deletedPlans.pop();
      setDeletedVersion((v) => v + 1);
    }, 'Der Plan ist wieder da.');

  const lastDeleted = deletedPlans[deletedPlans.length - 1];

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
      <div className="storage-toolbar" role="toolbar" aria-label="Pläne">
        <button type="button" onClick={() => setMode({ kind: 'new' })} data-testid="plan-new">
          Neuer leerer Plan
        </button>
        <button
          type="button"
          data-testid="plan-new-beispiel"
          onClick={() =>
            run(async () => {
              const plan = planFromBeispiel({ id: newId('plan'), now: new Date().toISOString(), author });
              await createPlan(c.db, plan, WINDOW_ID);
              await open(plan.id);
            })
          }
        >
          Neuer Plan aus dem Beispielplan
        </button>
        <button type="button" onClick={openFile} data-testid="plan-open-file">
          Datei öffnen…
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              await c.flush();
              await savePlanToDisk(planStore.getState().plan);
            })
          }
          data-testid="plan-save-file"
        >
          Geöffneten Plan als Datei speichern…
        </button>
        <button
          type="button"
          onClick={() => run(() => saveBackupToDisk(c.db), 'Die Sicherung aller Pläne wurde gespeichert.')}
          data-testid="backup-save"
        >
          Sicherung erstellen…
        </button>
        <button type="button" onClick={openFile} data-testid="backup-restore">
          Sicherung wiederherstellen…
        </button>
      </div>

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
          <button type="button" onClick={undoLastDelete} data-testid="undo-delete">
            Rückgängig
          </button>
        </p>
      ) : null}

      {mode.kind === 'new' ? (
        <NewPlanForm
          onCancel={() => setMode({ kind: 'none' })}
          onCreate={(jobcenter, year) =>
            run(async () => {
              const plan = emptyPlan({
                id: newId('plan'),
                now: new Date().toISOString(),
                author,
                jobcenter,
                year,
              });
              await createPlan(c.db, plan, WINDOW_ID);
              await open(plan.id);
            })
          }
        />
      ) : null}
      {mode.kind === 'rename' ? (
        <RenameForm
          plan={mode.plan}
          onCancel={() => setMode({ kind: 'none' })}
          onSave={(patch) =>
            run(
              () => renamePlan(c.db, mode.plan.id, patch, author, `${WINDOW_ID}:liste`),
              'Der Plan wurde umbenannt.',
            )
          }
        />
      ) : null}
      {mode.kind === 'variant' ? (
        <TextForm
          title={`Variante von „${planTitle(mode.plan.header)}“ anlegen`}
          label="Name der Variante"
          initial={`${mode.plan.header.variante} (Variante)`}
          submit="Variante anlegen"
          onCancel={() => setMode({ kind: 'none' })}
          onSubmit={(name) =>
            run(
              () => duplicatePlan(c.db, mode.plan.id, name, author, WINDOW_ID),
              `Variante „${name}“ angelegt.`,
            )
          }
        />
      ) : null}
      {mode.kind === 'fortschreibung' ? (
        <FortschreibungForm
          plan={mode.plan}
          onCancel={() => setMode({ kind: 'none' })}
          onCreate={(keepInputs, year) =>
            run(async () => {
              const plan = await createFortschreibung(c.db, mode.plan.id, {
                keepInputs,
                year,
                author,
                writer: WINDOW_ID,
              });
              await open(plan.id);
            })
          }
        />
      ) : null}
      {mode.kind === 'delete' ? (
        <div
          className="storage-card"
          role="alertdialog"
          aria-label="Plan löschen"
          data-testid="delete-confirm"
        >
          <p>
            „{planTitle(mode.plan.header)}“ mit allen Versionen und dem Änderungsprotokoll löschen? Solange
            der AMIP-Planer geöffnet bleibt, lässt sich das rückgängig machen.
          </p>
          <button type="button" onClick={() => remove(mode.plan)} data-testid="delete-confirm-yes">
            Löschen
          </button>
          <button type="button" onClick={() => setMode({ kind: 'none' })}>
            Abbrechen
          </button>
        </div>
      ) : null}
      {mode.kind === 'restore' ? (
        <RestoreDialog
          name={mode.name}
          preview={mode.preview}
          onCancel={() => setMode({ kind: 'none' })}
          onRestore={(replace) =>
            run(async () => {
              const r = await restoreBackup(c.db, mode.backup, replace, WINDOW_ID);
              setMessage({
                text: `Sicherung eingespielt: ${r.added.length} hinzugefügt, ${r.replaced.length} ersetzt, ${r.kept.length} unverändert behalten${r.quarantined.length ? `, ${r.quarantined.length} beschädigt (Quarantäne)` : ''}.`,
                tone: 'info',
              });
            })
          }
        />
      ) : null}

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
      <table className="storage-table" data-testid="plan-list">
        <thead>
          <tr>
            <th>Plan</th>
            <th>Jahr</th>
            <th>Status</th>
            <th>Zuletzt geändert</th>
            <th>Zeilen</th>
            <th>Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {plans.value.map((p) => (
            <tr
              key={p.id}
              data-testid="plan-row"
              data-plan-id={p.id}
              aria-current={p.id === s.planId ? 'true' : undefined}
            >
              <td>
                {p.header.jobcenter} – {p.header.variante}
                {p.id === s.planId ? <span className="storage-badge"> (geöffnet)</span> : null}
              </td>
              <td>{p.header.year}</td>
              <td>{p.header.status}</td>
              <td>{dateTime(p.updatedAt)}</td>
              <td>{p.rowCount}</td>
              <td className="storage-actions">
                <button type="button" onClick={() => open(p.id)} data-testid="plan-open">
                  Öffnen
                </button>
                <button type="button" onClick={() => setMode({ kind: 'variant', plan: p })}>
                  Als Variante duplizieren
                </button>
                <button type="button" onClick={() => setMode({ kind: 'rename', plan: p })}>
                  Umbenennen
                </button>
                <button type="button" onClick={() => setMode({ kind: 'fortschreibung', plan: p })}>
                  Plan {p.header.year + 1} erstellen
                </button>
                <button
                  type="button"
                  disabled={p.id === s.planId}
                  title={
                    p.id === s.planId
                      ? 'Der geöffnete Plan kann nicht gelöscht werden. Bitte zuerst einen anderen öffnen.'
                      : undefined
                  }
                  onClick={() => setMode({ kind: 'delete', plan: p })}
                >
                  Löschen
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!plans.value.length ? (
        <p>{search ? 'Kein Plan passt zur Suche.' : 'Noch keine Pläne gespeichert.'}</p>
      ) : null}

      {quarantine.value.length ? (
        <section className="storage-quarantine" data-testid="quarantine">
          <h2>Beschädigte Pläne (Quarantäne)</h2>
          <p>
            Diese gespeicherten Pläne bestehen die Prüfung nicht und werden nicht geöffnet. Sie bleiben
            erhalten und sind in jeder Sicherung enthalten; bitte die Sicherung an den Support geben.
          </p>
          {quarantine.value.map((q) => (
            <details key={q.id}>
              <summary>
                {q.title} – seit {dateTime(q.quarantinedAt)} ({q.errors.length}{' '}
                {q.errors.length === 1 ? 'Problem' : 'Probleme'})
              </summary>
              <ul>
                {q.errors.map((e, i) => (
                  <li key={i}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      ) : null}
    </div>
  );
}

function TextForm(props: {
  title: string;
  label: string;
  initial: string;
  submit: string;
  onSubmit: (v: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <form
      className="storage-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) props.onSubmit(value.trim());
      }}
    >
      <h2>{props.title}</h2>
      <label>
        {props.label} <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      </label>
      <button type="submit">{props.submit}</button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

function NewPlanForm(props: { onCreate: (jobcenter: string, year: number) => void; onCancel: () => void }) {
  const [jobcenter, setJobcenter] = useState('Jobcenter ');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const y = Number(year);
  const valid = jobcenter.trim().length > 0 && Number.isInteger(y) && y >= 2000 && y <= 2100;
  return (
    <form
      className="storage-card"
      data-testid="new-plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) props.onCreate(jobcenter.trim(), y);
      }}
    >
      <h2>Neuer leerer Plan</h2>
      <label>
        Jobcenter <input value={jobcenter} onChange={(e) => setJobcenter(e.target.value)} autoFocus />
      </label>
      <label>
        Planjahr <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" />
      </label>
      {!valid ? <p role="alert">Bitte Jobcenter und ein Planjahr zwischen 2000 und 2100 angeben.</p> : null}
      <button type="submit" disabled={!valid}>
        Anlegen
      </button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

function RenameForm(props: {
  plan: PlanRecord;
  onSave: (patch: { jobcenter: string; variante: string; status: PlanStatus }) => void;
  onCancel: () => void;
}) {
  const h = props.plan.header;
  const [jobcenter, setJobcenter] = useState(h.jobcenter);
  const [variante, setVariante] = useState(h.variante);
  const [status, setStatus] = useState<PlanStatus>(h.status);
  return (
    <form
      className="storage-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (jobcenter.trim())
          props.onSave({ jobcenter: jobcenter.trim(), variante: variante.trim(), status });
      }}
    >
      <h2>Plan umbenennen</h2>
      <label>
        Jobcenter <input value={jobcenter} onChange={(e) => setJobcenter(e.target.value)} />
      </label>
      <label>
        Variante <input value={variante} onChange={(e) => setVariante(e.target.value)} autoFocus />
      </label>
      <label>
        Status{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as PlanStatus)}>
          {PLAN_STATUSES.map((st) => (
            <option key={st}>{st}</option>
          ))}
        </select>
      </label>
      <button type="submit">Speichern</button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

function FortschreibungForm(props: {
  plan: PlanRecord;
  onCreate: (keepInputs: boolean, year: number) => void;
  onCancel: () => void;
}) {
  const h = props.plan.header;
  const [keep, setKeep] = useState(false);
  return (
    <form
      className="storage-card"
      data-testid="fortschreibung-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onCreate(keep, h.year + 1);
      }}
    >
      <h2>
        Plan {h.year + 1} aus Plan {h.year} erstellen
      </h2>
      <p>
        Bereiche und Instrumente werden übernommen; die Zahlen von {h.year} (Haushalt, Eintritte und Mittel)
        stehen im neuen Plan in den Vorjahresspalten. Der neue Plan verweist auf „{planTitle(h)}“.
      </p>
      <fieldset>
        <legend>Eingaben für {h.year + 1}</legend>
        <label>
          <input type="radio" name="keep" checked={!keep} onChange={() => setKeep(false)} /> leer lassen
        </label>
        <label>
          <input type="radio" name="keep" checked={keep} onChange={() => setKeep(true)} /> die Werte von{' '}
          {h.year} als Ausgangspunkt übernehmen
        </label>
      </fieldset>
      <button type="submit">Plan {h.year + 1} erstellen</button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

function RestoreDialog(props: {
  name: string;
  preview: RestorePreview;
  onRestore: (replace: Set<string>) => void;
  onCancel: () => void;
}) {
  const [replace, setReplace] = useState<Set<string>>(new Set());
  const { add, replace: conflicts } = props.preview;
  return (
    <div
      className="storage-card"
      role="dialog"
      aria-label="Sicherung wiederherstellen"
      data-testid="restore-dialog"
    >
      <h2>Sicherung „{props.name}“ wiederherstellen</h2>
      <p>Neu hinzugefügt werden {add.length === 1 ? '1 Plan' : `${add.length} Pläne`}:</p>
      <ul>
        {add.map((p) => (
          <li key={p.id}>
            {p.title} (Stand {dateTime(p.changedAt)}, {p.versions} Versionen)
          </li>
        ))}
      </ul>
      {conflicts.length ? (
        <>
          <p>
            Diese Pläne gibt es hier schon. Nur angekreuzte werden durch den Stand aus der Sicherung ersetzt:
          </p>
          <ul>
            {conflicts.map((p) => (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={replace.has(p.id)}
                    onChange={(e) => {
                      const next = new Set(replace);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setReplace(next);
                    }}
                  />{' '}
                  {p.local?.title} (hier: {p.local ? dateTime(p.local.changedAt) : ''}; Sicherung:{' '}
                  {dateTime(p.changedAt)})
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" onClick={() => props.onRestore(replace)} data-testid="restore-confirm">
        {replace.size
          ? `Wiederherstellen und ${replace.size} ersetzen`
          : 'Wiederherstellen (nichts ersetzen)'}
      </button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </div>
  );
}
