/**
 * `amip consolidate`: a folder of plans with bad files among them; the bad ones are listed with
 * their German reason and left out, the rest consolidate; an exported workbook goes through the
 * guarded import.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeConsolidateCommand } from '../../../../electron/cli/consolidateCommand';
import { nodeLandSourceDeps } from '../../../../electron/cli/landSources';
import { exportWorkbook } from '../../../../shared/excel/exportWorkbook';
import { serializePlanFile } from '../../../../shared/file/planFile';
import { generateLand } from '../../../support/generateLand';
import { fakeIo } from './fakeIo';

const dir = mkdtempSync(join(tmpdir(), 'amip-land-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const land = generateLand({ count: 8, meanRows: 30, seed: 21 });
for (const p of land.slice(0, 7)) writeFileSync(join(dir, `${p.id}.amip.json`), serializePlanFile(p));
// among them: broken JSON, a hostile nesting, a plan of 2015, a second copy of plan 1
writeFileSync(
  join(dir, 'abgebrochen.amip.json'),
  '{"format": "amip-planer-plan", "schemaVersion": 1, "plan": {',
);
writeFileSync(join(dir, 'tief.amip.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
const old = land[0]!;
writeFileSync(
  join(dir, 'alt.amip.json'),
  serializePlanFile({
    ...old,
    id: 'alt',
    header: { ...old.header, jobcenter: 'Jobcenter Alt', year: 2015, vorjahr: 2014 },
  }),
);
writeFileSync(join(dir, 'kopie.amip.json'), serializePlanFile({ ...land[1]!, id: 'kopie' }));
writeFileSync(join(dir, 'liesmich.txt'), 'keine Plandatei');
const written = new Map<string, Uint8Array>();
const command = makeConsolidateCommand({
  sources: nodeLandSourceDeps,
  writeBinary: async (p, bytes) => void written.set(p, bytes),
});

describe('amip consolidate', () => {
  it('lists each bad file with its reason, leaves it out and consolidates the rest (exit 1)', async () => {
    const book = join(dir, 'export.xlsx');
    writeFileSync(book, await exportWorkbook(land[7]!));
    const io = fakeIo();
    const code = await command.run(
      [dir, join(dir, 'liesmich.txt'), '--jahr', '2016', '--json', '--out', 'land.xlsx'],
      io,
    );
    expect(code).toBe(1);
    const err = io.err();
    expect(err).toMatch(
      /Nicht aufgenommen: .*abgebrochen\.amip\.json: kein gültiger Plan: keine gültige JSON-Datei/,
    );
    expect(err).toMatch(
      /Nicht aufgenommen: .*tief\.amip\.json: kein gültiger Plan: .*(Verschachtelung|tief|Ebenen)/,
    );
    expect(err).toMatch(/Nicht aufgenommen: .*alt\.amip\.json: Planjahr 2015, verlangt ist 2016/);
    expect(err).toMatch(/Nicht aufgenommen: .*liesmich\.txt: Format nicht unterstützt/);
    expect(err).toMatch(
      /Doppelt, nicht addiert: .*(kopie|land-21-2)\.amip\.json \(Jobcenter 002, 2016, Plan\)/,
    );
    const json = JSON.parse(io.out()) as {
      gruppen: {
        gruppe: string;
        jobcenter: { jobcenter: string; quelle: string; figures: Record<string, number | null> }[];
        figures: Record<string, number | null>;
      }[];
      abgelehnt: { quelle: string; grund: string }[];
    };
    expect(json.gruppen.map((g) => g.gruppe)).toEqual(['2016 · gE', '2016 · zkT']);
    const all = json.gruppen.flatMap((g) => g.jobcenter);
    expect(all.map((j) => j.jobcenter).sort()).toEqual(land.map((p) => p.header.jobcenter).sort());
    expect(all.find((j) => j.quelle.endsWith('export.xlsx'))?.jobcenter).toBe('Jobcenter 008');
    expect(json.abgelehnt).toHaveLength(4);
    const gE = json.gruppen[0]!;
    const sum = (k: string) => gE.jobcenter.reduce((s, j) => s + (j.figures[k] ?? 0), 0);
    expect(gE.figures['land.egtAuslastung']).toBeCloseTo(
      sum('geplanterMitteleinsatz') / sum('mittelFuerNeufaelle'),
      12,
    );
    expect(Object.keys(gE.figures)).toEqual([...Object.keys(gE.figures)].sort());
    expect(gE.figures).toHaveProperty(['land.kategorie.III.plaetze']);
    // The Zielplanung part (generated plans carry two milestones each): compute-style keys.
    expect(gE.figures['land.ziele.jobcenter']).toBeGreaterThan(0);
    expect(gE.figures['land.ziele.meilensteine.von']).toBe(2 * gE.figures['land.ziele.jobcenter']!);
    expect(typeof gE.figures['land.ziele.K2.gesamt.zielwert']).toBe('number');
    expect(written.get('land.xlsx')?.length).toBeGreaterThan(1000);
  });

  it('refuses a wrong call and an input with no plan at all (exit 2, nothing written)', async () => {
    const io = fakeIo();
    expect(await command.run(['--json'], io)).toBe(2);
    expect(io.err()).toContain('Dateien oder Ordner fehlen');
    const io2 = fakeIo();
    expect(await command.run([join(dir, 'liesmich.txt'), '--out', 'x.xlsx'], io2)).toBe(2);
    expect(io2.err()).toContain('Kein Plan zum Zusammenführen');
    expect(written.has('x.xlsx')).toBe(false);
    const io3 = fakeIo();
    expect(await command.run([dir, '--out', 'land.pdf'], io3)).toBe(2);
    expect(io3.err()).toContain('muss auf .xlsx enden');
  });
});
