/**
 * Backup of the whole database to one file and restore from it. A restore first shows what it
 * adds and what it would replace (restorePreview); replacing happens only for the plans the
 * user confirmed. Plans that fail validation are quarantined, never dropped.
 */
import { upgradeStoredPlan } from '../../shared/file/storedPlan';
import { validatePlan } from '../../shared/file/planFile';
import { isoDate } from '../../shared/format/dateFormat';
import type { BackupFile } from '../../shared/storage/backupFormat';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../shared/storage/backupFormat';
import type { PlanContentRecord, QuarantineRecord } from '../../shared/storage/records';
import { planRecordFor, planTitle } from '../../shared/storage/records';
import type { AmipDb } from './db';
import { lastJournalSeq, readPlanState } from './planState';

/** Ends in .amip.json so the platform's plan dialog offers it; "Öffnen" recognises a backup by its format. */
export const BACKUP_EXTENSION = '.amip.json';

export async function exportBackup(db: AmipDb): Promise<BackupFile> {
  const tables = [db.plans, db.planContents, db.versions, db.editLog, db.settings, db.quarantine];
  return db.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    dbVersion: db.verno,
    plans: await db.plans.toArray(),
    // Each plan as it stands now (checkpoint + journal), so a restore needs no replay.
    planContents: await materialized(db),
    versions: await db.versions.toArray(),
    editLog: await db.editLog.toArray(),
    settings: await db.settings.toArray(),
    quarantine: await db.quarantine.toArray(),
  }));
}

async function materialized(db: AmipDb): Promise<PlanContentRecord[]> {
  const out: PlanContentRecord[] = [];
  for (const id of await db.planContents.toCollection().primaryKeys()) {
    const state = await readPlanState(db, id);
    const content = state.content!;
    out.push(state.plan && !state.failed.length ? { id, rev: state.rev, plan: state.plan } : content);
  }
  return out;
}

/** Named after the German calendar day (a backup made at 0:30 carries that day, not yesterday's). */
export function backupFileName(now = new Date()): string {
  return `AMIP-Planer-Sicherung-${isoDate(now)}${BACKUP_EXTENSION}`;
}

export interface RestoreResult {
  added: string[];
  replaced: string[];
  /** Plans already present that the user did not agree to replace. */
  kept: string[];
  quarantined: QuarantineRecord[];
}

/**
 * Restores plans (with their versions and Änderungsprotokoll) from a backup. Plans that exist
 * locally are replaced only when their id is in `replaceIds`; settings are only added, never
 * overwritten. Everything happens in one transaction.
 */
export async function restoreBackup(
  db: AmipDb,
  backup: BackupFile,
  replaceIds: ReadonlySet<string>,
  writer: string,
): Promise<RestoreResult> {
  const result: RestoreResult = { added: [], replaced: [], kept: [], quarantined: [] };
  const contents = new Map(backup.planContents.map((c) => [c.id, c]));
  const tables = [db.plans, db.planContents, db.versions, db.editLog, db.settings, db.quarantine];
  await db.transaction('rw', tables, async () => {
    for (const rec of backup.plans) {
      const exists = await db.plans.get(rec.id);
      if (exists && !replaceIds.has(rec.id)) {
        result.kept.push(rec.id);
        continue;
      }
      const content = contents.get(rec.id);
      // The user's own plans as they were stored: the same leniency as loading them (planRepository).
      const checked = validatePlan(upgradeStoredPlan(content?.plan), { stored: true });
      if (!checked.ok || !content) {
        const q: QuarantineRecord = {
          id: `${rec.id}-sicherung-${Date.now()}`,
          quarantinedAt: new Date().toISOString(),
          title: `${rec.header ? planTitle(rec.header) : rec.id} (aus Sicherung)`,
          errors: checked.ok ? [{ path: '', message: 'Inhalt fehlt.' }] : checked.errors,
          planRecord: rec,
          contentRecord: content ?? null,
        };
        await db.quarantine.put(q);
        result.quarantined.push(q);
        continue;
      }
      // A replaced plan keeps counting revisions upwards, so open windows notice the change.
      const rev = Math.max(content.rev, (exists?.rev ?? 0) + 1);
      // Also entries a window appended after the plan was deleted here: the backup replaces them.
      await db.versions.where('planId').equals(rec.id).delete();
      await db.editLog.where('planId').equals(rec.id).delete();
      await db.editLog.bulkAdd(
        backup.editLog.filter((e) => e.planId === rec.id).map(({ seq: _seq, ...e }) => e),
      );
      // The backup holds each plan as it stood (checkpoint + journal): its log lies behind it.
      const seq = await lastJournalSeq(db, rec.id);
      await db.planContents.put({ id: rec.id, rev, plan: checked.plan, seq });
      await db.plans.put(planRecordFor(checked.plan, rev, writer, seq));
      await db.versions.bulkPut(backup.versions.filter((v) => v.planId === rec.id));
      (exists ? result.replaced : result.added).push(rec.id);
    }
    for (const s of backup.settings) if (!(await db.settings.get(s.key))) await db.settings.put(s);
    for (const q of backup.quarantine) if (!(await db.quarantine.get(q.id))) await db.quarantine.put(q);
  });
  return result;
}
