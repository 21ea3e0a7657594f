/**
 * Test support: what the database says about one plan, checked against its Änderungsprotokoll.
 * The replay here is the test's own (applyCommand over the whole log from the first stored
 * state), independent of the journal code under test.
 */
import { expect } from 'vitest';
import { applyCommand } from '../../../../shared/commands/applyCommand';
import type { Plan } from '../../../../shared/model/plan';
import type { AmipDb } from '../../../../renderer/storage/db';
import { listEditLog } from '../../../../renderer/storage/editLog';
import { loadPlan } from '../../../../renderer/storage/planRepository';
import { openDb } from './helpers';

/** A plan without its change time (replays stamp their own). */
export function content(plan: Plan): Plan {
  return { ...plan, header: { ...plan.header, changedAt: '' } };
}

/** Every state the log passes through, from the first stored plan (index 0) to the last entry. */
export async function logStates(db: AmipDb, initial: Plan): Promise<Plan[]> {
  const log = (await listEditLog(db, initial.id)).reverse(); // oldest first
  const states = [initial];
  let plan = initial;
  for (const e of log) {
    if (!e.command) throw new Error(`Eintrag ohne Befehl im Protokoll: ${e.label}`);
    try {
      plan = applyCommand(plan, e.command).plan;
    } catch {
      // A command that no longer fits (row deleted before it) changes nothing on replay.
    }
    states.push(plan);
  }
  return states;
}

/**
 * The stored plan (read through a fresh connection, as the next start would) equals the replay
 * of the whole Änderungsprotokoll, and the stored checkpoint is one of the states the log passes
 * through (a checkpoint never holds a state the log cannot explain). Returns the stored plan.
 */
export async function expectLogMatchesPlan(dbName: string, initial: Plan): Promise<Plan> {
  const db = openDb(dbName);
  try {
    const loaded = await loadPlan(db, initial.id);
    if (!loaded.ok) throw new Error(`Plan nicht geladen: ${loaded.reason}`);
    expect(loaded.warnings).toEqual([]);
    const states = (await logStates(db, initial)).map(content);
    expect(content(loaded.plan)).toEqual(states[states.length - 1]);
    const checkpoint = (await db.planContents.get(initial.id))!;
    const at = states.findIndex((s) => JSON.stringify(s) === JSON.stringify(content(checkpoint.plan)));
    expect(at, 'der Checkpoint ist kein Stand aus dem Änderungsprotokoll').toBeGreaterThanOrEqual(0);
    // Replaying the log from the last checkpoint gives the stored plan as well.
    let fromCheckpoint = checkpoint.plan;
    for (const e of (await listEditLog(db, initial.id)).reverse())
      if (e.seq! > checkpoint.seq!) fromCheckpoint = applyCommand(fromCheckpoint, e.command!).plan;
    expect(content(fromCheckpoint)).toEqual(content(loaded.plan));
    // The header (plan list) knows the whole journal.
    const header = (await db.plans.get(initial.id))!;
    expect(header.seq).toBe(
      Math.max(checkpoint.seq!, ...(await listEditLog(db, initial.id)).map((e) => e.seq!)),
    );
    return loaded.plan;
  } finally {
    db.close();
  }
}

/** Values the log's commands wrote into `key`, oldest first. */
export async function loggedValues(db: AmipDb, planId: string, key: string): Promise<(number | null)[]> {
  const out: (number | null)[] = [];
  for (const e of (await listEditLog(db, planId)).reverse())
    if (e.command?.type === 'setInputs')
      for (const c of e.command.changes) if (c.key === key) out.push(c.value);
  return out;
}
