/**
 * Versions of the open plan: save a named version, list them with date and author, view one
 * read-only, compare it with the current state, restore it (the current state is saved first).
 */
import { useState } from 'react';
import { formatFigure } from '../../../shared/format/numberFormat';
import type { Num, Plan } from '../../../shared/model/plan';
import { SHEET_LABELS } from '../../../shared/model/sheets';
import { comparePlans } from '../../../shared/storage/comparePlans';
import type { PlanComparison } from '../../../shared/storage/comparePlans';
import type { VersionRecord } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import { Calculation } from '../../../shared/calc/engine';
import { figureTitle } from '../../../shared/calc/figureDef';
import { classifyStorageError } from '../../../shared/storage/storageErrors';
import { planStore, usePlanState } from '../../state/planStore';
import type { ScreenProps } from '../../shell/screenRegistry';
import { storageController, useStorageState } from '../storageController';
import { getVersion, listVersions, restoreVersion, saveVersion } from '../versionRepository';
import type { VersionSummary } from '../versionRepository';
import { WINDOW_ID } from '../windowId';
import { dateTime } from './StartScreen';
import { useLive } from './useLive';

type View =
  | { kind: 'none' }
  | { kind: 'view'; v: VersionRecord }
  | { kind: 'compare'; v: VersionRecord; cmp: PlanComparison }
  | { kind: 'restore'; v: VersionSummary };

const show = (v: Num | undefined, unit: 'eur' | 'count' | 'ratio'): string =>
  v === undefined ? '–' : v === null ? '(leer)' : formatFigure(v, unit);

function ComparisonTable({ cmp, name }: { cmp: PlanComparison; name: string }) {
  return (
    <div data-testid="version-compare">
      <h3>Kennzahlen: „{name}“ → aktueller Stand</h3>
      {cmp.figures.length ? (
        <table className="storage-table">
          <thead>
            <tr>
              <th>Kennzahl</th>
              <th>Version</th>
              <th>Aktuell</th>
            </tr>
          </thead>
          <tbody>
            {cmp.figures.map((f) => (
              <tr key={f.id} data-testid="compare-figure">
                <td>{f.label}</td>
                <td>{show(f.before, f.unit)}</td>
                <td>{show(f.after, f.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Keine Kennzahl hat sich verändert.</p>
      )}
      <h3>Geänderte Eingaben ({cmp.inputs.length})</h3>
      {cmp.inputs.length ? (
        <table className="storage-table">
          <thead>
            <tr>
              <th>Blatt</th>
              <th>Eingabe</th>
              <th>Version</th>
              <th>Aktuell</th>
            </tr>
          </thead>
          <tbody>
            {cmp.inputs.map((d) => (
              <tr key={d.key} data-testid="compare-input">
                <td>{SHEET_LABELS[d.sheet]}</td>
                <td>{d.label}</td>
                <td>{show(d.before, d.unit)}</td>
                <td>{show(d.after, d.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Keine Eingabe wurde geändert.</p>
      )}
      {cmp.structure.length ? (
        <>
          <h3>Zeilen und Bereiche</h3>
          <ul>
            {cmp.structure.map((s, i) => (
              <li key={i}>
                {s.what}: {s.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A version read-only: its header, Haushalt key figures and the portfolio by area. */
function VersionView({ plan, name }: { plan: Plan; name: string }) {
  const calc = new Calculation(plan);
  const values: Record<string, Num> = {};
  for (const d of calc.definitions()) values[d.id] = calc.get(d.id);
  const key = [
    'summeEingliederungsmittel',
    'umschichtung',
    'verfuegbaresEgt',
    'mittelFuerNeufaelle',
    'geplanterMitteleinsatz',
    'egtAuslastung',
  ];
  return (
    <div data-testid="version-view" aria-readonly="true">
      <h3>
        Version „{name}“ (nur lesen): {planTitle(plan.header)}
      </h3>
      <table className="storage-table">
        <tbody>
          {key.map((name) => {
            const def = calc.def(`haushalt.plan.${name}`);
            return def ? (
              <tr key={name}>
                <td>{figureTitle(def)}</td>
                <td>{show(values[def.id], def.unit)}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      <table className="storage-table">
        <thead>
          <tr>
            <th>Bereich / Instrument</th>
            <th>Eintritte</th>
            <th>Mittelansatz</th>
          </tr>
        </thead>
        <tbody>
          {plan.schwerpunkte.flatMap((a) => [
            <tr key={a.id} className="storage-area">
              <th>{a.name}</th>
              <th>{show(values[`area.${a.id}.eintritte`], 'count')}</th>
              <th>{show(values[`area.${a.id}.mittelansatzEgt`], 'eur')}</th>
            </tr>,
            ...a.rows.map((r) =>
              r.kind === 'instrument' ? (
                <tr key={r.id}>
                  <td>{r.nachrichtlich ? `(${r.instrument})` : r.instrument}</td>
                  <td>{show(r.eintritte, 'count')}</td>
                  <td>{show(r.mittelansatz, 'eur')}</td>
                </tr>
              ) : null,
            ),
          ])}
        </tbody>
      </table>
    </div>
  );
}

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

  const run = async (what: () => Promise<void>) => {
    try {
      await what();
    } catch (err) {
      const p = classifyStorageError(err);
      setMessage({
        text: p.kind === 'unknown' && err instanceof Error ? err.message : `${p.reason} ${p.advice}`,
        tone: 'error',
      });
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
              <td>{dateTime(v.createdAt)}</td>
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
      {!versions.value.length ? <p>Zu „{planTitle(plan.header)}“ gibt es noch keine Version.</p> : null}
      {view.kind === 'restore' ? (
        <div className="storage-card" role="alertdialog" aria-label="Version wiederherstellen">
          <p>
            „{view.v.name}“ vom {dateTime(view.v.createdAt)} wiederherstellen? Der aktuelle Stand wird vorher
            als Version gespeichert.
          </p>
          <button
            type="button"
            onClick={() =>
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
          >
            Wiederherstellen
          </button>
          <button type="button" onClick={() => setView({ kind: 'none' })}>
            Abbrechen
          </button>
        </div>
      ) : null}
      {view.kind === 'view' ? <VersionView plan={view.v.plan} name={view.v.name} /> : null}
      {view.kind === 'compare' ? <ComparisonTable cmp={view.cmp} name={view.v.name} /> : null}
    </div>
  );
}
