/** Versions: save, list, open read-only, compare with the current state, restore. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/applyCommand';
import { readInput } from '../../../../shared/model/inputs';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../../shared/sample/zielgruppenBeispiel';
import { comparePlans } from '../../../../shared/storage/comparePlans';
import type { AmipDb } from '../../../../renderer/storage/db';
import { listEditLog } from '../../../../renderer/storage/editLog';
import { applyToStoredPlan, createPlan, loadPlan } from '../../../../renderer/storage/planRepository';
import {
  getVersion,
  latestVersion,
  listVersions,
  restoreVersion,
  saveVersion,
} from '../../../../renderer/storage/versionRepository';
import { openDb, setValue, sleep, uniqueDbName } from './helpers';

const EGZ = 'row.r-egz.mittelansatz';
const dbs: AmipDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function planWithVersion() {
  const db = openDb(uniqueDbName());
  dbs.push(db);
  const plan = beispielplan();
  await createPlan(db, plan, 'w');
  const v = await saveVersion(db, plan.id, 'Vorlage Trägerversammlung 12.11.', 'Frau A');
  await sleep(2);
  await applyToStoredPlan(db, plan.id, setValue(EGZ, 3_000_000), 'Herr B', 'w');
  return { db, plan, v };
}

describe('Versionen', () => {
  it('lists versions with date and author, newest first; opening one gives the old state', async () => {
    const { db, plan, v } = await planWithVersion();
    await sleep(2);
    await saveVersion(db, plan.id, 'Entwurf 2', 'Herr B');
    const list = await listVersions(db, plan.id);
    expect(list.map((x) => [x.name, x.author])).toEqual([
      ['Entwurf 2', 'Herr B'],
      ['Vorlage Trägerversammlung 12.11.', 'Frau A'],
    ]);
    expect(Date.parse(list[1]!.createdAt)).toBeLessThanOrEqual(Date.parse(list[0]!.createdAt));
    const old = await getVersion(db, v.id);
    expect(old && readInput(old.plan, EGZ)).toBe(2_200_000);
    expect((await latestVersion(db, plan.id))?.name).toBe('Entwurf 2');
  });

  it('refuses a version without a name', async () => {
    const { db, plan } = await planWithVersion();
    await expect(saveVersion(db, plan.id, '  ', 'A')).rejects.toThrow('Bitte einen Namen');
  });

  it('restoring saves the current state as a version first, then brings the old one back and logs it', async () => {
    const { db, plan, v } = await planWithVersion();
    const r = await restoreVersion(db, v.id, 'Frau A', 'w');
    expect(readInput(r.plan, EGZ)).toBe(2_200_000);
    const stored = await loadPlan(db, plan.id);
    expect(stored.ok && readInput(stored.plan, EGZ)).toBe(2_200_000);
    expect(stored.ok && stored.rev).toBe(3);
    const backup = await getVersion(db, r.backup.id);
    expect(backup?.kind).toBe('vorWiederherstellung');
    // Named with the German date and time of the restored version.
    expect(backup?.name).toMatch(
      /^Stand vor Wiederherstellung von „Vorlage Trägerversammlung 12\.11\.“ \(\d\d\.\d\d\.20\d\d, \d\d:\d\d\)$/,
    );
    expect(backup && readInput(backup.plan, EGZ)).toBe(3_000_000);
    const log = await listEditLog(db, plan.id);
    expect(log[0]!.label).toBe('Version „Vorlage Trägerversammlung 12.11.“ wiederhergestellt');
  });
});

describe('Vergleich Version ↔ aktueller Stand', () => {
  it('lists changed inputs and the key figures they move (EGT-Auslastung, Bereichssummen, Umschichtung)', () => {
    const before = beispielplan();
    let after = applyCommand(before, setValue(EGZ, 3_000_000)).plan;
    after = applyCommand(after, setValue('hh.umschichtung.plan', 1_000_000)).plan;
    const cmp = comparePlans(before, after);
    expect(cmp.inputs.map((d) => [d.label, d.before, d.after])).toEqual([
      [expect.stringContaining('Umschichtung in das VWB 2016'), 830_000, 1_000_000],
      [
        'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
        2_200_000,
        3_000_000,
      ],
    ]);
    const ids = cmp.figures.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'haushalt.plan.egtAuslastung',
        'haushalt.plan.umschichtung',
        'haushalt.plan.umschichtungsquote',
        'area.hs-integration.mittelansatzEgt',
        'portfolio.mittelansatzEgt',
      ]),
    );
    expect(ids).not.toContain('area.hs-lzb.mittelansatzEgt');
    const total = cmp.figures.find((f) => f.id === 'portfolio.mittelansatzEgt')!;
    expect(total.after! - total.before!).toBe(800_000);
    expect(cmp.structure).toEqual([]);
  });

  it('reports rows added and removed', () => {
    const before = beispielplan();
    const after = applyCommand(before, { type: 'deleteRows', rowIds: ['r-esg'] }).plan;
    const cmp = comparePlans(before, after);
    expect(cmp.structure).toEqual([{ what: 'Zeile entfernt', label: 'Integration › Einstiegsgeld (ESG)' }]);
    expect(
      cmp.inputs.some((d) => d.key === 'row.r-esg.eintritte' && d.after === undefined && d.before === 80),
    ).toBe(true);
  });

  it('lists target-group parts, the Kundenbestand, a reference’s part and a range’s upper end (issue 15)', () => {
    const before = zielgruppenBeispiel();
    const after = applyCommand(before, {
      type: 'setInputs',
      changes: [
        { key: 'za.u25.r-egz.eintritte', value: 90 },
        { key: 'zk.u25', value: 0.04 },
        { key: 'eb.r-kita', value: 1_500 },
        { key: 'vt.ref-u25-egz.eintritte', value: 90 },
      ],
    }).plan;
    const cmp = comparePlans(before, after);
    expect(cmp.inputs.map((d) => [d.key, d.sheet, d.label, d.before, d.after])).toEqual([
      [
        'za.u25.r-egz.eintritte',
        'zielgruppen',
        'Zielgruppen › U25 › Eingliederungszuschüsse (EGZ) › Eintritte der Zielgruppe',
        60,
        90,
      ],
      [
        'vt.ref-u25-egz.eintritte',
        'portfolio',
        'Maßnahmeportfolio › Jugendliche (U25) › Verweis auf Eingliederungszuschüsse (EGZ) › Eintritte (Anteil des Verweises)',
        60,
        90,
      ],
      [
        'eb.r-kita',
        'portfolio',
        'Maßnahmeportfolio › Kommunale Eingliederungsleistungen (§ 16a SGB II) › Kinderbetreuung (Kindertagespflege, Randzeiten) › Eintritte bis',
        1_200,
        1_500,
      ],
      ['zk.u25', 'zielgruppen', 'Zielgruppen › U25 › Anteil am Kundenbestand', 0.05, 0.04],
    ]);
    // The group's money and the kommunal range move; no EGT total does
    expect(cmp.figures.map((f) => [f.id, f.before, f.after])).toEqual([
      ['portfolio.faelleKommunalBis', 2_470, 2_770],
      ['zielgruppe.u25.eintritte', 1_374, 1_404],
      ['zielgruppe.u25.mittelEgt', 5_141_000, 5_261_000],
    ]);
  });

  it('identical plans have no differences', () => {
    const cmp = comparePlans(beispielplan(), beispielplan());
    expect(cmp).toEqual({ inputs: [], figures: [], structure: [] });
  });
});
