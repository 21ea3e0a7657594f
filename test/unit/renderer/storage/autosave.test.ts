/** Autosave: every committed edit reaches IndexedDB in one transaction, bursts coalesced, failures retried. */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInput } from '../../../../shared/model/inputs';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { AutosaveSession } from '../../../../renderer/storage/autosave';
import type { SaveState } from '../../../../renderer/storage/autosave';
import type { AmipDb } from '../../../../renderer/storage/db';
import { createPlan, loadPlan } from '../../../../renderer/storage/planRepository';
import { listEditLog } from '../../../../renderer/storage/editLog';
import { FakeEditor, JUST_CREATED, openDb, setValue, sleep, uniqueDbName, until } from './helpers';

const EGZ = 'row.r-egz.mittelansatz';
const open: AmipDb[] = [];
const sessions: AutosaveSession[] = [];

async function setup(opts: { retryMs?: number[]; checkpointIdleMs?: number; checkpointEvery?: number } = {}) {
  const name = uniqueDbName();
  const db = openDb(name);
  open.push(db);
  const plan = beispielplan();
  await createPlan(db, plan, 'setup');
  const editor = new FakeEditor(plan);
  const session = new AutosaveSession(db, plan, JUST_CREATED, {
    windowId: 'w-a',
    author: () => 'Frau Planerin',
    onReplace: editor.replace,
    ...opts,
  });
  sessions.push(session);
  editor.session = session;
  return { db, name, plan, editor, session };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) s.dispose();
  for (const db of open.splice(0)) db.close();
});

