/**
 * The frame every screen lives in: menu bar on top, plan title and undo/redo buttons, the
 * sheet tabs, the screens (mounted once, then kept), and the status line at the bottom.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { KeyboardEvent } from 'react';
import { planStore, usePlanState } from '../state/planStore';
import { uiStore, useUiState } from '../state/uiStore';
import { runHistory } from '../state/actions';
import { historyActionFor } from '../sheet/keyboard';
import { formatCount, formatFigure } from '../../shared/format/numberFormat';
import { MenuBar } from './MenuBar';
import { SaveIndicator } from './SaveIndicator';
import { listScreens, subscribeScreens } from './screenRegistry';

function UndoRedoButtons() {
  const { history } = usePlanState();
  const undo = history.past[history.past.length - 1]?.label ?? null;
  const redo = history.future[0]?.label ?? null;
  return (
    <div className="undo-redo" role="group" aria-label="Rückgängig und Wiederholen">
      <button
        type="button"
        data-testid="undo-button"
        disabled={!undo}
        title={undo ? `Rückgängig: ${undo} (Strg+Z)` : 'Nichts rückgängig zu machen'}
        onClick={() => runHistory('undo')}
      >
        ↶ Rückgängig{undo ? <span className="undo-label">: {undo}</span> : null}
      </button>
      <button
        type="button"
        data-testid="redo-button"
        disabled={!redo}
        title={redo ? `Wiederholen: ${redo} (Strg+Y)` : 'Nichts zu wiederholen'}
        onClick={() => runHistory('redo')}
      >
        ↷ Wiederholen{redo ? <span className="undo-label">: {redo}</span> : null}
      </button>
    </div>
  );
}

function StatusLine() {
  const ui = useUiState();
  const { checks } = usePlanState();
  const s = ui.stats;
  const unit = s && s.unit !== 'mixed' ? s.unit : 'count';
  const fmt = (v: number | null) =>
    v === null
      ? ''
      : s?.unit === 'mixed'
        ? v.toLocaleString('de-DE', { maximumFractionDigits: 2 })
        : formatFigure(v, unit);
  const open = checks.length;
  return (
    <footer className="status-line" data-testid="status-line" aria-label="Statuszeile">
      <span
        className={`status-message ${ui.message?.tone === 'error' ? 'status-error' : ''}`}
        data-testid="status-message"
        role="status"
      >
        {ui.message?.text ?? 'Bereit'}
      </span>
      <span className="status-stats" data-testid="status-stats">
        {s && s.anzahl > 1 && s.summe !== null ? (
          <>
            <span>
              Mittelwert: <b data-testid="stat-mittelwert">{fmt(s.mittelwert)}</b>
            </span>
            <span>
              Anzahl: <b data-testid="stat-anzahl">{formatCount(s.anzahl)}</b>
            </span>
            <span>
              Summe: <b data-testid="stat-summe">{fmt(s.summe)}</b>
            </span>
          </>
        ) : s && s.anzahl > 1 ? (
          <span>
            Anzahl: <b data-testid="stat-anzahl">{formatCount(s.anzahl)}</b>
          </span>
        ) : null}
      </span>
      <button
        type="button"
        className="status-checks"
        data-testid="status-checks"
        onClick={() => uiStore.showScreen('pruefungen')}
      >
        {open === 1 ? '1 offene Prüfung' : `${formatCount(open)} offene Prüfungen`}
      </button>
    </footer>
  );
}

export function AppShell() {
  const ui = useUiState();
  const screens = useSyncExternalStore(subscribeScreens, listScreens, listScreens);
  const { plan } = usePlanState();
  const h = plan.header;

  useEffect(() => {
    // Undo/redo also when the focus is on a button or outside the grids (grids handle their own).
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'F10' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        (document.querySelector('.menubar-top') as HTMLElement | null)?.focus();
        return;
      }
      if ((e.ctrlKey || e.metaKey) && (e.key === 'PageDown' || e.key === 'PageUp')) {
        // Strg+Bild auf/ab wechselt das Blatt, wie in Excel.
        const list = listScreens();
        const i = list.findIndex((s) => s.id === uiStore.getState().screen);
        const next = list[(i + (e.key === 'PageDown' ? 1 : -1) + list.length) % list.length];
        if (next) {
          e.preventDefault();
          uiStore.showScreen(next.id);
        }
        return;
      }
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select, [contenteditable]')) return;
      const action = historyActionFor(e);
      if (!action) return;
      e.preventDefault();
      runHistory(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const n = screens.length;
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : (index + (e.key === 'ArrowRight' ? 1 : -1) + n) % n;
    const target = screens[next];
    if (!target) return;
    uiStore.showScreen(target.id);
    requestAnimationFrame(() => document.getElementById(`tab-${target.id}`)?.focus());
  };

  return (
    <div className="app-shell">
      <header className="app-header">
        <MenuBar />
        <div className="app-title" data-testid="plan-title">
          <span className="app-name">AMIP-Planer</span>
          <span className="plan-name">
            {h.jobcenter} · {h.year} · {h.variante} <span className="plan-status">{h.status}</span>
          </span>
        </div>
        <UndoRedoButtons />
        <SaveIndicator />
      </header>
      {/* A landmark around the tablist (a nav with role="tablist" would be none). */}
      <nav className="sheet-tabs-nav" aria-label="Blätter">
        <div className="sheet-tabs" role="tablist" aria-label="Blätter">
          {screens.map((s, index) => (
            <button
              key={s.id}
              id={`tab-${s.id}`}
              type="button"
              role="tab"
              aria-selected={ui.screen === s.id}
              aria-controls={`panel-${s.id}`}
              tabIndex={ui.screen === s.id ? 0 : -1}
              data-testid={`tab-${s.id}`}
              className="sheet-tab"
              onClick={() => uiStore.showScreen(s.id)}
              onKeyDown={(e) => onTabKey(e, index)}
            >
              {s.label}
            </button>
          ))}
        </div>
      </nav>
      <main className="screens">
        {screens
          .filter((s) => ui.visited.includes(s.id) || ui.screen === s.id)
          .map((s) => {
            const Screen = s.component;
            const active = ui.screen === s.id;
            return (
              <section
                key={s.id}
                id={`panel-${s.id}`}
                role="tabpanel"
                aria-labelledby={`tab-${s.id}`}
                className="screen"
                hidden={!active}
                data-testid={`screen-${s.id}`}
              >
                <Screen active={active} />
              </section>
            );
          })}
      </main>
      <StatusLine />
    </div>
  );
}

/** For tests and the dev console: the store behind the UI. */
export function exposeForTests(): void {
  (globalThis as { __amip?: unknown }).__amip = { planStore, uiStore };
}
