/**
 * Plans stored on this computer before an upgrade (checkpoints, versions, backups, the plan a
 * workbook embeds) carry the file format they were written with. They are brought to the
 * current format with the same pure steps as a file (migrations.ts) before anything reads them;
 * whatever a step does not recognise stays for the validator to report.
 */
import type { Plan } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { migrateToCurrent } from './migrations';

/** The value in the current format when it is a plan of an older one; otherwise unchanged. */
export function upgradeStoredPlan(value: unknown): unknown {
  if (isCurrentFormat(value)) return value;
  const version = (value as { schemaVersion: number }).schemaVersion;
  const migrated = migrateToCurrent(value, version);
  return migrated.ok ? migrated.plan : value;
}

/** True when upgradeStoredPlan leaves the value as it is (it names no older format). */
export function isCurrentFormat(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  return typeof version !== 'number' || !Number.isInteger(version) || version >= SCHEMA_VERSION;
}

/** A stored record's plan, typed as the current Plan it becomes (older formats upgraded). */
export const currentPlan = (plan: Plan): Plan => upgradeStoredPlan(plan) as Plan;
