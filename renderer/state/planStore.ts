/**
 * The one source every screen reads: the plan, its Calculation, the undo history and the
 * checks. Every change goes through a command (shared/commands) and is announced once to all
 * subscribers with what changed, so grids repaint only the cells that depend on it.
 *
 * API for other parts of the app (kept small on purpose):
 * - `planStore.getState()` → `{ plan, calc, history, checks, version }` (a new object per change)
 * - `planStore.subscribe((change: PlanChange) => …)` → unsubscribe; `change.plan` is the new plan,
 *   `change.applied`/`change.command` are set for executed, undone and redone commands
 *   (autosave, change log), `change.kind === 'load'` when a whole plan was loaded.
 * - `planStore.load(plan)` replaces the plan and clears the history (opening a file or a stored plan).
 * - `planStore.execute(cmd)`, `planStore.undo()`, `planStore.redo()`.
 *
 * Checks are not in the keystroke: after an edit they run once the repaint is done (after the
 * next frame), and a change `kind === 'checks'` announces new ones. They are kept incrementally
 * (shared/checks/liveChecks.ts): a value edit re-runs only the checks that read what changed.
 * A loaded plan is checked whole after its first paint. Until then `getState().checks` are the
 * previous ones (none right after `load`); `planStore.flushChecks()` brings them up to date at
 * once (exports, prints, tests that need them exact).
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Applied } from '../../shared/commands/applyCommand';
import { CommandError } from '../../shared/commands/applyCommand';
import type { Command } from '../../shared/commands/command';
import type { History } from '../../shared/commands/history';
import { emptyHistory, execute, redo, redoLabel, undo, undoLabel } from '../../shared/commands/history';
import { Calculation } from '../../shared/calc/engine';
import type { FigureId } from '../../shared/calc/expr';
import type { CheckChange } from '../../shared/checks/liveChecks';
import { LiveChecks } from '../../shared/checks/liveChecks';
import type { Pruefung } from '../../shared/checks/pruefung';
import { onlyInputValues } from '../../shared/commands/command';
import type { Plan } from '../../shared/model/plan';
import { beispielplan } from '../../shared/sample/beispielplan';
import { changedCheckTargets, attachCheckIndex } from './checkIndex';

export interface PlanState {
  plan: Plan;
  calc: Calculation;
  history: History;
  checks: Pruefung[];
  /** Increases with every change; cheap equality for memoised views. */
  version: number;
  /** Increases when rows, areas or lines were added, removed or moved (grids rebuild rows). */
  structureVersion: number;
}

export type ChangeKind = 'load' | 'execute' | 'undo' | 'redo' | 'checks';

export interface PlanChange {
  kind: ChangeKind;
  plan: Plan;
  /** The applied command (forward, inverse, focus, label); absent for `load`. */
  applied?: Applied;
  /** The command that ran: the user's command, or for undo the inverse that was applied. */
  command?: Command;
  /** Figure ids whose value changed, appeared or vanished. */
  changedFigures: FigureId[];
  /** Input cell keys whose value changed. */
  changedKeys: string[];
  /** Rows or areas changed: grids rebuild their row model. */
  structural: boolean;
  /** Checks changed (markers and the Prüfungen list repaint). */
  checksChanged: boolean;
  /** For `kind === 'checks'`: the checks before (markers repaint where they differ). */
  checksBefore?: Pruefung[];
  /** For `kind === 'checks'`: the cell keys and figure ids whose markers changed, or all. */
  checkTargets?: ReadonlySet<string> | 'all';
}

export type ExecuteResult = { ok: true; applied: Applied } | { ok: false; message: string };

type Listener = (change: PlanChange) => void;

/** What changed since the checks last ran (several edits may come before the next frame). */
interface PendingChecks {
  keys: Set<string>;
  figures: Set<string>;
  structural: boolean;
  texts: boolean;
}