describe('Autosave', () => {
  it('writes one edit within 300 ms, with its Änderungsprotokoll entry', async () => {
    const { db, plan, editor, session } = await setup();
    const started = Date.now();
    editor.run(setValue(EGZ, 2_400_000));
    expect(session.getState().kind).toBe('saving');
    await until(() => session.getState().kind === 'saved', 300);
    expect(Date.now() - started).toBeLessThan(300);
    const stored = await loadPlan(db, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(2_400_000);
    const log = await listEditLog(db, plan.id);
    expect(log).toHaveLength(1);
    expect(log[0]!.author).toBe('Frau Planerin');
    expect(log[0]!.command).toEqual(setValue(EGZ, 2_400_000));
    expect(log[0]!.changes[0]!.what).toContain('Eingliederungszuschüsse (EGZ)');
    expect(log[0]!.changes[0]!.before).toMatch(/2\.200\.000/);
    expect(log[0]!.changes[0]!.after).toMatch(/2\.400\.000/);
  });

  it('coalesces a burst of 20 edits into one write (one revision) and logs every edit', async () => {
    const { db, plan, editor, session } = await setup();
    const transaction = vi.spyOn(db, 'transaction');
    for (let i = 1; i <= 20; i++) editor.run(setValue('row.r-mag.eintritte', 1000 + i));
    await until(() => session.getState().kind === 'saved');
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(session.rev).toBe(2);
    const state = session.getState() as Extract<SaveState, { kind: 'saved' }>;
    expect(state.acknowledged).toBe(20);
    const stored = await loadPlan(db, plan.id);
    expect(stored.ok && readInput(stored.plan, 'row.r-mag.eintritte')).toBe(1020);
    const log = await listEditLog(db, plan.id);
    expect(log.map((e) => e.changes[0]!.after)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(1020 - i).replace(/(\d)(\d{3})$/, '$1.$2')),
    );
  });

  it('flush() writes at once (window hidden or closed)', async () => {
    const { db, plan, editor, session } = await setup();
    editor.run(setValue(EGZ, 1));
    await session.flush();
    const stored = await loadPlan(db, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(1);
  });

  it('Speicherplatz voll: says so in German, keeps the edits in memory and retries until they are stored', async () => {
    const { db, name, plan, editor, session } = await setup({ retryMs: [30] });
    const realPut = IDBObjectStore.prototype.put;
    let failures = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (failures < 3) {
        failures++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    });
    editor.run(setValue(EGZ, 3_000_000));
    await until(() => session.getState().kind === 'error');
    const state = session.getState();
    if (state.kind !== 'error') throw new Error('unreachable');
    expect(state.problem.kind).toBe('quota');
    expect(state.problem.reason).toBe('Der Speicherplatz ist voll.');
    expect(state.pending).toBe(1);
    editor.run(setValue(EGZ, 3_100_000)); // typing goes on while the disk is full
    await until(() => session.getState().kind === 'saved', 3000);
    expect(failures).toBe(3);
    vi.restoreAllMocks();
    const other = openDb(name); // a fresh connection sees what is on "disk"
    open.push(other);
    const stored = await loadPlan(other, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(3_100_000);
    expect(await listEditLog(db, plan.id)).toHaveLength(2);
  });

  it('a closed database (blocked, unavailable) is reported and the edit is kept, then saved on retry', async () => {
    const { name, plan, editor, session, db } = await setup({ retryMs: [20] });
    db.close();
    editor.run(setValue(EGZ, 5));
    await until(() => session.getState().kind === 'error');
    const s = session.getState();
    expect(s.kind === 'error' && s.problem.reason).toMatch(/nicht erreichbar/);
    await db.open();
    await until(() => session.getState().kind === 'saved', 2000);
    const other = openDb(name);
    open.push(other);
    const stored = await loadPlan(other, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(5);
  });

  it('the edit log is a recovery journal: replaying its commands on the first stored state gives the saved plan', async () => {
    const { db, plan, editor, session } = await setup();
    editor.run(setValue(EGZ, 7));
    await sleep(40);
    editor.run({
      type: 'setText',
      target: { kind: 'row', rowId: 'r-egz', field: 'instrument' },
      value: 'EGZ neu',
    });
    editor.run(setValue('hh.vorbindungen.plan', 12_000_000));
    await until(() => session.getState().kind === 'saved' && session.pendingCount === 0);
    const { applyCommand } = await import('../../../../shared/commands/applyCommand');
    let replayed = plan;
    for (const e of (await listEditLog(db, plan.id)).reverse())
      replayed = applyCommand(replayed, e.command!).plan;
    const stored = await loadPlan(db, plan.id);
    if (!stored.ok) throw new Error('not stored');
    expect({ ...replayed, header: { ...replayed.header, changedAt: '' } }).toEqual({
      ...stored.plan,
      header: { ...stored.plan.header, changedAt: '' },
    });
  });

  it('an edit writes only the journal and the small header; a fresh connection still sees it', async () => {
    const { db, name, plan, editor, session } = await setup();
    editor.run(setValue(EGZ, 4_444_444));
    await session.flush();
    const content = await db.planContents.get(plan.id);
    expect(content?.rev).toBe(1); // the checkpoint is still the first state
    expect(readInput(content!.plan, EGZ)).toBe(2_200_000);
    expect((await db.plans.get(plan.id))?.rev).toBe(2);
    const other = openDb(name);
    open.push(other);
    const loaded = await loadPlan(other, plan.id);
    expect(loaded.ok && loaded.rev).toBe(2);
    expect(loaded.ok && readInput(loaded.plan, EGZ)).toBe(4_444_444);
  });

  it('writes the whole plan as a checkpoint when the user pauses, and after many journal entries', async () => {
    const idle = await setup({ checkpointIdleMs: 30 });
    idle.editor.run(setValue(EGZ, 1));
    await idle.session.flush();
    await until(async () => (await idle.db.planContents.get(idle.plan.id))?.rev === 2);
    expect(readInput((await idle.db.planContents.get(idle.plan.id))!.plan, EGZ)).toBe(1);

    const many = await setup({ checkpointEvery: 5, checkpointIdleMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      many.editor.run(setValue(EGZ, 10 + i));
      await many.session.flush();
    }
    await until(async () => (await many.db.planContents.get(many.plan.id))?.rev === 6);
    expect(readInput((await many.db.planContents.get(many.plan.id))!.plan, EGZ)).toBe(14);
  });

  it('flushUrgently (window closing) issues the write at once, and nothing is written twice', async () => {
    const { db, name, plan, editor, session } = await setup();
    editor.run(setValue(EGZ, 6_000_000));
    editor.run(setValue('row.r-mag.eintritte', 1_234));
    session.flushUrgently();
    expect(session.pendingCount).toBe(0); // taken synchronously
    await until(() => session.getState().kind === 'saved');
    await session.flush();
    const other = openDb(name);
    open.push(other);
    const loaded = await loadPlan(other, plan.id);
    expect(loaded.ok && readInput(loaded.plan, EGZ)).toBe(6_000_000);
    expect(loaded.ok && readInput(loaded.plan, 'row.r-mag.eintritte')).toBe(1_234);
    expect(await listEditLog(db, plan.id)).toHaveLength(2);
  });

  it('flushUrgently while the regular write is still reading: aborts it and appends its edit itself, once, without a failure', async () => {
    const { db, name, plan, editor, session } = await setup();
    const kinds: string[] = [];
    session.subscribe((s) => kinds.push(s.kind));
    editor.run(setValue(EGZ, 7_000_000));
    // the regular write has opened its transaction (debounce over) and waits for its reads
    const writing = () => (session as unknown as { writing: IDBTransaction | null }).writing;
    // polled between IndexedDB's own steps (setImmediate), not every 5 ms: the read is short
    for (let i = 0; writing() === null; i++) {
      if (i > 100_000) throw new Error('Der Schreibvorgang hat nicht begonnen.');
      await new Promise((r) => setImmediate(r));
    }
    const tx = writing()!;
    const ended = new Promise<string>((resolve) => {
      tx.addEventListener('complete', () => resolve('complete'));
      tx.addEventListener('abort', () => resolve('abort'));
    });
    session.flushUrgently(); // the page goes: the reading write would never get to its writes
    expect(await ended).toBe('abort');
    expect(session.pendingCount).toBe(0);
    await until(() => session.getState().kind === 'saved');
    await session.flush();
    expect(kinds).not.toContain('error');
    const other = openDb(name);
    open.push(other);
    const loaded = await loadPlan(other, plan.id);
    expect(loaded.ok && readInput(loaded.plan, EGZ)).toBe(7_000_000);
    expect(await listEditLog(db, plan.id)).toHaveLength(1);
  });
});
