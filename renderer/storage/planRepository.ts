/**
 * Plans in the local database: list, load (with validation and quarantine), create, duplicate,
 * rename, delete with in-memory undo. Every write of a plan bumps its `rev`, so other windows
 * notice it (see autosave.ts).
 */
import type { Command } from '../../shared/commands/command';
import { applyCommand } from '../../shared/commands/applyCommand';
import type { Id, Plan, PlanHeader } from '../../shared/model/plan';
import { validatePlan } from '../../shared/file/planFile';
import { formatValidationError } from '../../shared/file/validationError';
import type {
  EditLogRecord,
  PlanContentRecord,
  PlanRecord,
  QuarantineRecord,
  VersionRecord,
} from '../../shared/storage/records';
import { planRecordFor, planTitle } from '../../shared/storage/records';
import { fortschreiben } from '../../shared/storage/fortschreibung';
import { variantOf } from '../../shared/storage/newPlans';
import { newId } from '../../shared/model/ids';
import type { AmipDb } from './db';
import { journalEntry } from './journalWriter';
import { failedEntryMessage, lastJournalSeq, readPlanState } from './planState';

export type LoadResult =
  | { ok: true; plan: Plan; rev: number; seq: number; warnings: string[] }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'quarantined'; quarantine: QuarantineRecord };

/** Plans sorted by last change (newest first), filtered by a search text. */
export async function listPlans(db: AmipDb, search = ''): Promise<PlanRecord[]> {
  const all = await db.plans.orderBy('updatedAt').reverse().toArray();
  const words = search.toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean);
  return words.length ? all.filter((p) => words.every((w) => p.search.includes(w))) : all;
}

export async function listQuarantine(db: AmipDb): Promise<QuarantineRecord[]> {
  return db.quarantine.toArray();
}

/**
 * Loads a plan. A plan that fails validation is moved to quarantine with the German errors
 * (never deleted) and reported; the caller shows it on the Start screen.
 */
export async function loadPlan(db: AmipDb, id: Id): Promise<LoadResult> {
  const state = await readPlanState(db, id);
  const { record: rec, content } = state;
  if (!rec && !content) return { ok: false, reason: 'missing' };
  const checked = state.plan ? validatePlan(state.plan, { stored: true }) : null;
  if (checked?.ok && rec) {
    const warnings = [
      ...state.failed.map(failedEntryMessage),
      ...(checked.warnings ?? []).map(formatValidationError),
    ];
    return { ok: true, plan: checked.plan, rev: state.rev, seq: state.seq, warnings };
  }
  const errors = checked
    ? checked.ok
      ? [{ path: '', message: 'Zum Planinhalt fehlt der Eintrag in der Planliste.' }]
      : checked.errors
    : [{ path: '', message: 'Der Inhalt dieses Plans fehlt in der Datenbank.' }];
  const quarantine = await quarantinePlan(db, id, rec ?? null, content ?? null, errors);
  return { ok: false, reason: 'quarantined', quarantine };
}

/** Validates every stored plan once (Start screen): broken ones go to quarantine. */
export async function checkAllPlans(db: AmipDb): Promise<QuarantineRecord[]> {
  const moved: QuarantineRecord[] = [];
  for (const id of await db.plans.toCollection().primaryKeys()) {
    const r = await loadPlan(db, id);
    if (!r.ok && r.reason === 'quarantined') moved.push(r.quarantine);
  }
  return moved;
}

async function quarantinePlan(
  db: AmipDb,
  id: Id,
  planRecord: PlanRecord | null,
  contentRecord: PlanContentRecord | null,
  errors: { path: string; message: string }[],
): Promise<QuarantineRecord> {
  const header = planRecord?.header ?? (contentRecord?.plan as Plan | undefined)?.header;
  const q: QuarantineRecord = {
    id,
    quarantinedAt: new Date().toISOString(),
    title: header && typeof header.jobcenter === 'string' ? planTitle(header) : `Plan ${id}`,
    errors,
    planRecord,
    contentRecord,
  };
  await db.transaction('rw', db.plans, db.planContents, db.quarantine, async () => {
    await db.quarantine.put(q);
    await db.plans.delete(id);
    await db.planContents.delete(id);
  });
  return q;
}

