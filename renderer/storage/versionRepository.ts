/**
 * Named versions of a plan: save, list, open (read-only), restore. Restoring first saves the
 * current state as a version, so a restore can itself be undone by restoring that one.
 */
import { upgradeStoredPlan } from '../../shared/file/migrations';
import { formatDateTime } from '../../shared/format/dateFormat';
import type { Id, Plan } from '../../shared/model/plan';
import type { EditLogRecord, VersionKind, VersionRecord } from '../../shared/storage/records';
import { planRecordFor } from '../../shared/storage/records';
import { newId } from '../../shared/model/ids';
import type { AmipDb } from './db';
import { readPlanState } from './planState';

export type VersionSummary = Omit<VersionRecord, 'plan'>;

async function snapshot(
  db: AmipDb,
  planId: Id,
  name: string,
  kind: VersionKind,
  author: string,
): Promise<VersionRecord> {
  const state = await readPlanState(db, planId);
  if (!state.plan) throw new Error('Der Plan ist nicht mehr vorhanden.');
  const v: VersionRecord = {
    id: newId('v'),
    planId,
    name,
    kind,
    createdAt: new Date().toISOString(),
    author,
    rev: state.rev,
    plan: state.plan,
  };
  await db.versions.add(v);
  return v;
}

/** Saves the stored state of the plan under a name. Flush pending edits before calling. */
export function saveVersion(db: AmipDb, planId: Id, name: string, author: string): Promise<VersionRecord> {
  const trimmed = name.trim();
  if (!trimmed) return Promise.reject(new Error('Bitte einen Namen für die Version eingeben.'));
  return db.transaction('rw', [db.plans, db.planContents, db.editLog, db.versions], () =>
    snapshot(db, planId, trimmed, 'named', author),
  );
}

/** Versions of a plan, newest first, without their content. */
export async function listVersions(db: AmipDb, planId: Id): Promise<VersionSummary[]> {
  const all = await db.versions
    .where('[planId+createdAt]')
    .between([planId, ''], [planId, '\uffff'])
    .reverse()
    .toArray();
  return all.map(({ plan: _plan, ...rest }) => rest);
}

export async function getVersion(db: AmipDb, id: Id): Promise<VersionRecord | undefined> {
  const v = await db.versions.get(id);
  // A version saved by an older release is shown and compared as this release's plan.
  return v && { ...v, plan: upgradeStoredPlan(v.plan) };
}

/** The newest named version of a plan (the budget officer's "since the last version"). */
export async function latestVersion(db: AmipDb, planId: Id): Promise<VersionSummary | undefined> {
  return (await listVersions(db, planId)).find((v) => v.kind === 'named');
}

/**
 * Restores a version as the current state of its plan. In the same transaction the current
 * state is saved as a version "Stand vor Wiederherstellung …" and the restore is logged.
 */
export async function restoreVersion(
  db: AmipDb,
  versionId: Id,
  author: string,
  writer: string,
): Promise<{ plan: Plan; rev: number; backup: VersionRecord }> {
  return db.transaction('rw', [db.plans, db.planContents, db.versions, db.editLog], async () => {
    const v = await db.versions.get(versionId);
    if (!v) throw new Error('Die Version ist nicht mehr vorhanden.');
    const when = formatDateTime(v.createdAt);
    const backup = await snapshot(
      db,
      v.planId,
      `Stand vor Wiederherstellung von „${v.name}“ (${when})`,
      'vorWiederherstellung',
      author,
    );
    const now = new Date().toISOString();
    const stored = upgradeStoredPlan(v.plan);
    const plan: Plan = { ...stored, id: v.planId, header: { ...stored.header, changedAt: now } };
    const rev = backup.rev + 1;
    const entry: EditLogRecord = {
      planId: v.planId,
      at: now,
      author,
      windowId: writer,
      rev,
      label: `Version „${v.name}“ wiederhergestellt`,
      command: null,
      changes: [
        {
          sheet: 'uebersicht',
          what: `Version „${v.name}“ vom ${when} wiederhergestellt`,
          before: '',
          after: '',
        },
      ],
    };
    // The restored plan is the new checkpoint; entries after this one are replayed on top of it.
    const seq = await db.editLog.add(entry);
    await db.planContents.put({ id: v.planId, rev, plan, seq });
    await db.plans.put(planRecordFor(plan, rev, writer, seq));
    return { plan, rev, backup };
  });
}
