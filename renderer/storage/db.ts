/**
 * The local database (IndexedDB through Dexie). Schema versions come from
 * shared/storage/schema/ (append-only); upgrades call the pure transforms kept there.
 */
import Dexie from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import type {
  EditLogRecord,
  PlanContentRecord,
  PlanRecord,
  QuarantineRecord,
  SettingRecord,
  VersionRecord,
} from '../../shared/storage/records';
import { V1_STORES } from '../../shared/storage/schema/v1';
import type { PlanRecordV1 } from '../../shared/storage/schema/v1';
import { upgradePlanRecordV1, V2_STORES } from '../../shared/storage/schema/v2';
import { planTitle } from '../../shared/storage/records';

export const DB_NAME = 'amip-planer';

export class AmipDb extends Dexie {
  plans!: Table<PlanRecord, string>;
  planContents!: Table<PlanContentRecord, string>;
  versions!: Table<VersionRecord, string>;
  editLog!: Table<EditLogRecord, number>;
  settings!: Table<SettingRecord, string>;
  quarantine!: Table<QuarantineRecord, string>;

  constructor(name = DB_NAME, options: DexieOptions = {}) {
    // 'strict': a transaction reports success only once the data is on disk, so an edit shown
    // as "Gespeichert" survives a crash or a power cut.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade(async (tx) => {
        const old = (await tx.table('plans').toArray()) as PlanRecordV1[];
        const now = new Date().toISOString();
        for (const rec of old) {
          const up = upgradePlanRecordV1(rec);
          if (up.ok) {
            await tx.table('plans').put(up.plan);
            await tx.table('planContents').put(up.content);
          } else {
            await tx.table('plans').delete(rec.id);
            const q: QuarantineRecord = {
              id: String(rec.id),
              quarantinedAt: now,
              title: rec.plan?.header ? planTitle(rec.plan.header) : `Plan ${String(rec.id)}`,
              errors: [
                {
                  path: 'plan',
                  message:
                    'Der gespeicherte Plan hat keinen Kopf oder keine Zeilen und konnte nicht übernommen werden.',
                },
              ],
              planRecord: up.broken,
              contentRecord: null,
            };
            await tx.table('quarantine').put(q);
          }
        }
      });
  }
}
