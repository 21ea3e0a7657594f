/**
 * The Land view in Debian's Chromium (issue 18): 53 and 400 generated plan files chosen in
 * Datei → Land-/Regionalansicht… until the grid shows them (read, check, consolidate, paint: the
 * status line sums them and the first row shows its figures), and a sort by EGT-Auslastung
 * until the first row is the lowest. Targets: open < 1 s, sort < 100 ms for 400 Jobcenters.
 * Builds the UI into the temp directory first.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consolidate } from '../../shared/consolidate/consolidate';
import { launchChromium, openApp, startStaticServer } from '../browser/support/app';
import { generateLand } from '../support/generateLand';
import { LAND_SEED, writeLand } from './landOps';
import { stats } from './measure';
import { de, ms } from './report';

const here = dirname(fileURLToPath(import.meta.url));
/** Fresh browsers per Land size: five, so one run caught in a busy moment of the machine moves no median. */
const LAND_VIEW_RUNS = 5;

/** A build of its own: another run's build in the temp directory may be of other code. */
function distDir(): string {
  const own = join(tmpdir(), 'amip-bench-land-dist');
  const vite = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      own,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: join(here, '../..'), stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (vite.status !== 0) throw new Error('vite build der Oberfläche fehlgeschlagen');
  return own;
}

export async function landViewRuns(counts: readonly number[], quick: boolean): Promise<string[]> {
  const server = await startStaticServer(distDir());
  const lines = [
    '',
    'Land view in Chromium: files chosen → grid painted (read, check, consolidate, paint); sort by EGT-Auslastung',
    '',
    '| Jobcenter | Open p50 ms | p95 ms | of which read in workers p50 ms | merge p50 ms | paint p50 ms | Sort p50 ms | p95 ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  try {
    for (const count of counts) {
      const plans = generateLand({ count, seed: LAND_SEED });
      // Paths, not buffers: Playwright passes at most 50 MB of buffers (400 plans are about 60 MB).
      const { dir } = writeLand(count);
      const files = plans.map((p) => join(dir, `${p.id}.amip.json`));
      const gE = consolidate(plans.map((plan) => ({ source: plan.id, plan }))).groups[0]!;
      const lowest = String(
        [...gE.jobcenter].sort((a, b) => a.values.egtAuslastung! - b.values.egtAuslastung!)[0]!.nr,
      );
      const highest = String(
        [...gE.jobcenter].sort((a, b) => b.values.egtAuslastung! - a.values.egtAuslastung!)[0]!.nr,
      );
      const opens: number[] = [];
      const sorts: number[] = [];
      const phases = { read: [] as number[], merge: [] as number[], paint: [] as number[] };
      for (let i = 0; i < (quick ? 1 : LAND_VIEW_RUNS); i++) {
        const launched = await launchChromium();
        try {
          const page = await openApp(launched.context, server.url);
          await page.getByTestId('menu-datei').click();
          await page.getByTestId('menuitem-datei.land').click();
          const input = page.getByTestId('land-files');
          await input.waitFor({ state: 'attached' });
          const t0 = Date.now();
          await input.setInputFiles(files);
          // Painted: the status line sums them and the first row shows its figures.
          const painted = await page.waitForFunction(
            (n) =>
              document
                .querySelector('[data-testid="land-status"]')
                ?.textContent?.startsWith(`${n} Jobcenter`) === true &&
              (document.querySelector(
                '[data-testid="land-grid"] .ag-row[row-index="0"] [col-id="egtAuslastung"]',
              )?.textContent ?? '') !== '' &&
              performance.now(),
            gE.jobcenter.length,
            { timeout: 120_000, polling: 'raf' },
          );
          opens.push(Date.now() - t0);
          // Where the time went, by the view's marks (LandScreen.tsx): workers, merge, paint.
          const at = await page.evaluate(() =>
            Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
          );
          phases.read.push(at['land-read']! - at['land-chosen']!);
          phases.merge.push(at['land-merged']! - at['land-read']!);
          phases.paint.push(((await painted.jsonValue()) as number) - at['land-merged']!);
          const header = page.locator(
            '[data-testid="land-grid"] .ag-header-cell[col-id="egtAuslastung"] .ag-header-cell-label',
          );
          for (const [k, want] of [
            [0, lowest],
            [1, highest],
          ] as const) {
            // the click and the wait run in the page: from the click to the first row repainted
            const dt = await page.evaluate(
              async ([w]) => {
                const label = document.querySelector<HTMLElement>(
                  '[data-testid="land-grid"] .ag-header-cell[col-id="egtAuslastung"] .ag-header-cell-label',
                )!;
                const t = performance.now();
                label.click();
                for (;;) {
                  await new Promise((r) => requestAnimationFrame(r));
                  const first = document.querySelector('[data-testid="land-grid"] .ag-row[row-index="0"]');
                  if (first?.getAttribute('row-id') === w) return performance.now() - t;
                  if (performance.now() - t > 10_000) return Number.NaN;
                }
              },
              [want],
            );
            if (k === 0 || !Number.isNaN(dt)) sorts.push(dt);
          }
          await header.waitFor();
        } finally {
          await launched.close();
        }
      }
      const o = stats(opens);
      const s = stats(sorts);
      const p50 = (xs: number[]) => ms(stats(xs).p50);
      lines.push(
        `| ${de(count)} | ${ms(o.p50)} | ${ms(o.p95)} | ${p50(phases.read)} | ${p50(phases.merge)} | ${p50(phases.paint)} | ${ms(s.p50)} | ${ms(s.p95)} |`,
      );
    }
  } finally {
    await server.close();
  }
  return lines;
}
