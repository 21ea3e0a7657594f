/**
 * Zielgruppen: one tab per evaluated target group, each its table across all
 * Handlungsschwerpunkte (shared/outline/zielgruppen.ts) with the group's key figures; a last
 * tab "Verwalten" for the master list (add, rename, delete, evaluate) and the group each area's
 * table is about. Tabs follow the WAI-ARIA pattern: arrows move between them, Tab goes into
 * the panel.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ActionResult } from '../../shared/actions/action';
import * as actions from '../../shared/actions/zielgruppen';
import { zg } from '../../shared/calc/zielgruppen';
import type { FocusTarget } from '../../shared/commands/applyCommand';
import { parseCellKey } from '../../shared/model/cellKey';
import type { Plan } from '../../shared/model/plan';
import { evaluatedZielgruppen, isEvaluated } from '../../shared/model/zielgruppen';
import { planStore, usePlanState } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { runAction, runCommand } from '../state/actions';
import { FigureStrip } from '../components/FigureStrip';
import { ZielgruppeGrid } from '../grids/ZielgruppeGrid';
import type { ScreenProps } from '../shell/screenRegistry';

const P = (): Plan => planStore.getState().plan;
const MANAGE = '__verwalten';

/** The group a focus target is about (a typed share or Kundenbestand), if any. */
function groupOfTarget(target: FocusTarget): string | null {
  const ref = target.cellKey ? parseCellKey(target.cellKey) : null;
  if (ref?.kind === 'zgAnteil' || ref?.kind === 'kundenbestand') return ref.zielgruppeId;
  return null;
}

function GroupPanel({ zielgruppeId, name }: { zielgruppeId: string; name: string }) {
  return (
    <>
      <FigureStrip
        label={`Zielgruppe ${name} auf einen Blick`}
        figures={[
          { id: zg(zielgruppeId, 'eintritte'), label: 'Eintritte', unit: 'count' },
          { id: zg(zielgruppeId, 'mittelEgt'), label: 'Mittel EGT', unit: 'eur' },
          { id: zg(zielgruppeId, 'anteilEgt'), label: 'Anteil am verfügbaren EGT', unit: 'ratio' },
          { id: zg(zielgruppeId, 'faktor'), label: 'Faktor', unit: 'factor' },
        ]}
      />
      <div className="grid-host">
        <ZielgruppeGrid key={zielgruppeId} zielgruppeId={zielgruppeId} label={`Zielgruppe ${name}`} />
      </div>
    </>
  );
}