/** Stores a new plan (revision 1). Refuses to overwrite an existing id. */
export async function createPlan(db: AmipDb, plan: Plan, writer: string): Promise<PlanRecord> {
  return db.transaction('rw', db.plans, db.planContents, db.editLog, async () => {
    if (await db.plans.get(plan.id))
      throw new Error(`Es gibt bereits einen Plan mit der Kennung ${plan.id}.`);
    // Entries left under this id (appended by a window closing after a deletion) stay behind it.
    const seq = await lastJournalSeq(db, plan.id);
    const rec = planRecordFor(plan, 1, writer, seq);
    await db.plans.add(rec);
    await db.planContents.add({ id: plan.id, rev: 1, plan, seq });
    return rec;
  });
}

/**
 * Applies a command to a stored plan outside the editor (rename from the Start screen) and
 * logs it like an edit.
 */
export async function applyToStoredPlan(
  db: AmipDb,
  id: Id,
  cmd: Command,
  author: string,
  writer: string,
): Promise<Plan> {
  return db.transaction('rw', db.plans, db.planContents, db.editLog, async () => {
    const state = await readPlanState(db, id);
    if (!state.plan) throw new Error('Der Plan ist nicht mehr vorhanden.');
    const before = state.plan;
    const applied = applyCommand(before, cmd);
    const rev = state.rev + 1;
    const edit = {
      before,
      after: applied.plan,
      command: cmd,
      label: applied.label,
      at: applied.plan.header.changedAt,
    };
    const seq = await db.editLog.add(journalEntry(edit, { planId: id, author, windowId: writer, rev }));
    await db.planContents.put({ id, rev, plan: applied.plan, seq });
    await db.plans.put(planRecordFor(applied.plan, rev, writer, seq));
    return applied.plan;
  });
}

export function renamePlan(
  db: AmipDb,
  id: Id,
  patch: Partial<Pick<PlanHeader, 'jobcenter' | 'variante' | 'status'>>,
  author: string,
  writer: string,
): Promise<Plan> {
  return applyToStoredPlan(db, id, { type: 'setHeader', patch }, author, writer);
}

/** Everything a deleted plan consisted of, kept in memory so the deletion can be undone. */
export interface DeletedPlan {
  plan: PlanRecord;
  content: PlanContentRecord;
  versions: VersionRecord[];
  editLog: EditLogRecord[];
}

export async function deletePlan(db: AmipDb, id: Id): Promise<DeletedPlan> {
  return db.transaction('rw', [db.plans, db.planContents, db.versions, db.editLog], async () => {
    const plan = await db.plans.get(id);
    const content = await db.planContents.get(id);
    if (!plan || !content) throw new Error('Der Plan ist nicht mehr vorhanden.');
    const versions = await db.versions.where('planId').equals(id).toArray();
    const editLog = await db.editLog.where('planId').equals(id).toArray();
    await db.plans.delete(id);
    await db.planContents.delete(id);
    await db.versions.where('planId').equals(id).delete();
    await db.editLog.where('planId').equals(id).delete();
    return { plan, content, versions, editLog };
  });
}

/** Puts a deleted plan back exactly as it was (versions and Änderungsprotokoll included). */
export async function undoDelete(db: AmipDb, d: DeletedPlan): Promise<void> {
  await db.transaction('rw', [db.plans, db.planContents, db.versions, db.editLog], async () => {
    if (await db.plans.get(d.plan.id)) throw new Error('Ein Plan mit dieser Kennung existiert bereits.');
    await db.plans.add(d.plan);
    await db.planContents.add(d.content);
    await db.versions.bulkAdd(d.versions);
    await db.editLog.bulkAdd(d.editLog);
  });
}

/** Duplicates a stored plan as a new variant (new id, linked to the original). */
export async function duplicatePlan(
  db: AmipDb,
  id: Id,
  variante: string,
  author: string,
  writer: string,
): Promise<Plan> {
  const source = await loadPlan(db, id);
  if (!source.ok) throw new Error('Der Plan kann nicht geladen werden.');
  const plan = variantOf(source.plan, { id: newId('plan'), now: new Date().toISOString(), author, variante });
  await createPlan(db, plan, writer);
  return plan;
}

/** "Plan 2017 aus Plan 2016 erstellen": stores the Fortschreibung of a stored plan. */
export async function createFortschreibung(
  db: AmipDb,
  sourceId: Id,
  opts: { keepInputs: boolean; year?: number; author: string; writer: string },
): Promise<Plan> {
  const source = await loadPlan(db, sourceId);
  if (!source.ok) throw new Error('Der Ausgangsplan kann nicht geladen werden.');
  const plan = fortschreiben(source.plan, {
    newId: newId('plan'),
    now: new Date().toISOString(),
    author: opts.author,
    keepInputs: opts.keepInputs,
    ...(opts.year !== undefined ? { year: opts.year } : {}),
  });
  await createPlan(db, plan, opts.writer);
  return plan;
}
