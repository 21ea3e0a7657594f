/**
 * Every database schema version, oldest first. Append-only: a released version is never
 * edited; a change is a new file vN.ts with its stores and a pure upgrade transform, plus a test
 * that seeds version N−1, upgrades and compares (test/unit/storage/schemaV*.test.ts).
 */
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES },
];

export const CURRENT_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
