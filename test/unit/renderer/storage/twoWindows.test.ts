/** Two windows on one plan: changes propagate; the same cell edited in both → last write wins, both windows say so. */
import { afterEach, describe, expect, it } from 'vitest';
import { readInput } from '../../../../shared/model/inputs';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { AutosaveSession } from '../../../../renderer/storage/autosave';
import type { SaveNotice } from '../../../../renderer/storage/autosave';
import type { AmipDb } from '../../../../renderer/storage/db';
import { createPlan, deletePlan, loadPlan } from '../../../../renderer/storage/planRepository';
import { FakeEditor, JUST_CREATED, openDb, setValue, uniqueDbName, until } from './helpers';

const EGZ = 'row.r-egz.mittelansatz';
const dbs: AmipDb[] = [];
const sessions: AutosaveSession[] = [];

afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  for (const db of dbs.splice(0)) db.close();
});

async function twoWindows() {
  const name = uniqueDbName();
  const plan = beispielplan();
  const windows = ['w-a', 'w-b'].map((windowId, i) => {
    const db = openDb(name);
    dbs.push(db);
    const editor = new FakeEditor(plan);
    const notices: SaveNotice[] = [];
    const session = new AutosaveSession(db, plan, JUST_CREATED, {
      windowId,
      author: () => (i === 0 ? 'Herr A' : 'Frau B'),
      onReplace: editor.replace,
    });
    session.onNotice((n) => notices.push(n));
    sessions.push(session);
    editor.session = session;
    return { db, editor, session, notices };
  });
  await createPlan(windows[0]!.db, plan, 'setup');
  for (const w of windows) w.session.startSync();
  return { plan, a: windows[0]!, b: windows[1]! };
}

describe('Zwei Fenster auf einem Plan', () => {
  it('an edit in one window appears in the other', async () => {
    const { a, b } = await twoWindows();
    a.editor.run(setValue(EGZ, 2_500_000));
    await a.session.flush();
    await until(() => readInput(b.editor.plan, EGZ) === 2_500_000);
    expect(b.notices.map((n) => n.kind)).toContain('aktualisiert');
    expect(b.session.rev).toBe(a.session.rev);
  });

  it('edits of different cells in both windows are merged, nothing is lost', async () => {
    const { plan, a, b } = await twoWindows();
    a.editor.run(setValue(EGZ, 1_111_111));
    b.editor.run(setValue('row.r-mag.eintritte', 999));
    await Promise.all([a.session.flush(), b.session.flush()]);
    await until(
      () =>
        readInput(a.editor.plan, 'row.r-mag.eintritte') === 999 &&
        readInput(b.editor.plan, EGZ) === 1_111_111,
    );
    const stored = await loadPlan(a.db, plan.id);
    if (!stored.ok) throw new Error('not stored');
    expect(readInput(stored.plan, EGZ)).toBe(1_111_111);
    expect(readInput(stored.plan, 'row.r-mag.eintritte')).toBe(999);
  });

  it('the same cell in both windows: the last write wins and both windows are told', async () => {
    const { plan, a, b } = await twoWindows();
    a.editor.run(setValue(EGZ, 1_000_000));
    await a.session.flush();
    // B typed before it heard of A's write.
    b.editor.run(setValue(EGZ, 2_000_000));
    await b.session.flush();
    await until(() => readInput(a.editor.plan, EGZ) === 2_000_000);
    const stored = await loadPlan(a.db, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(2_000_000);
    const bSays = b.notices.find((n) => n.kind === 'ueberschreibt');
    expect(bSays?.message).toContain('Eingliederungszuschüsse (EGZ)');
    await until(() => a.notices.some((n) => n.kind === 'ueberschrieben'));
    const aSays = a.notices.find((n) => n.kind === 'ueberschrieben')!;
    expect(aSays.message).toContain('Frau B');
    expect(aSays.message).toContain('Eingliederungszuschüsse (EGZ) › Mittelansatz');
  });

  it('a command that no longer fits (row deleted in the other window) is reported, the rest is saved', async () => {
    const { plan, a, b } = await twoWindows();
    a.editor.run({ type: 'deleteRows', rowIds: ['r-esg'] });
    await a.session.flush();
    b.editor.run(setValue('row.r-esg.eintritte', 90));
    b.editor.run(setValue(EGZ, 42));
    await b.session.flush();
    expect(b.notices.some((n) => n.kind === 'verworfen')).toBe(true);
    const stored = await loadPlan(a.db, plan.id);
    if (!stored.ok) throw new Error('not stored');
    expect(readInput(stored.plan, EGZ)).toBe(42);
    expect(readInput(stored.plan, 'row.r-esg.eintritte')).toBeUndefined();
  });

  it('a plan deleted in another window is written back by the next edit, never lost', async () => {
    const { plan, a, b } = await twoWindows();
    await deletePlan(b.db, plan.id);
    await until(() => a.notices.some((n) => n.kind === 'geloescht'));
    a.editor.run(setValue(EGZ, 77));
    await a.session.flush();
    const stored = await loadPlan(b.db, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(77);
  });
});
