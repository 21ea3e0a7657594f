/**
 * Connects the plan store (renderer/state/planStore.ts) to the local database: opens the last
 * plan at start, records every committed command for autosave, flushes when the window is
 * hidden or closed, and switches plans. Screens read its state with `useStorageState()`.
 */
import { useSyncExternalStore } from 'react';
import type { History } from '../../shared/commands/history';
import type { Id, Plan } from '../../shared/model/plan';
import { newId } from '../../shared/model/ids';
import { variantOf } from '../../shared/storage/newPlans';
import { beispielplan } from '../../shared/sample/beispielplan';
import type { StorageProblem } from '../../shared/storage/storageErrors';
import { classifyStorageError } from '../../shared/storage/storageErrors';
import type { PlanChange, PlanStore } from '../state/planStore';
import type { SaveNotice, SaveState } from './autosave';
import { AutosaveSession } from './autosave';
import { AmipDb } from './db';
import type { DeletedPlan } from './planRepository';
import {
  checkAllPlans,
  createFortschreibung,
  createPlan,
  deletePlan,
  listPlans,
  loadPlan,
  undoDelete,
} from './planRepository';
import { HistoryKeeper, loadHistory } from './historyKeeper';
import { getUserName, setUserName } from './settings';
import { watchPageLifecycle } from './urgentFlush';
import { WINDOW_ID } from './windowId';

const LAST_PLAN = 'lastPlanId';

export interface StorageState {
  /** The database answered at least once. */
  ready: boolean;
  /** Opening the database failed (private window, blocked, newer version). */
  dbProblem: StorageProblem | null;
  userName: string | null;
  planId: Id | null;
  save: SaveState;
  notices: SaveNotice[];
  /**
   * Plans deleted on the Start screen, newest last, kept while the app is open so that
   * "Rückgängig" can bring them back (also after the screen was left or re-mounted).
   */
  deleted: DeletedPlan[];
}

type Listener = () => void;

export class StorageController {
  readonly db: AmipDb;
  private readonly store: PlanStore;
  private session: AutosaveSession | null = null;
  /** The open plan's undo history, kept for the next start (historyKeeper.ts). */
  private history: HistoryKeeper | null = null;
  private prevPlan: Plan;
  /** Set while this controller itself loads a plan into the store. */
  private loading = false;
  private state: StorageState = {
    ready: false,
    dbProblem: null,
    userName: null,
    planId: null,
    save: { kind: 'saved', at: null, acknowledged: 0 },
    notices: [],
    deleted: [],
  };
  private readonly listeners = new Set<Listener>();
  private unsubs: (() => void)[] = [];
  /** Start, plan switches and adoptions run one after the other. */
  private queue: Promise<unknown> = Promise.resolve();

  /** false: plans loaded into the store by others are not stored (benchmark pages). */
  private readonly adoptLoads: boolean;

  constructor(store: PlanStore, db = new AmipDb(), opts: { adoptLoads?: boolean } = {}) {
    this.adoptLoads = opts.adoptLoads ?? true;
    this.store = store;
    this.db = db;
    this.prevPlan = store.getState().plan;
    this.unsubs.push(store.subscribe(this.onChange));
  }