const noChanges = (): PendingChecks => ({
  keys: new Set(),
  figures: new Set(),
  structural: false,
  texts: false,
});

/** One slice of a whole check run between frames: short enough not to delay a keystroke noticeably. */
const SLICE_MS = 8;

export class PlanStore {
  private state: PlanState;
  private readonly listeners = new Set<Listener>();
  /** The checks of the plan; null while a whole run (after `load` or a structural edit) is due. */
  private live: LiveChecks | null;
  /** A whole run in slices, from the plan it started with. */
  private building: Generator<void, LiveChecks> | null = null;
  /** The plan changed since the checks (or the whole run in slices) last looked at it. */
  private pending: PendingChecks | null = null;
  private checksScheduled = false;

  constructor(plan: Plan) {
    const calc = new Calculation(plan);
    this.live = new LiveChecks(plan, calc);
    this.state = {
      plan,
      calc,
      history: emptyHistory,
      checks: this.live.checks,
      version: 0,
      structureVersion: 0,
    };
    attachCheckIndex(this.state.checks, this.live);
  }

  getState = (): PlanState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Replaces the plan (file opened, stored plan loaded); the history starts empty, or is the
   * one kept with the stored plan (it must belong to exactly this plan, see historyKeeper.ts).
   */
  load(plan: Plan, history: History = emptyHistory): void {
    const calc = new Calculation(plan);
    // A Land plan takes a moment to check whole: the grid paints first (see scheduleChecks).
    this.live = null;
    this.building = null;
    this.pending = { ...noChanges(), structural: true };
    this.state = {
      plan,
      calc,
      history,
      checks: [],
      version: this.state.version + 1,
      structureVersion: this.state.structureVersion + 1,
    };
    this.emit({
      kind: 'load',
      plan,
      changedFigures: [],
      changedKeys: [],
      structural: true,
      checksChanged: true,
    });
    this.scheduleChecks();
  }

  execute(cmd: Command): ExecuteResult {
    return this.run('execute', () => execute(this.state.history, this.state.plan, cmd), cmd);
  }

  undo(): ExecuteResult | null {
    if (!this.state.history.past.length) return null;
    return this.run('undo', () => undo(this.state.history, this.state.plan), null);
  }

  redo(): ExecuteResult | null {
    if (!this.state.history.future.length) return null;
    return this.run('redo', () => redo(this.state.history, this.state.plan), null);
  }

  undoLabel(): string | null {
    return undoLabel(this.state.history);
  }

  redoLabel(): string | null {
    return redoLabel(this.state.history);
  }

  private run(
    kind: ChangeKind,
    step: () => { history: History; applied: Applied } | null,
    cmd: Command | null,
  ): ExecuteResult {
    let result: { history: History; applied: Applied } | null;
    try {
      result = step();
    } catch (err) {
      if (err instanceof CommandError) return { ok: false, message: err.message };
      throw err;
    }
    if (!result) return { ok: false, message: 'Nichts zu tun.' };
    const { applied, history } = result;
    const { calc } = this.state;
    const changedFigures = applied.structural
      ? calc.rebuild(applied.plan)
      : calc.updateInputs(applied.plan, applied.changedKeys);
    this.state = {
      plan: applied.plan,
      calc,
      history,
      checks: this.state.checks,
      version: this.state.version + 1,
      structureVersion: this.state.structureVersion + (applied.structural ? 1 : 0),
    };
    const command =
      cmd ?? (kind === 'undo' ? history.future[0]?.inverse : history.past[history.past.length - 1]?.forward);
    this.emit({
      kind,
      plan: applied.plan,
      applied,
      ...(command ? { command } : {}),
      changedFigures,
      changedKeys: applied.changedKeys,
      structural: applied.structural,
      checksChanged: false,
    });
    const pending = (this.pending ??= noChanges());
    for (const k of applied.changedKeys) pending.keys.add(k);
    for (const f of changedFigures) pending.figures.add(f);
    pending.structural ||= applied.structural;
    pending.texts ||= !command || !onlyInputValues(command);
    this.scheduleChecks();
    return { ok: true, applied };
  }

