/** Test support: a fresh fake-indexeddb database per test, and a plan edited through commands. */
import { afterEach } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { applyCommand } from '../../../../shared/commands/applyCommand';
import type { Command } from '../../../../shared/commands/command';
import type { Plan } from '../../../../shared/model/plan';
import { AmipDb } from '../../../../renderer/storage/db';
import type { AutosaveSession, StoredPosition } from '../../../../renderer/storage/autosave';

// liveQuery only runs when Dexie's global dependencies name an IndexedDB (Node has none).
Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });

/** Where a plan stands right after createPlan: revision 1, no journal entry yet. */
export const JUST_CREATED: StoredPosition = { rev: 1, seq: 0 };

let counter = 0;

/** A unique database name; open it twice to play two windows. */
export function uniqueDbName(): string {
  counter++;
  return `amip-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function openDb(name: string): AmipDb {
  return new AmipDb(name, { indexedDB, IDBKeyRange });
}

/** A window's editor: applies commands to its plan and records them for autosave. */
export class FakeEditor {
  plan: Plan;
  session: AutosaveSession | null = null;
  replaced = 0;

  constructor(plan: Plan) {
    this.plan = plan;
  }

  run(cmd: Command): void {
    const before = this.plan;
    const applied = applyCommand(before, cmd);
    this.plan = applied.plan;
    this.session!.record(before, applied.plan, cmd, applied.label);
  }

  replace = (plan: Plan): void => {
    this.plan = plan;
    this.replaced++;
  };
}

export const setValue = (key: string, value: number | null): Command => ({
  type: 'setInputs',
  changes: [{ key, value }],
});

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns true (or fails after `timeoutMs`). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('Bedingung wurde nicht rechtzeitig erfüllt.');
    await sleep(5);
  }
}

/**
 * A fresh database per call; every one is closed after the test that opened it. Call
 * `freshDbs()` once at the top of a test file and use the returned function in the tests.
 */
export function freshDbs(): () => AmipDb {
  const dbs: AmipDb[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });
  return () => {
    const db = openDb(uniqueDbName());
    dbs.push(db);
    return db;
  };
}