/** The master list and the areas' groups. */
function ManagePanel() {
  const { plan } = usePlanState();
  const [names, setNames] = useState<Record<string, string>>({});
  const run = (r: ActionResult) => runAction(r);
  const evaluated = evaluatedZielgruppen(plan);
  const rename = (id: string, current: string) => {
    const text = names[id];
    if (text === undefined || text === current) return;
    if (runCommand({ type: 'setText', target: { kind: 'zielgruppe', id }, value: text }))
      setNames(({ [id]: _done, ...rest }) => rest);
  };
  return (
    <div className="screen-scroll zg-manage">
      <section className="panel" aria-labelledby="zg-stamm-title">
        <div className="panel-head">
          <h3 id="zg-stamm-title">Zielgruppen (Stammdaten)</h3>
          <button type="button" data-testid="zielgruppe-add" onClick={() => run(actions.addZielgruppe(P()))}>
            + Zielgruppe
          </button>
        </div>
        <p className="hint">
          Ausgewertete Zielgruppen erscheinen als eigene Tabelle (hier, in Excel und im Druckpaket); ihre
          Anteile setzen Sie im Maßnahmeportfolio unter „Zielgruppen der Zeile“.
        </p>
        <table className="storage-table zg-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">auswerten</th>
              <th scope="col">
                <span className="visually-hidden">Aktionen</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.stammdaten.zielgruppen.map((z) => {
              const on = isEvaluated(plan, z.id);
              return (
                <tr key={z.id} data-testid={`zielgruppe-${z.id}`}>
                  <td>
                    <input
                      aria-label={`Name der Zielgruppe ${z.name}`}
                      data-testid={`zielgruppe-name-${z.id}`}
                      value={names[z.id] ?? z.name}
                      onChange={(e) => setNames((n) => ({ ...n, [z.id]: e.target.value }))}
                      onBlur={() => rename(z.id, z.name)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') rename(z.id, z.name);
                        if (e.key === 'Escape') setNames(({ [z.id]: _x, ...rest }) => rest);
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Zielgruppe ${z.name} auswerten`}
                      data-testid={`zielgruppe-auswerten-${z.id}`}
                      checked={on}
                      onChange={() =>
                        run(on ? actions.endEvaluation(P(), z.id) : actions.evaluate(P(), z.id))
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Zielgruppe ${z.name} löschen`}
                      data-testid={`zielgruppe-delete-${z.id}`}
                      onClick={() => run(actions.deleteZielgruppe(P(), z.id))}
                      disabled={on}
                    >
                      Löschen
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby="zg-areas-title">
        <h3 id="zg-areas-title">Handlungsschwerpunkte und Zielgruppen</h3>
        <p className="hint">
          Gehört die Tabelle eines Handlungsschwerpunkts zu einer Zielgruppe (z. B. „Jugendliche (U25)“),
          prüft die App, ob die Anteile seiner Verweise zu den Anteilen der Maßnahmen passen.
        </p>
        <table className="storage-table zg-table">
          <tbody>
            {plan.schwerpunkte.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <label htmlFor={`zg-area-${a.id}`}>{a.name}</label>
                </th>
                <td>
                  <select
                    id={`zg-area-${a.id}`}
                    data-testid={`zg-area-${a.id}`}
                    value={a.zielgruppeId ?? ''}
                    onChange={(e) => run(actions.setAreaZielgruppe(P(), a.id, e.target.value || null))}
                  >
                    <option value="">keine Zielgruppe</option>
                    {evaluated.map((z) => (
                      <option key={z.id} value={z.id}>
                        {z.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

export function ZielgruppenScreen(_props: ScreenProps) {
  const { plan } = usePlanState();
  const groups = evaluatedZielgruppen(plan);
  const [chosen, setChosen] = useState<string | null>(null);
  const tabs = useRef<Map<string, HTMLButtonElement>>(new Map());
  // The tab shown: the chosen group while it is evaluated, else the first, else Verwalten.
  const current =
    chosen === MANAGE || (chosen !== null && groups.some((z) => z.id === chosen))
      ? chosen
      : (groups[0]?.id ?? MANAGE);
  const ids = [...groups.map((z) => z.id), MANAGE];

  const select = useCallback((id: string, focus = false) => {
    setChosen(id);
    if (focus) requestAnimationFrame(() => tabs.current.get(id)?.focus());
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = ids.indexOf(current);
    const to =
      e.key === 'ArrowRight'
        ? ids[(i + 1) % ids.length]
        : e.key === 'ArrowLeft'
          ? ids[(i - 1 + ids.length) % ids.length]
          : e.key === 'Home'
            ? ids[0]
            : e.key === 'End'
              ? ids[ids.length - 1]
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    select(to, true);
  };

  // A jump (Prüfungen, undo) to a cell of a group not shown (another group, or Verwalten with no
  // grid at all) shows that group first; the jump retries until its grid takes it.
  useEffect(
    () =>
      uiStore.registerFocusHandler('zielgruppen-tabs', (target) => {
        const g = target.sheet === 'zielgruppen' ? groupOfTarget(target) : null;
        if (g !== null && g !== current && isEvaluated(P(), g)) setChosen(g);
        return false;
      }),
    [current],
  );

  const group = groups.find((z) => z.id === current);
  return (
    <div className="screen-body">
      <div className="zg-tabs" role="tablist" aria-label="Zielgruppen">
        {groups.map((z) => (
          <button
            key={z.id}
            ref={(el) => {
              if (el) tabs.current.set(z.id, el);
              else tabs.current.delete(z.id);
            }}
            type="button"
            role="tab"
            id={`zg-tab-${z.id}`}
            data-testid={`zg-tab-${z.id}`}
            aria-selected={current === z.id}
            aria-controls="zg-panel"
            tabIndex={current === z.id ? 0 : -1}
            className="zg-tab"
            onClick={() => select(z.id, false)}
            onKeyDown={onTabKey}
          >
            {z.name}
          </button>
        ))}
        <button
          ref={(el) => {
            if (el) tabs.current.set(MANAGE, el);
            else tabs.current.delete(MANAGE);
          }}
          type="button"
          role="tab"
          id="zg-tab-verwalten"
          data-testid="zg-tab-verwalten"
          aria-selected={current === MANAGE}
          aria-controls="zg-panel"
          tabIndex={current === MANAGE ? 0 : -1}
          className="zg-tab"
          onClick={() => select(MANAGE, false)}
          onKeyDown={onTabKey}
        >
          Verwalten
        </button>
      </div>
      <div
        id="zg-panel"
        role="tabpanel"
        className="zg-panel"
        aria-labelledby={group ? `zg-tab-${group.id}` : 'zg-tab-verwalten'}
      >
        {group ? <GroupPanel zielgruppeId={group.id} name={group.name} /> : <ManagePanel />}
        {!group && groups.length === 0 ? (
          <p className="hint" data-testid="zg-none">
            Noch keine Zielgruppe ausgewertet: unter „auswerten“ eine wählen.
          </p>
        ) : null}
      </div>
    </div>
  );
}
