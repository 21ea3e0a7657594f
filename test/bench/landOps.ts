/**
 * The Land view at scale (issue 18): generated Lands of 53 and 400 Jobcenters' plans of about
 * 300 rows (seeded, sizes spread, some without Vorjahr or Vorbindungen) written as plan files;
 * each run consolidates them in a fresh process (landChild.ts), so the peak memory is that of
 * the consolidation alone. Targets: 400 files < 3 s and < 1 GB, the Land workbook < 10 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializePlanFile } from '../../shared/file/planFile';
import { generateLand } from '../support/generateLand';
import type { Stats } from './measure';
import { stats } from './measure';
import { de, ms } from './report';

const here = dirname(fileURLToPath(import.meta.url));
export const LAND_SEED = 1853;

export function writeLand(count: number): { dir: string; rows: number } {
  const dir = join(tmpdir(), `amip-bench-land-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let rows = 0;
  for (const p of generateLand({ count, seed: LAND_SEED })) {
    rows += p.schwerpunkte.reduce((s, a) => s + a.rows.length, 0);
    writeFileSync(join(dir, `${p.id}.amip.json`), serializePlanFile(p, new Date('2026-12-01T00:00:00Z')));
  }
  return { dir, rows };
}

interface ChildRun {
  plans: number;
  consolidateMs: number;
  workbookMs: number;
  workbookKb: number;
  maxRssMb: number;
}

export interface LandFigures {
  count: number;
  rows: number;
  consolidate: Stats;
  workbook: Stats;
  maxRssMb: number;
  workbookKb: number;
}

export function landRuns(counts: readonly number[], iterations: number): LandFigures[] {
  return counts.map((count) => {
    const { dir, rows } = writeLand(count);
    const runs: ChildRun[] = [];
    for (let i = 0; i < iterations; i++) {
      const out = execFileSync('npx', ['tsx', join(here, 'landChild.ts'), dir], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      const run = JSON.parse(out.trim().split('\n').pop()!) as ChildRun;
      if (run.plans !== count) throw new Error(`${count} Pläne erwartet, ${run.plans} zusammengeführt`);
      runs.push(run);
    }
    rmSync(dir, { recursive: true, force: true });
    return {
      count,
      rows,
      consolidate: stats(runs.map((r) => r.consolidateMs)),
      workbook: stats(runs.map((r) => r.workbookMs)),
      maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
      workbookKb: runs[0]!.workbookKb,
    };
  });
}

export function landMarkdown(figures: readonly LandFigures[], view: readonly string[] = []): string[] {
  return [
    '',
    'Land view (issue 18): generated Lands, plan files read, checked and consolidated in a fresh process',
    '',
    '| Jobcenter | Rows in all | Consolidate p50 ms | p95 ms | Peak RSS MB | Land workbook p50 ms | p95 ms | Workbook KB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...figures.map(
      (f) =>
        `| ${de(f.count)} | ${de(f.rows)} | ${ms(f.consolidate.p50)} | ${ms(f.consolidate.p95)} | ${f.maxRssMb.toFixed(0)} | ${ms(f.workbook.p50)} | ${ms(f.workbook.p95)} | ${de(f.workbookKb)} |`,
    ),
    ...view,
  ];
}
