/**
 * The Land view's inputs in the app: chosen files (plan files read and checked in a pool of
 * workers, readPlanFiles.ts; exported workbooks through the import worker with its guard) and plans from the local database. Each file that
 * cannot be taken is listed with its German reason; the others go on.
 */
import type { LandRead } from '../../../shared/consolidate/landInput';
import { landFileKind, FORMAT_REFUSED } from '../../../shared/consolidate/landInput';
import type { LandRefusal } from '../../../shared/consolidate/landJson';
import type { LandSource } from '../../../shared/consolidate/types';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import { planTitle } from '../../../shared/storage/records';
import { importInWorker } from '../../excel/importInWorker';
import type { AmipDb } from '../../storage/db';
import { loadPlan } from '../../storage/planRepository';
import { readPlanFiles } from './readPlanFiles';

export interface Gathered {
  sources: LandSource[];
  refused: LandRefusal[];
}

export async function sourcesFromFiles(
  files: readonly File[],
  readPlans: (files: readonly File[]) => Promise<LandRead[]> = readPlanFiles,
): Promise<Gathered> {
  const out: Gathered = { sources: [], refused: [] };
  // Plan files first, all at once in the worker pool; their order is kept below.
  const plans = files.filter((f) => landFileKind(f.name) === 'plan' && f.size <= MAX_FILE_BYTES);
  const reads = new Map<File, LandRead>();
  (await readPlans(plans)).forEach((r, i) => reads.set(plans[i]!, r));
  for (const f of files) {
    const kind = landFileKind(f.name);
    if (kind === null) out.refused.push({ source: f.name, message: FORMAT_REFUSED });
    else if (f.size > MAX_FILE_BYTES)
      out.refused.push({
        source: f.name,
        message: `zu groß (höchstens ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
      });
    else if (kind === 'plan') {
      const r = reads.get(f)!;
      if (r.ok) out.sources.push({ source: f.name, plan: r.plan });
      else out.refused.push({ source: f.name, message: r.message });
    } else {
      const r = await importInWorker(new Uint8Array(await f.arrayBuffer()));
      if (r.ok) out.sources.push({ source: f.name, plan: r.plan });
      else out.refused.push({ source: f.name, message: r.message });
    }
  }
  return out;
}

export async function sourcesFromDatabase(db: AmipDb, ids: readonly string[]): Promise<Gathered> {
  const out: Gathered = { sources: [], refused: [] };
  for (const id of ids) {
    const r = await loadPlan(db, id);
    if (r.ok)
      out.sources.push({ source: `Datenbank: ${planTitle(r.plan.header)}`, plan: r.plan, storedId: id });
    else
      out.refused.push({
        source: `Datenbank: ${id}`,
        message:
          r.reason === 'missing'
            ? 'nicht mehr vorhanden.'
            : 'beschädigt, in die Quarantäne verschoben (siehe Start).',
      });
  }
  return out;
}
