/** Backup of the whole database and restore with preview. */
import { describe, expect, it } from 'vitest';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { parseBackup, restorePreview } from '../../../../shared/storage/backupFormat';
import { emptyPlan } from '../../../../shared/storage/newPlans';
import { classifyStorageError } from '../../../../shared/storage/storageErrors';
import { backupFileName, exportBackup, restoreBackup } from '../../../../renderer/storage/backup';
import { listEditLog } from '../../../../renderer/storage/editLog';
import {
  applyToStoredPlan,
  createPlan,
  listPlans,
  listQuarantine,
  loadPlan,
  renamePlan,
} from '../../../../renderer/storage/planRepository';
import { setUserName } from '../../../../renderer/storage/settings';
import { listVersions, saveVersion } from '../../../../renderer/storage/versionRepository';
import { freshDbs, setValue } from './helpers';

const fresh = freshDbs();

async function filledDb() {
  const db = fresh();
  await createPlan(db, beispielplan(), 'w');
  await createPlan(
    db,
    emptyPlan({
      id: 'p-essen',
      jobcenter: 'Jobcenter Essen',
      year: 2017,
      now: '2016-01-01T00:00:00.000Z',
      author: 'A',
    }),
    'w',
  );
  await applyToStoredPlan(db, beispielplan().id, setValue('row.r-egz.mittelansatz', 1), 'A', 'w');
  await saveVersion(db, beispielplan().id, 'Vorlage', 'A');
  await setUserName(db, 'Frau A');
  return db;
}

describe('Sicherung', () => {
  it('round-trips the whole database through one file', async () => {
    const db = await filledDb();
    const text = JSON.stringify(await exportBackup(db));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const target = fresh();
    const preview = restorePreview(parsed.backup, await listPlans(target));
    expect(preview.add.map((p) => p.id).sort()).toEqual([beispielplan().id, 'p-essen'].sort());
    expect(preview.replace).toEqual([]);
    const result = await restoreBackup(target, parsed.backup, new Set(), 'w');
    expect(result.added.sort()).toEqual([beispielplan().id, 'p-essen'].sort());
    expect(await loadPlan(target, beispielplan().id)).toEqual(await loadPlan(db, beispielplan().id));
    expect((await listVersions(target, beispielplan().id)).map((v) => v.name)).toEqual(['Vorlage']);
    expect(await listEditLog(target, beispielplan().id)).toHaveLength(1);
    expect((await target.settings.get('userName'))?.value).toBe('Frau A');
  });

  it('the preview names what would be replaced, and nothing is replaced without consent', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db);
    await renamePlan(db, 'p-essen', { variante: 'lokal neuer' }, 'A', 'w');
    const preview = restorePreview(backup, await listPlans(db));
    expect(preview.add).toEqual([]);
    expect(preview.replace.map((p) => [p.id, p.local?.title])).toContainEqual([
      'p-essen',
      'Jobcenter Essen 2017 – lokal neuer',
    ]);
    const kept = await restoreBackup(db, backup, new Set(), 'w');
    expect(kept.kept.sort()).toEqual([beispielplan().id, 'p-essen'].sort());
    const still = await loadPlan(db, 'p-essen');
    expect(still.ok && still.plan.header.variante).toBe('lokal neuer');
    const replaced = await restoreBackup(db, backup, new Set(['p-essen']), 'w');
    expect(replaced.replaced).toEqual(['p-essen']);
    const now = await loadPlan(db, 'p-essen');
    expect(now.ok && now.plan.header.variante).toBe('Hauptvariante');
    expect(now.ok && now.rev).toBeGreaterThan(2); // open windows notice the replacement
  });

  it('a broken plan in a backup goes to quarantine; the others are restored', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db);
    const c = backup.planContents.find((x) => x.id === 'p-essen')!;
    (c.plan.header as { year: unknown }).year = 'zwanzig';
    const target = fresh();
    const result = await restoreBackup(target, backup, new Set(), 'w');
    expect(result.added).toEqual([beispielplan().id]);
    expect(result.quarantined).toHaveLength(1);
    expect((await listQuarantine(target))[0]!.errors[0]!.path).toContain('header.year');
  });

  it('refuses files that are no backup, in German', () => {
    expect(parseBackup('{kaputt')).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('keine gültige JSON-Datei') }],
    });
    const r = parseBackup(JSON.stringify({ format: 'amip-planer-plan' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['format', 'plans', 'planContents']),
    );
  });
});

describe('backup file name', () => {
  it('carries the German calendar day (half past midnight in Germany is still 23:30 UTC)', () => {
    expect(backupFileName(new Date('2016-01-31T23:30:00.000Z'))).toBe(
      'AMIP-Planer-Sicherung-2016-02-01.amip.json',
    );
    expect(backupFileName(new Date('2016-01-31T12:00:00.000Z'))).toBe(
      'AMIP-Planer-Sicherung-2016-01-31.amip.json',
    );
  });
});

describe('Speicherfehler auf Deutsch', () => {
  it.each([
    ['QuotaExceededError', 'quota', 'Speicherplatz'],
    ['BlockedError', 'blocked', 'anderen Fenster'],
    ['MissingAPIError', 'unavailable', 'privaten Fenstern'],
    ['VersionError', 'version', 'neueste Version'],
    ['DatabaseClosedError', 'closed', 'automatisch erneut'],
  ])('%s → %s', (name, kind, advice) => {
    const p = classifyStorageError({ name: 'AbortError', inner: { name } });
    expect(p.kind).toBe(kind); // the wrapped IndexedDB error decides
    expect(`${p.reason} ${p.advice}`).toContain(advice);
  });

  it('an unknown error still says what to do', () => {
    const p = classifyStorageError(new Error('kaputt'));
    expect(p.kind).toBe('unknown');
    expect(p.advice).toContain('als Datei sichern');
  });
});
