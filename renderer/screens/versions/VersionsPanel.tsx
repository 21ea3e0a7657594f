/**
 * Versions of the open plan: save a named version, list them with date and author, view one
 * read-only, compare it with the current state, restore it (the current state is saved first).
 */
import { useRef, useState } from 'react';
import { formatDateTime } from '../../../shared/format/dateFormat';
import { comparePlans } from '../../../shared/storage/comparePlans';
import type { PlanComparison } from '../../../shared/storage/comparePlans';
import type { VersionRecord } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import { storageErrorText } from '../../../shared/storage/storageErrors';
import { planStore, usePlanState } from '../../state/planStore';
import type { ScreenProps } from '../../shell/screenRegistry';
import { storageController, useStorageState } from '../../storage/storageController';
import { useLive } from '../../storage/useLive';
import { getVersion, listVersions, restoreVersion, saveVersion } from '../../storage/versionRepository';
import type { VersionSummary } from '../../storage/versionRepository';
import { WINDOW_ID } from '../../storage/windowId';
import { VersionComparison } from './VersionComparison';
import { VersionView } from './VersionView';
import { useVersionNameFocus } from '../../shell/versionNameFocus';
import { ConfirmCard } from '../../components/ConfirmCard';

type View =
  | { kind: 'none' }
  | { kind: 'view'; v: VersionRecord }
  | { kind: 'compare'; v: VersionRecord; cmp: PlanComparison }
  | { kind: 'restore'; v: VersionSummary };

export function VersionsPanel(_props: ScreenProps) {
  const c = storageController();
  const s = useStorageState();
  const { plan } = usePlanState();
  const [name, setName] = useState('');
  const [view, setView] = useState<View>({ kind: 'none' });
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const versions = useLive(
    () => (s.planId ? listVersions(c.db, s.planId) : Promise.resolve([])),
    [s.planId],
    [] as VersionSummary[],
  );
  const author = s.userName ?? 'unbekannt';
  const nameField = useRef<HTMLInputElement>(null);
  useVersionNameFocus(nameField);

  const run = async (what: () => Promise<void>) => {
    try {
      await what();
    } catch (err) {
      setMessage({ text: storageErrorText(err), tone: 'error' });
    }
  };
  const load = async (id: string) => {
    const v = await getVersion(c.db, id);
    if (!v) throw new Error('Die Version ist nicht mehr vorhanden.');
    return v;
  };

  return (
    <div className="storage-versions" data-testid="versions-panel">
      <form
        className="storage-card"
        onSubmit={(e) => {
          e.preventDefault();
          if (!s.planId) return;
          const planId = s.planId;
          void run(async () => {
            await c.flush();
            const v = await saveVersion(c.db, planId, name, author);
            setName('');
            setMessage({ text: `Version „${v.name}“ gespeichert.`, tone: 'info' });
          });
        }}
      >
        <label>
          Version speichern als{' '}
          <input
            ref={nameField}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="z. B. Vorlage Trägerversammlung 12.11."
            data-testid="version-name"
          />
        </label>
        <button type="submit" disabled={!name.trim()} data-testid="version-save">
          Version speichern
        </button>
      </form>
      {message ? (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={`storage-message storage-${message.tone}`}
        >
          {message.text}
        </p>
      ) : null}
      <table className="storage-table" data-testid="version-list">
        <thead>
          <tr>
            <th>Version</th>
            <th>Gespeichert</th>
            <th>von</th>
            <th>Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {versions.value.map((v) => (
            <tr key={v.id} data-testid="version-row">
              <td>{v.kind === 'vorWiederherstellung' ? <i>{v.name}</i> : v.name}</td>
              <td>{formatDateTime(v.createdAt)}</td>
              <td>{v.author}</td>
              <td className="storage-actions">
                <button
                  type="button"
                  onClick={() => run(async () => setView({ kind: 'view', v: await load(v.id) }))}
                >
                  Ansehen
                </button>
                <button
                  type="button"
                  data-testid="version-compare-button"
                  onClick={() =>
                    run(async () => {
                      const rec = await load(v.id);
                      setView({
                        kind: 'compare',
                        v: rec,
                        cmp: comparePlans(rec.plan, planStore.getState().plan),
                      });
                    })
                  }
                >
                  Mit aktuellem Stand vergleichen
                </button>
                <button type="button" onClick={() => setView({ kind: 'restore', v })}>
                  Wiederherstellen
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!versions.value.length ? (
        <p className="empty-state">Zu „{planTitle(plan.header)}“ gibt es noch keine Version.</p>
      ) : null}
      {view.kind === 'restore' ? (
        <RestoreVersionConfirm
          key={view.v.id}
          v={view.v}
          onCancel={() => setView({ kind: 'none' })}
          onRestore={() =>
            run(async () => {
              await c.flush();
              const r = await restoreVersion(c.db, view.v.id, author, `${WINDOW_ID}:versionen`);
              setView({ kind: 'none' });
              setMessage({
                text: `„${view.v.name}“ wiederhergestellt; der vorige Stand ist als „${r.backup.name}“ gespeichert.`,
                tone: 'info',
              });
            })
          }
        />
      ) : null}
      {view.kind === 'view' ? <VersionView plan={view.v.plan} name={view.v.name} /> : null}
      {view.kind === 'compare' ? <VersionComparison cmp={view.cmp} name={view.v.name} /> : null}
    </div>
  );
}

function RestoreVersionConfirm(props: { v: VersionSummary; onRestore: () => void; onCancel: () => void }) {
  return (
    <ConfirmCard
      label="Version wiederherstellen"
      testId="version-restore-confirm"
      confirm="Wiederherstellen"
      onConfirm={props.onRestore}
      onCancel={props.onCancel}
    >
      „{props.v.name}“ vom {formatDateTime(props.v.createdAt)} wiederherstellen? Der aktuelle Stand wird
      vorher als Version gespeichert.
    </ConfirmCard>
  );
}
