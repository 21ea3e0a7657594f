/**
 * File actions of the Start screen and the Datei menu, through the platform layer (download
 * and file input in the browser, native dialogs on the desktop).
 */
import { settledNotice } from '../../shared/file/settleFormeln';
import type { ValidationError } from '../../shared/file/validationError';
import type { Plan } from '../../shared/model/plan';
import type { BackupFile, BackupProblem } from '../../shared/storage/backupFormat';
import { BACKUP_FORMAT, parseBackup } from '../../shared/storage/backupFormat';
import { getPlatform } from '../platform/getPlatform';
import { backupFileName, exportBackup } from './backup';
import type { AmipDb } from './db';
import { planFileName } from '../../shared/ipc/fileNames';
import { importPlanFile, planFileBytes } from './planFiles';
import { WINDOW_ID } from './windowId';

export type OpenedFile =
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; errors: (ValidationError | BackupProblem)[] }
  /** `notice`: what was repaired on the way in (settledNotice), '' when nothing. */
  | { kind: 'plan'; plan: Plan; asVariant: boolean; notice: string }
  | { kind: 'backup'; backup: BackupFile; name: string };

function isBackupText(text: string): boolean {
  // Cheap look at the envelope; the full check is parseBackup.
  return text.slice(0, 200).includes(`"${BACKUP_FORMAT}"`);
}

/** Lets the user pick a `.amip.json` file: a plan is stored (never overwriting), a backup is returned for the preview. */
export async function openFileFromDisk(db: AmipDb): Promise<OpenedFile> {
  const picked = await getPlatform().openFile(['plan']);
  if (!picked) return { kind: 'cancelled' };
  if (!picked.ok) return { kind: 'error', message: picked.error, errors: [] };
  const text = new TextDecoder().decode(picked.bytes);
  if (isBackupText(text)) {
    const parsed = parseBackup(text);
    return parsed.ok
      ? { kind: 'backup', backup: parsed.backup, name: picked.name }
      : { kind: 'error', message: `„${picked.name}“ ist keine lesbare Sicherung:`, errors: parsed.errors };
  }
  const r = await importPlanFile(db, text, picked.name, WINDOW_ID);
  return r.ok
    ? { kind: 'plan', plan: r.plan, asVariant: r.asVariant, notice: settledNotice(r.warnings) }
    : { kind: 'error', message: `„${picked.name}“ kann nicht geöffnet werden:`, errors: r.errors };
}

export async function savePlanToDisk(plan: Plan): Promise<string | null> {
  const r = await getPlatform().saveFile(planFileName(plan.header, 'plan'), planFileBytes(plan), 'plan');
  if (!r) return null;
  if (!r.ok) throw new Error(r.error);
  return r.name;
}

export async function saveBackupToDisk(db: AmipDb): Promise<string | null> {
  const backup = await exportBackup(db);
  const bytes = new TextEncoder().encode(JSON.stringify(backup));
  const r = await getPlatform().saveFile(backupFileName(), bytes, 'plan');
  if (!r) return null;
  if (!r.ok) throw new Error(r.error);
  return r.name;
}
