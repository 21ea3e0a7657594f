/**
 * Issue 11, point 3: a window closing (flushUrgently) while another window saved must not lose
 * the other window's edit. Two or three autosave sessions on one database, as windows are; every
 * test ends with the stored plan read through a fresh connection and compared with the replay
 * of the whole Änderungsprotokoll.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInput } from '../../../../shared/model/inputs';
import type { Plan } from '../../../../shared/model/plan';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { AutosaveSession } from '../../../../renderer/storage/autosave';
import type { SaveNotice } from '../../../../renderer/storage/autosave';
import type { AmipDb } from '../../../../renderer/storage/db';
import { listEditLog } from '../../../../renderer/storage/editLog';
import { createPlan, listPlans, loadPlan } from '../../../../renderer/storage/planRepository';
import { restoreVersion, saveVersion } from '../../../../renderer/storage/versionRepository';
import { FakeEditor, openDb, setValue, sleep, uniqueDbName, until } from './helpers';
import { content, expectLogMatchesPlan, loggedValues } from './journalCheck';

const EGZ = 'row.r-egz.mittelansatz';
const MAG = 'row.r-mag.eintritte';
const ESG = 'row.r-esg.eintritte';

interface Win {
  id: string;
  db: AmipDb;
  editor: FakeEditor;
  session: AutosaveSession;
  notices: SaveNotice[];
  /** Values this window typed, in order (for "every acknowledged edit survives"). */
  typed: { key: string; value: number }[];
}

const dbs: AmipDb[] = [];
const sessions: AutosaveSession[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) s.dispose();
  for (const db of dbs.splice(0)) db.close();
});

/** Opens the stored plan in a new "window": its own connection, editor and autosave session. */
async function openWindow(
  name: string,
  planId: string,
  id: string,
  opts: { sync?: boolean; debounceMs?: number } = {},
): Promise<Win> {
  const db = openDb(name);
  dbs.push(db);
  const loaded = await loadPlan(db, planId);
  if (!loaded.ok) throw new Error('Plan nicht geladen');
  const editor = new FakeEditor(loaded.plan);
  const notices: SaveNotice[] = [];
  const session = new AutosaveSession(
    db,
    loaded.plan,
    { rev: loaded.rev, seq: loaded.seq },
    {
      windowId: id,
      author: () => `Person ${id}`,
      onReplace: editor.replace,
      ...(opts.debounceMs ? { debounceMs: opts.debounceMs, maxWaitMs: opts.debounceMs } : {}),
      checkpointIdleMs: 60_000, // checkpoints are called by the tests
    },
  );
  session.onNotice((n) => notices.push(n));
  sessions.push(session);
  editor.session = session;
  if (opts.sync ?? true) session.startSync();
  return { id, db, editor, session, notices, typed: [] };
}

async function stored(): Promise<{ name: string; plan: Plan }> {
  const name = uniqueDbName();
  const plan = beispielplan();
  const db = openDb(name);
  await createPlan(db, plan, 'setup');
  db.close();
  return { name, plan };
}

function type(w: Win, key: string, value: number): void {
  w.editor.run(setValue(key, value));
  w.typed.push({ key, value });
}

const acknowledged = (w: Win): number => w.session.getState().acknowledged;

/** The window is closed: what flushUrgently issued is all it writes. */
function close(w: Win): void {
  w.session.dispose();
  w.db.close();
}

