/** Settings kept in the local database (the user's name for the Änderungsprotokoll). */
import { SETTING_USER_NAME } from '../../shared/storage/records';
import type { AmipDb } from './db';

export async function getUserName(db: AmipDb): Promise<string | null> {
  const rec = await db.settings.get(SETTING_USER_NAME);
  return typeof rec?.value === 'string' && rec.value.trim() ? rec.value : null;
}

export async function setUserName(db: AmipDb, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Bitte einen Namen eingeben.');
  await db.settings.put({ key: SETTING_USER_NAME, value: trimmed });
}
