/**
 * What the local database holds, table by table (current schema version). The Dexie layer in
 * renderer/storage/ stores exactly these shapes; everything here is plain, serialisable data.
 */
import type { ChangeLogEntry } from '../commands/describeChanges';
import type { Command } from '../commands/command';
import type { Id, Plan, PlanHeader } from '../model/plan';

/** The light part of a plan, read for the plan list without loading thousands of rows. */
export interface PlanRecord {
  id: Id;
  header: PlanHeader;
  /** Same as header.changedAt; indexed for "sorted by last change". */
  updatedAt: string;
  /** Lower-case text the plan list searches in (Jobcenter, Variante, Jahr, Status). */
  search: string;
  rowCount: number;
  /** Incremented by every write of the content; lets windows detect each other's writes. */
  rev: number;
  /** Window that wrote `rev` (random per window, see windowId.ts). */
  lastWriter: string;
  /**
   * The last journal entry (editLog seq) this header reflects. A closing window appends journal
   * entries without touching the header (see autosave.ts); a higher seq in the journal tells the
   * next window to bring the header up to date. Absent on headers written before this field.
   */
  seq?: number;
}

/**
 * The plan itself, stored apart from its header (schema v2): a checkpoint. The current plan is
 * this checkpoint plus the journal entries after it (planState.ts).
 */
export interface PlanContentRecord {
  id: Id;
  rev: number;
  plan: Plan;
  /**
   * The last journal entry (editLog seq) the checkpoint includes; entries with a higher seq
   * follow it. Absent on checkpoints written before this field: then the entries with a higher
   * `rev` follow (revisions only grew with seq then).
   */
  seq?: number;
}

export type VersionKind = 'named' | 'vorWiederherstellung';

/** A named snapshot ("Vorlage Trägerversammlung 12.11."). */
export interface VersionRecord {
  id: Id;
  planId: Id;
  name: string;
  kind: VersionKind;
  /** ISO 8601. */
  createdAt: string;
  author: string;
  /** Plan revision the snapshot was taken at. */
  rev: number;
  plan: Plan;
}

/**
 * One applied command: the Änderungsprotokoll and, because the command itself is kept, a
 * recovery journal. `seq` is assigned by the database (auto-increment).
 */
export interface EditLogRecord {
  seq?: number;
  planId: Id;
  /** ISO 8601. */
  at: string;
  author: string;
  windowId: string;
  /**
   * Plan revision this command was written with. Entries appended by a closing window carry
   * the revision that window knew plus one; the order of entries is their seq.
   */
  rev: number;
  label: string;
  /** The command as applied; null for whole-plan replacements (a version restored). */
  command: Command | null;
  changes: ChangeLogEntry[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface ValidationProblem {
  path: string;
  message: string;
}

/** A stored plan that failed validation on load: kept, never deleted, shown on the Start screen. */
export interface QuarantineRecord {
  id: Id;
  quarantinedAt: string;
  /** What the Start screen names it by (best effort from the broken record). */
  title: string;
  errors: ValidationProblem[];
  /** The records as they were found. */
  planRecord: unknown;
  contentRecord: unknown;
}

/** Setting keys. */
export const SETTING_USER_NAME = 'userName';

/** Builds the light header record for a plan (`seq`: the journal position it reflects). */
export function planRecordFor(plan: Plan, rev: number, lastWriter: string, seq?: number): PlanRecord {
  return {
    id: plan.id,
    header: plan.header,
    updatedAt: plan.header.changedAt,
    search: planSearchText(plan.header),
    rowCount: plan.schwerpunkte.reduce((n, a) => n + a.rows.length, 0),
    rev,
    lastWriter,
    ...(seq === undefined ? {} : { seq }),
  };
}

export function planSearchText(h: PlanHeader): string {
  return [h.jobcenter, h.variante, String(h.year), h.status, h.author].join(' ').toLocaleLowerCase('de-DE');
}

/** Title of a plan as lists show it: "Jobcenter Düsseldorf 2016 – Entwurf 2". */
export function planTitle(h: Pick<PlanHeader, 'jobcenter' | 'year' | 'variante'>): string {
  return `${h.jobcenter} ${h.year}${h.variante ? ` – ${h.variante}` : ''}`;
}
