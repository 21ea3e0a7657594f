/** The Änderungsprotokoll of a plan: who changed which figure from what to what, when. */
import type { Id } from '../../shared/model/plan';
import type { SheetId } from '../../shared/model/sheets';
import type { EditLogRecord } from '../../shared/storage/records';
import type { AmipDb } from './db';

export interface EditLogFilter {
  sheet?: SheetId;
  /** Only entries after this time (ISO), e.g. the creation of the last version. */
  since?: string;
  limit?: number;
}

/** Entries newest first; with a sheet filter, only entries (and changes) on that sheet. */
export async function listEditLog(
  db: AmipDb,
  planId: Id,
  filter: EditLogFilter = {},
): Promise<EditLogRecord[]> {
  const all = await db.editLog
    .where('[planId+seq]')
    .between([planId, -Infinity], [planId, Infinity])
    .reverse()
    .toArray();
  const out: EditLogRecord[] = [];
  for (const e of all) {
    if (filter.since && e.at <= filter.since) continue;
    if (filter.sheet) {
      const changes = e.changes.filter((c) => c.sheet === filter.sheet);
      if (!changes.length) continue;
      out.push({ ...e, changes });
    } else out.push(e);
    if (filter.limit && out.length >= filter.limit) break;
  }
  return out;
}