describe('Fenster schließen, während ein anderes Fenster gespeichert hat', () => {
  it('the edit saved in window B survives window A closing with an older state and A checkpointing later', async () => {
    const { name, plan } = await stored();
    // A has not heard of B's write yet (the notification is still on its way).
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b');
    type(b, MAG, 999);
    await b.session.flush();
    expect(b.session.getState()).toMatchObject({ kind: 'saved', acknowledged: 1 });
    type(a, EGZ, 1_111_111);
    a.session.flushUrgently(); // the window is being hidden
    await until(() => acknowledged(a) === 1);
    await a.session.checkpoint(); // the window came back and was idle
    const plan2 = await expectLogMatchesPlan(name, plan);
    expect(readInput(plan2, MAG)).toBe(999);
    expect(readInput(plan2, EGZ)).toBe(1_111_111);
    // Both windows show the stored plan: A took B's edit over, B heard of A's.
    expect(content(a.editor.plan)).toEqual(content(plan2));
    await until(() => readInput(b.editor.plan, EGZ) === 1_111_111);
    expect(content(b.editor.plan)).toEqual(content(plan2));
    expect(a.notices.map((n) => n.kind)).toEqual(['aktualisiert']);
    expect(b.notices.map((n) => n.kind)).toEqual(['aktualisiert']);
  });

  it('the same cell in both windows: the later write (A closing) wins in the plan, the log and window B', async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b');
    type(b, EGZ, 2_000_000);
    await b.session.flush();
    expect(acknowledged(b)).toBe(1);
    type(a, EGZ, 1_000_000);
    a.session.flushUrgently();
    close(a);
    // B goes on working and writes its checkpoint.
    type(b, MAG, 5);
    await b.session.flush();
    await b.session.checkpoint();
    const after = await expectLogMatchesPlan(name, plan);
    expect(readInput(after, EGZ)).toBe(1_000_000);
    expect(readInput(after, MAG)).toBe(5);
    expect(await loggedValues(b.db, plan.id, EGZ)).toEqual([2_000_000, 1_000_000]);
    // The Änderungsprotokoll reads in the order the plan took the values: A's entry starts from B's.
    const [newest] = (await listEditLog(b.db, plan.id, { sheet: 'portfolio' })).filter(
      (e) => e.changes[0]!.cellKey === EGZ,
    );
    expect(newest!.author).toBe('Person w-a');
    expect([newest!.changes[0]!.before, newest!.changes[0]!.after]).toEqual(['2.000.000 €', '1.000.000 €']);
    expect(readInput(b.editor.plan, EGZ)).toBe(1_000_000);
    expect(content(b.editor.plan)).toEqual(content(after));
    const told = b.notices.find((n) => n.kind === 'ueberschrieben');
    expect(told?.message).toContain('Person w-a');
    expect(told?.message).toContain('Eingliederungszuschüsse (EGZ) › Mittelansatz');
  });

  it('the same cell the other way round: B saves after A closed, B wins and says so', async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b', { sync: false });
    type(a, EGZ, 1_000_000);
    a.session.flushUrgently();
    close(a);
    type(b, EGZ, 2_000_000); // typed before B heard of A
    await b.session.flush();
    const after = await expectLogMatchesPlan(name, plan);
    expect(readInput(after, EGZ)).toBe(2_000_000);
    expect(await loggedValues(b.db, plan.id, EGZ)).toEqual([1_000_000, 2_000_000]);
    const [newest] = await listEditLog(b.db, plan.id);
    expect([newest!.changes[0]!.before, newest!.changes[0]!.after]).toEqual(['1.000.000 €', '2.000.000 €']);
    expect(b.notices.map((n) => n.kind)).toEqual(['ueberschreibt']);
    expect(content(b.editor.plan)).toEqual(content(after));
  });

  it('both windows close at the same moment (both flush urgently), then both checkpoint', async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b', { sync: false });
    type(a, EGZ, 1);
    type(b, MAG, 2);
    type(b, EGZ, 3);
    a.session.flushUrgently();
    b.session.flushUrgently();
    await until(() => acknowledged(a) === 1 && acknowledged(b) === 2);
    await a.session.checkpoint();
    await b.session.checkpoint();
    const after = await expectLogMatchesPlan(name, plan);
    expect(readInput(after, EGZ)).toBe(3); // B's write came last
    expect(readInput(after, MAG)).toBe(2);
    for (const w of [a, b]) {
      await w.session.sync();
      expect(content(w.editor.plan)).toEqual(content(after));
    }
  });

  it('a window closed for good: its entries are replayed and announced by the next window that opens the plan', async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a');
    a.editor.run({ type: 'setHeader', patch: { variante: 'Entwurf Trägerversammlung' } });
    type(a, EGZ, 44);
    a.session.flushUrgently();
    close(a);
    const c = await openWindow(name, plan.id, 'w-c'); // opens and starts watching
    expect(readInput(c.editor.plan, EGZ)).toBe(44);
    await until(async () => (await c.db.plans.get(plan.id))?.lastWriter === 'w-c');
    const header = (await c.db.plans.get(plan.id))!;
    expect(header.header.variante).toBe('Entwurf Trägerversammlung'); // the plan list shows it
    expect(header.rev).toBe(2);
    expect((await listPlans(c.db, 'trägerversammlung')).map((p) => p.id)).toEqual([plan.id]);
    await expectLogMatchesPlan(name, plan);
  });

  it('a database written before checkpoints knew their journal position is read and continued correctly', async () => {
    const { name, plan } = await stored();
    const old = await openWindow(name, plan.id, 'w-alt', { sync: false });
    type(old, EGZ, 51);
    await old.session.flush();
    await old.session.checkpoint();
    type(old, MAG, 52);
    await old.session.flush();
    close(old);
    // As the previous version stored them: no seq on header and checkpoint.
    const raw = openDb(name);
    dbs.push(raw);
    const { seq: _h, ...header } = (await raw.plans.get(plan.id))!;
    const { seq: _c, ...checkpoint } = (await raw.planContents.get(plan.id))!;
    await raw.plans.put(header);
    await raw.planContents.put(checkpoint);
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    expect([readInput(a.editor.plan, EGZ), readInput(a.editor.plan, MAG)]).toEqual([51, 52]);
    type(a, ESG, 53);
    await a.session.flush();
    await a.session.checkpoint();
    const after = await expectLogMatchesPlan(name, plan);
    expect([readInput(after, EGZ), readInput(after, MAG), readInput(after, ESG)]).toEqual([51, 52, 53]);
  });

  it("A closing just before B's checkpoint", async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b');
    type(b, MAG, 11);
    await b.session.flush();
    type(a, EGZ, 12);
    a.session.flushUrgently();
    close(a);
    await b.session.checkpoint();
    const after = await expectLogMatchesPlan(name, plan);
    expect([readInput(after, MAG), readInput(after, EGZ)]).toEqual([11, 12]);
  });

  it("A closing while B's checkpoint transaction runs", async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false, debounceMs: 60_000 });
    const b = await openWindow(name, plan.id, 'w-b');
    type(b, MAG, 21);
    await b.session.flush();
    type(a, EGZ, 22);
    const put = b.db.planContents.put.bind(b.db.planContents);
    let closedDuring = false;
    vi.spyOn(b.db.planContents, 'put').mockImplementation((...args) => {
      if (!closedDuring) {
        closedDuring = true;
        a.session.flushUrgently(); // issued while B's checkpoint transaction is open
        close(a);
      }
      return put(...args);
    });
    await b.session.checkpoint();
    expect(closedDuring).toBe(true);
    expect(readInput((await b.db.planContents.get(plan.id))!.plan, EGZ)).toBe(2_200_000); // behind A's entry
    await b.session.sync(); // B regains focus
    const after = await expectLogMatchesPlan(name, plan);
    expect([readInput(after, MAG), readInput(after, EGZ)]).toEqual([21, 22]);
    expect(content(b.editor.plan)).toEqual(content(after));
  });

  it('a late checkpoint never brings back the state from before a version restored in another window', async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b', { sync: false });
    const vorlage = await saveVersion(b.db, plan.id, 'Vorlage', 'Person w-b');
    type(a, EGZ, 61);
    await a.session.flush();
    await restoreVersion(b.db, vorlage.id, 'Person w-b', 'w-b');
    await a.session.checkpoint(); // A still holds the state with 61
    const check = openDb(name);
    dbs.push(check);
    const loaded = await loadPlan(check, plan.id);
    expect(loaded.ok && readInput(loaded.plan, EGZ)).toBe(2_200_000);
    expect(readInput((await check.planContents.get(plan.id))!.plan, EGZ)).toBe(2_200_000);
    expect(readInput(a.editor.plan, EGZ)).toBe(2_200_000); // A took the restored plan over
    expect(a.notices.map((n) => n.kind)).toEqual(['aktualisiert']);
  });

  it('a window that crashed after its journal write and before its checkpoint loses nothing', async () => {
    const { name, plan } = await stored();
    const a = await openWindow(name, plan.id, 'w-a', { sync: false });
    const b = await openWindow(name, plan.id, 'w-b', { sync: false });
    const c = await openWindow(name, plan.id, 'w-c', { sync: false });
    type(a, EGZ, 31);
    await a.session.flush(); // journal and header written …
    close(a); // … and the window is gone before any checkpoint
    type(b, MAG, 32);
    await b.session.flush();
    type(c, ESG, 33);
    c.session.flushUrgently(); // closing with an older state …
    close(c); // … and gone
    type(b, MAG, 34);
    await b.session.flush();
    await b.session.checkpoint();
    const after = await expectLogMatchesPlan(name, plan);
    expect([readInput(after, EGZ), readInput(after, MAG), readInput(after, ESG)]).toEqual([31, 34, 33]);
    expect(content(b.editor.plan)).toEqual(content(after));
  });

  // 20 seeds × 40 steps on fake-indexeddb: correctness, not speed (that is `npm run bench`); on a
  // shared, loaded machine it takes longer than vitest's default 5 s, so it gets a minute.
  it('random interleavings of typing, saving, closing, focus, checkpoints and crashes in three windows keep every acknowledged edit', async () => {
    const keys = [EGZ, MAG, ESG];
    for (let seed = 1; seed <= 20; seed++) {
      let x = seed * 7919;
      const rnd = (n: number): number => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return x % n;
      };
      const { name, plan } = await stored();
      const slots: (Win | null)[] = [null, null, null];
      const gone: { w: Win; acked: number }[] = [];
      let value = 1000;
      let opened = 0;
      for (let step = 0; step < 40; step++) {
        const i = rnd(3);
        const w = slots[i];
        if (!w) {
          slots[i] = await openWindow(name, plan.id, `w-${seed}-${opened++}`, { sync: rnd(2) === 0 });
          continue;
        }
        switch (rnd(8)) {
          case 0:
          case 1:
            type(w, keys[rnd(3)]!, value++);
            break;
          case 2:
            void w.session.flush();
            break;
          case 3:
            w.session.flushUrgently();
            break;
          case 4:
            void w.session.checkpoint();
            break;
          case 5: {
            // closed (urgent flush first) or crashed (nothing more is written)
            if (rnd(2)) w.session.flushUrgently();
            gone.push({ w, acked: acknowledged(w) });
            close(w);
            slots[i] = null;
            break;
          }
          case 6:
            void w.session.sync(); // the window got the focus back
            break;
          default:
            await sleep(rnd(8));
        }
      }
      for (const w of slots)
        if (w) {
          await w.session.flush();
          await until(() => w.session.pendingCount === 0 && w.session.getState().kind === 'saved');
          await w.session.checkpoint();
        }
      // One more window opens the plan (as the next start would) and folds in what closed ones left.
      const last = await openWindow(name, plan.id, `w-${seed}-zuletzt`);
      await last.session.sync();
      const after = await expectLogMatchesPlan(name, plan);
      for (const w of [...slots, last])
        if (w) {
          await w.session.sync();
          expect(content(w.editor.plan), `Seed ${seed}: Ansicht von ${w.id}`).toEqual(content(after));
        }
      const check = openDb(name);
      dbs.push(check);
      const logged = new Set<number | null>(
        (await Promise.all(keys.map((k) => loggedValues(check, plan.id, k)))).flat(),
      );
      const open = slots.filter((w): w is Win => !!w).map((w) => ({ w, acked: w.typed.length }));
      for (const { w, acked } of [...gone, ...open])
        for (const t of w.typed.slice(0, acked))
          expect(logged.has(t.value), `Seed ${seed}: ${w.id} ${t.key}=${t.value} fehlt`).toBe(true);
      for (const k of keys) {
        const last = (await loggedValues(check, plan.id, k)).at(-1);
        if (last !== undefined) expect(readInput(after, k), `Seed ${seed}: ${k}`).toBe(last);
      }
    }
    // 20 seeds × 40 steps on fake-indexeddb: a correctness run, not a timing one; the Beispielplan with
    // its Programmtext makes each checkpoint larger, so it needs more than the default 5 s on a busy machine.
  }, 60_000);
});