  /**
   * Brings the checks up to date now (a whole run at once if one is due); announces new ones
   * (`kind: 'checks'`) when they differ.
   */
  flushChecks(): void {
    this.advanceChecks(Infinity);
  }

  /**
   * Brings the checks up to date, or as far as `deadline` (performance.now()) allows when a
   * whole run is due: true when done. A structural edit or a loaded plan is checked whole, in
   * slices; a value edit re-runs the checks that read what changed (shared/checks/liveChecks.ts).
   */
  private advanceChecks(deadline: number): boolean {
    const { plan, calc } = this.state;
    const checksBefore = this.state.checks;
    if (this.live && this.pending?.structural) this.live = null;
    if (!this.live) {
      if (!this.building || this.pending?.structural) {
        this.building = LiveChecks.inSteps(plan, calc);
        this.pending = null;
      }
      for (;;) {
        const step = this.building.next();
        if (step.done) {
          this.live = step.value;
          break;
        }
        if (performance.now() > deadline) return false;
      }
      this.building = null;
      // Value edits made while the slices ran.
      if (this.pending) this.live.update(plan, calc, this.checkChange(this.pending));
      this.pending = null;
      if (this.live.checks.length === 0 && checksBefore.length === 0) return true;
      this.publishChecks(checksBefore, 'all');
      return true;
    }
    if (!this.pending) return true;
    const delta = this.live.update(plan, calc, this.checkChange(this.pending));
    this.pending = null;
    if (delta) this.publishChecks(checksBefore, changedCheckTargets(delta.before, delta.after));
    return true;
  }

  private checkChange(pending: PendingChecks): CheckChange {
    return {
      changedKeys: [...pending.keys],
      changedFigures: [...pending.figures],
      structural: pending.structural,
      texts: pending.texts,
    };
  }

  private publishChecks(checksBefore: Pruefung[], checkTargets: ReadonlySet<string> | 'all'): void {
    const live = this.live!;
    const checks = live.checks;
    attachCheckIndex(checks, live);
    this.state = { ...this.state, checks, version: this.state.version + 1 };
    this.emit({
      kind: 'checks',
      plan: this.state.plan,
      changedFigures: [],
      changedKeys: [],
      structural: false,
      checksChanged: true,
      checksBefore,
      checkTargets,
    });
  }

  /**
   * After the repaint of the edit: the next frame, then a task (a hidden window has no frames).
   * A whole run continues in further tasks, a slice each, until it is done.
   */
  private scheduleChecks(): void {
    if (this.checksScheduled) return;
    this.checksScheduled = true;
    const run = () => {
      this.checksScheduled = false;
      if (!this.advanceChecks(performance.now() + SLICE_MS)) {
        this.checksScheduled = true;
        setTimeout(run, 0);
      }
    };
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(run, 0);
      return;
    }
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      run();
    };
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, 200);
  }

  private emit(change: PlanChange): void {
    for (const l of [...this.listeners]) l(change);
  }
}

/** The app's store, starting from the Beispielplan until a stored plan is loaded. */
export const planStore = new PlanStore(beispielplan());

/** React: re-renders on every plan change. */
export function usePlanState(store: PlanStore = planStore): PlanState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/**
 * Like usePlanState, but only follows changes while `active` (hidden screens keep their last
 * render and catch up when shown), so an edit does not re-render screens nobody sees.
 */
export function usePlanStateWhen(active: boolean, store: PlanStore = planStore): PlanState {
  const subscribe = useCallback(
    (cb: () => void) => (active ? store.subscribe(cb) : () => undefined),
    [active, store],
  );
  const last = useRef(store.getState());
  if (active) last.current = store.getState();
  const get = () => (active ? store.getState() : last.current);
  return useSyncExternalStore(subscribe, get, get);
}