  getState = (): StorageState => this.state;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(patch: Partial<StorageState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Opens the database and the last plan (or the Beispielplan on the very first start). */
  start(): Promise<void> {
    return this.serial(() => this.startNow());
  }

  private async startNow(): Promise<void> {
    try {
      await this.db.open();
      const userName = await getUserName(this.db);
      const last = (await this.db.settings.get(LAST_PLAN))?.value;
      const plans = await listPlans(this.db);
      let id = typeof last === 'string' && plans.some((p) => p.id === last) ? last : plans[0]?.id;
      if (!id) {
        // First start: the Beispielplan, stored under its own id, so the first edit is kept.
        const plan = beispielplan();
        await createPlan(this.db, plan, WINDOW_ID);
        id = plan.id;
      }
      this.set({ ready: true, userName });
      const opened = await this.openPlanNow(id);
      // Broken stored plans go to quarantine (shown on the Start screen); checked after the
      // start so that many large plans do not delay the first paint.
      setTimeout(() => void checkAllPlans(this.db).catch(() => undefined), 1500);
      if (!opened.ok && plans.length > 1) {
        const other = plans.find((p) => p.id !== id);
        if (other) await this.openPlanNow(other.id);
      }
    } catch (err) {
      // Edits still work in memory; the session (if any) keeps retrying and says why.
      this.set({ ready: true, dbProblem: classifyStorageError(err) });
      this.startMemorySession(this.store.getState().plan);
    }
    this.attachPageLifecycle();
  }

  /** Without a database: edits are recorded against the in-memory plan and retried. */
  private startMemorySession(plan: Plan): void {
    if (this.session) return;
    this.useSession(new AutosaveSession(this.db, plan, { rev: 0, seq: 0 }, this.sessionOptions()));
    this.set({ planId: plan.id });
  }

  private sessionOptions() {
    return {
      windowId: WINDOW_ID,
      author: () => this.state.userName ?? 'unbekannt',
      onReplace: (plan: Plan) => this.loadIntoStore(plan),
      // The history is kept only for exactly the plan that is stored.
      onSaved: (seq: number, plan: Plan) => {
        if (this.store.getState().plan === plan) this.history?.saved(seq);
      },
      urgentSetting: (seq: number, extra: number) => this.history?.urgentRecord(seq, extra) ?? null,
    };
  }

  private useSession(session: AutosaveSession): void {
    this.session = session;
    session.subscribe((save) => this.set({ save }));
    session.onNotice((n) => this.set({ notices: [...this.state.notices.slice(-9), n] }));
    this.set({ save: session.getState() });
  }

  private loadIntoStore(plan: Plan, history?: History): void {
    this.loading = true;
    try {
      this.store.load(plan, history);
    } finally {
      this.loading = false;
    }
  }

  /** Opens a stored plan in the editor (pending edits of the current one are written first). */
  openPlan(id: Id): Promise<{ ok: true } | { ok: false; message: string }> {
    return this.serial(() => this.openPlanNow(id));
  }

  private async openPlanNow(id: Id): Promise<{ ok: true } | { ok: false; message: string }> {
    await this.closeSession();
    const r = await loadPlan(this.db, id);
    if (!r.ok)
      return {
        ok: false,
        message:
          r.reason === 'missing'
            ? 'Der Plan ist nicht mehr vorhanden.'
            : 'Der Plan ist beschädigt und wurde in die Quarantäne verschoben (siehe Startseite).',
      };
    // Remembered before the plan reaches the store: written after it, the write's completion
    // queued behind the first paint's long tasks and held the open up by 0,2–1 s (60.000 rows).
    const [history] = await Promise.all([
      loadHistory(this.db, id, r.seq),
      this.db.settings.put({ key: LAST_PLAN, value: id }),
    ]);
    this.loadIntoStore(r.plan, history ?? undefined);
    this.history = new HistoryKeeper(this.db, id, WINDOW_ID, () => this.store.getState().history);
    const session = new AutosaveSession(this.db, r.plan, { rev: r.rev, seq: r.seq }, this.sessionOptions());
    this.useSession(session);
    session.startSync();
    const notices = r.warnings.map((message) => ({
      kind: 'verworfen' as const,
      message,
      at: new Date().toISOString(),
    }));
    this.set({ planId: id, notices });
    return { ok: true };
  }

  private async closeSession(): Promise<void> {
    const s = this.session;
    if (!s) return;
    await s.flush();
    if (s.pendingCount)
      throw new Error(
        'Die letzten Eingaben sind noch nicht gespeichert. Bitte erst den Speicherfehler beheben.',
      );
    await this.history?.flush();
    this.history = null;
    await s.checkpoint();
    s.dispose();
    this.session = null;
  }

  private readonly onChange = (change: PlanChange): void => {
    const before = this.prevPlan;
    this.prevPlan = change.plan;
    if (change.kind === 'load') {
      if (!this.loading && this.adoptLoads) void this.serial(() => this.adopt(change.plan));
      return;
    }
    if (!change.command || !change.applied) return;
    // An edit before the stored plan was opened (slow or failing database): keep it anyway.
    if (!this.session) this.startMemorySession(before);
    this.session!.record(before, change.plan, change.command, change.applied.label);
  };

  /**
   * Someone else loaded a plan into the store (file opened by the desktop shell): store it as a
   * new plan, or as a new variant when its id already exists; never overwrite.
   */
  private async adopt(plan: Plan): Promise<void> {
    try {
      await this.closeSession();
      let stored = plan;
      if (await this.db.plans.get(plan.id)) {
        stored = variantOf(plan, {
          id: newId('plan'),
          now: new Date().toISOString(),
          author: this.state.userName ?? '',
          variante: `${plan.header.variante} (geöffnet)`,
        });
      }
      await createPlan(this.db, stored, WINDOW_ID);
      await this.openPlanNow(stored.id);
    } catch (err) {
      this.set({ dbProblem: classifyStorageError(err) });
      this.startMemorySession(plan);
    }
  }

  /** "Plan N+1 aus Plan N erstellen" and open it. */
  async fortschreiben(sourceId: Id, keepInputs: boolean): Promise<Plan> {
    const plan = await createFortschreibung(this.db, sourceId, {
      keepInputs,
      author: this.state.userName ?? '',
      writer: WINDOW_ID,
    });
    const r = await this.openPlan(plan.id);
    if (!r.ok) throw new Error(r.message);
    return plan;
  }

  /** Deletes a stored plan (not the open one); it can be brought back while the app is open. */
  async deletePlan(id: Id): Promise<void> {
    if (id === this.state.planId) throw new Error('Der geöffnete Plan kann nicht gelöscht werden.');
    const d = await deletePlan(this.db, id);
    this.set({ deleted: [...this.state.deleted, d] });
  }

  /** Brings back the plan deleted last. */
  async undoDelete(): Promise<void> {
    const d = this.state.deleted[this.state.deleted.length - 1];
    if (!d) return;
    await undoDelete(this.db, d);
    this.set({ deleted: this.state.deleted.filter((x) => x !== d) });
  }

  /** Writes pending edits now (before saving a version, switching plans, closing). */
  flush(): Promise<void> {
    return this.session?.flush() ?? Promise.resolve();
  }

  /** Durations (ms) of the open plan's last autosave transactions. */
  saveTimings(): number[] {
    return [...(this.session?.writeTimes ?? [])];
  }

  retry(): void {
    void this.session?.retry();
  }

  dismissNotice(n: SaveNotice): void {
    this.set({ notices: this.state.notices.filter((x) => x !== n) });
  }

  async setUserName(name: string): Promise<void> {
    await setUserName(this.db, name);
    this.set({ userName: name.trim() });
  }

  get currentRev(): number {
    return this.session?.rev ?? 0;
  }

  hasUnsaved(): boolean {
    return !!this.session && (this.session.pendingCount > 0 || this.state.save.kind !== 'saved');
  }

  private attachPageLifecycle(): void {
    if (typeof window === 'undefined') return;
    this.unsubs.push(
      watchPageLifecycle(window, {
        flushUrgently: () => {
          this.session?.flushUrgently();
          this.history?.flushUrgently();
        },
        sync: () => void this.session?.sync(),
        retry: () => this.retry(),
        saveFailed: () => this.state.save.kind === 'error',
      }),
    );
  }

  dispose(): void {
    for (const u of this.unsubs.splice(0)) u();
    this.session?.dispose();
    this.db.close();
  }
}

let controller: StorageController | null = null;

/** The app's controller; created by startStorage() (startStorage.ts). */
export function storageController(): StorageController {
  if (!controller) throw new Error('Der Speicher ist noch nicht gestartet.');
  return controller;
}

export function createStorageController(
  store: PlanStore,
  opts: { adoptLoads?: boolean } = {},
): StorageController {
  controller ??= new StorageController(store, undefined, opts);
  return controller;
}

export function useStorageState(): StorageState {
  const c = storageController();
  return useSyncExternalStore(c.subscribe, c.getState, c.getState);
}
