/**
 * The Land view's inputs in the app: chosen files (plan files read, checked and reduced to
 * their shares in a pool of workers, readPlanFiles.ts; exported workbooks through the import
 * worker with its guard) and plans from the local database. Each file that cannot be taken is
 * listed with its German reason; the others go on. The plans themselves are not kept: a row
 * opened in the view reads its plan again (the file, the database).
 */
import type { LandRead } from '../../../shared/consolidate/landInput';
import { landFileKind, landPlanFromText, FORMAT_REFUSED } from '../../../shared/consolidate/landInput';
import type { LandRefusal } from '../../../shared/consolidate/landJson';
import type { ShareRead } from '../../../shared/consolidate/planShare';
import { shareOf } from '../../../shared/consolidate/planShare';
import type { JobcenterEntry, PlanShare } from '../../../shared/consolidate/types';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import type { Plan } from '../../../shared/model/plan';
import { planTitle } from '../../../shared/storage/records';
import { importInWorker } from '../../excel/importInWorker';
import type { AmipDb } from '../../storage/db';
import { loadPlan } from '../../storage/planRepository';
import { TOO_LARGE, UNREADABLE } from './planFileAnswer';
import { readPlanFiles } from './readPlanFiles';

export interface Gathered {
  shares: PlanShare[];
  refused: LandRefusal[];
  /** How each taken plan is read again to be shown, by sourceKey. */
  reopen: Map<string, () => Promise<LandRead>>;
}

/** A taken plan's key in `reopen`: its id in the database, else its file name. */
export const sourceKey = (e: Pick<JobcenterEntry, 'source' | 'storedId'>): string =>
  e.storedId !== undefined ? `db:${e.storedId}` : `file:${e.source}`;

function take(out: Gathered, source: string, read: ShareRead, reopen: () => Promise<LandRead>): void {
  if (!read.ok) out.refused.push({ source, message: read.message });
  else {
    out.shares.push(read.share);
    out.reopen.set(sourceKey(read.share.entry), reopen);
  }
}

/** A chosen plan file read again; it may have gone or changed since. */
const reopenFile = (f: File) => (): Promise<LandRead> =>
  f.text().then(landPlanFromText, () => ({ ok: false, message: UNREADABLE }));

const kept = (plan: Plan) => (): Promise<LandRead> => Promise.resolve({ ok: true, plan });

export async function sourcesFromFiles(
  files: readonly File[],
  readPlans: (files: readonly File[]) => Promise<ShareRead[]> = readPlanFiles,
): Promise<Gathered> {
  const out: Gathered = { shares: [], refused: [], reopen: new Map() };
  // Plan files first, all at once in the worker pool (which also checks their size); their
  // order is kept below.
  const plans = files.filter((f) => landFileKind(f.name) === 'plan');
  const reads = new Map<File, ShareRead>();
  (await readPlans(plans)).forEach((r, i) => reads.set(plans[i]!, r));
  for (const f of files) {
    const kind = landFileKind(f.name);
    if (kind === null) out.refused.push({ source: f.name, message: FORMAT_REFUSED });
    else if (kind === 'plan') take(out, f.name, reads.get(f)!, reopenFile(f));
    else if (f.size > MAX_FILE_BYTES) out.refused.push({ source: f.name, message: TOO_LARGE });
    else {
      // Workbooks are few and slow to import again: their plan is kept.
      const r = await importInWorker(new Uint8Array(await f.arrayBuffer()));
      if (r.ok) take(out, f.name, shareOf({ source: f.name, plan: r.plan }), kept(r.plan));
      else out.refused.push({ source: f.name, message: r.message });
    }
  }
  return out;
}

const dbRefusal = (reason: string): string =>
  reason === 'missing' ? 'nicht mehr vorhanden.' : 'beschädigt, in die Quarantäne verschoben (siehe Start).';

export async function sourcesFromDatabase(db: AmipDb, ids: readonly string[]): Promise<Gathered> {
  const out: Gathered = { shares: [], refused: [], reopen: new Map() };
  for (const id of ids) {
    const r = await loadPlan(db, id);
    if (r.ok) {
      const source = `Datenbank: ${planTitle(r.plan.header)}`;
      take(out, source, shareOf({ source, plan: r.plan, storedId: id }), () =>
        loadPlan(db, id).then((again) =>
          again.ok ? { ok: true, plan: again.plan } : { ok: false, message: dbRefusal(again.reason) },
        ),
      );
    } else out.refused.push({ source: `Datenbank: ${id}`, message: dbRefusal(r.reason) });
  }
  return out;
}
