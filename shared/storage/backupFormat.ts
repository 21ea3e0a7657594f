/**
 * Backup of the whole local database in one file (`.amip-backup.json`), and the preview a
 * restore shows before it touches anything: which plans it adds and which it would replace.
 */
import { checkJsonBounds } from '../file/jsonBounds';
import type {
  EditLogRecord,
  PlanContentRecord,
  PlanRecord,
  QuarantineRecord,
  SettingRecord,
  VersionRecord,
} from './records';
import { planTitle } from './records';

export const BACKUP_FORMAT = 'amip-planer-sicherung';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  /** Database schema version the records follow. */
  dbVersion: number;
  plans: PlanRecord[];
  planContents: PlanContentRecord[];
  versions: VersionRecord[];
  editLog: EditLogRecord[];
  settings: SettingRecord[];
  quarantine: QuarantineRecord[];
}

export interface BackupProblem {
  path: string;
  message: string;
}

const TABLES = ['plans', 'planContents', 'versions', 'editLog', 'settings', 'quarantine'] as const;

/**
 * Checks the envelope of a backup file (German messages). The plans inside are validated one
 * by one when restoring: a broken plan goes to quarantine, it does not stop the others.
 */
export function parseBackup(
  text: string,
): { ok: true; backup: BackupFile } | { ok: false; errors: BackupProblem[] } {
  const excess = checkJsonBounds(text);
  if (excess) return { ok: false, errors: [excess] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: 'Die Datei ist keine gültige JSON-Datei und damit keine Sicherung des AMIP-Planers.',
        },
      ],
    };
  }
  if (!data || typeof data !== 'object')
    return { ok: false, errors: [{ path: '', message: 'Die Datei enthält keine Sicherung.' }] };
  const d = data as Record<string, unknown>;
  const errors: BackupProblem[] = [];
  if (d.format !== BACKUP_FORMAT)
    errors.push({
      path: 'format',
      message: 'Die Datei ist keine Sicherung des AMIP-Planers (Kennung „format“ fehlt oder ist falsch).',
    });
  if (d.formatVersion !== BACKUP_FORMAT_VERSION)
    errors.push({
      path: 'formatVersion',
      message: `Diese Sicherung hat das Format ${String(d.formatVersion)}; gelesen wird Format ${BACKUP_FORMAT_VERSION}. Bitte eine neuere Version des AMIP-Planers verwenden.`,
    });
  if (typeof d.dbVersion !== 'number')
    errors.push({ path: 'dbVersion', message: 'Die Schemaversion der Datenbank fehlt.' });
  for (const t of TABLES)
    if (!Array.isArray(d[t]))
      errors.push({ path: t, message: `Der Teil „${t}“ fehlt oder ist keine Liste.` });
  if (errors.length) return { ok: false, errors };
  const plans = d.plans as unknown[];
  plans.forEach((p, i) => {
    if (!p || typeof p !== 'object' || typeof (p as PlanRecord).id !== 'string')
      errors.push({ path: `plans[${i}]`, message: `Plan Nr. ${i + 1} hat keine Kennung (id).` });
  });
  const contents = new Set((d.planContents as Array<{ id?: unknown }>).map((c) => c?.id));
  plans.forEach((p, i) => {
    const id = (p as PlanRecord | undefined)?.id;
    if (typeof id === 'string' && !contents.has(id))
      errors.push({ path: `plans[${i}]`, message: `Zum Plan „${id}“ fehlt der Inhalt (planContents).` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, backup: data as BackupFile };
}

export interface RestorePreviewItem {
  id: string;
  title: string;
  changedAt: string;
  versions: number;
  /** For replacements: the local plan's title and last change. */
  local?: { title: string; changedAt: string };
}

export interface RestorePreview {
  add: RestorePreviewItem[];
  replace: RestorePreviewItem[];
  settings: number;
}

/** What a restore of `backup` into a database holding `local` plans would add and replace. */
export function restorePreview(backup: BackupFile, local: readonly PlanRecord[]): RestorePreview {
  const byId = new Map(local.map((p) => [p.id, p]));
  const versionCount = new Map<string, number>();
  for (const v of backup.versions) versionCount.set(v.planId, (versionCount.get(v.planId) ?? 0) + 1);
  const add: RestorePreviewItem[] = [];
  const replace: RestorePreviewItem[] = [];
  for (const p of backup.plans) {
    const item: RestorePreviewItem = {
      id: p.id,
      title: planTitle(p.header),
      changedAt: p.updatedAt,
      versions: versionCount.get(p.id) ?? 0,
    };
    const mine = byId.get(p.id);
    if (mine) replace.push({ ...item, local: { title: planTitle(mine.header), changedAt: mine.updatedAt } });
    else add.push(item);
  }
  return { add, replace, settings: backup.settings.length };
}
