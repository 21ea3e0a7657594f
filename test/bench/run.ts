/**
 * `npm run bench` — where AMIP-Planer stands from one Jobcenter (300 rows) to a whole Land
 * (60.000 rows). Not part of `npm test`: it takes minutes and needs a quiet machine.
 *
 *   npm run bench                     all operations, 300 / 10.000 / 60.000 rows
 *   npm run bench -- --quick          few iterations, 300 and 10.000 rows (smoke run)
 *   npm run bench -- --sizes=10000    only these sizes
 *   npm run bench -- --only=edit,recalc,export,file,docx,memory,browser,hostile,land
 *   npm run bench -- --no-browser     skip the Chromium operations (3, 4, 5 and the renderer heap)
 *   npm run bench -- --no-compare     ours only, no HyperFormula / bare-write comparisons
 *
 * Prints a Markdown table and writes test/bench/results/latest.{md,json}. Every comparison is
 * measured in the same run on the same plan; "ratio" is ours ÷ comparison (below 1 = faster).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../shared/model/plan';
import { generatePlan } from '../support/generatePlan';
import { machineProbe, probeText } from './machineProbe';
import type { HeapFigures, Measured } from './nodeOps';
import type { Row } from './report';
import { de, markdown, ms } from './report';
import {
  editToFigures,
  docxExport,
  excelExport,
  fullRecalculation,
  heapOf,
  instrumentRows,
  readPlanFile,
  settings,
} from './nodeOps';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const SEED = 2016;
const sizes = (option('sizes') ?? (quick ? '300,10000' : '300,10000,60000')).split(',').map(Number);
const only = option('only')?.split(',');
settings.compare = !flag('no-compare');
const wants = (op: string) => (!only || only.includes(op)) && !(op === 'browser' && flag('no-browser'));

/** Iterations per operation and size: enough for a p95, bounded for a busy machine. */
function iterations(op: string, size: number): number {
  const big = size >= 60_000;
  const mid = size >= 10_000;
  switch (op) {
    case 'edit':
      return quick ? 30 : 200;
    case 'recalc':
      return quick ? 2 : big ? 3 : mid ? 5 : 20;
    case 'export':
      return quick ? 1 : big ? 1 : mid ? 3 : 5;
    case 'file':
      // Milliseconds each: more turns for a steady ratio (about 5 s in all).
      return quick ? 2 : big ? 10 : mid ? 30 : 50;
    default:
      return quick ? 2 : big ? 3 : 5;
  }
}

/** Plans with about `size` instrument rows (the generator counts references as rows too). */
function planFor(size: number): Plan {
  return generatePlan({ rows: Math.round(size * 1.05), seed: SEED });
}

const OPERATIONS: { op: string; operation: string; run: (plan: Plan, n: number) => Promise<Measured> }[] = [
  { op: 'edit', operation: '1 Edit → all figures', run: editToFigures },
  { op: 'recalc', operation: '2 Full recalculation', run: fullRecalculation },
  { op: 'export', operation: '6 Excel export', run: excelExport },
  { op: 'file', operation: '7 Read + validate plan file', run: readPlanFile },
  { op: 'docx', operation: '8 Word export (full texts)', run: docxExport },
];

async function main(): Promise<void> {
  const started = new Date();
  const probeStart = machineProbe();
  const rows: Row[] = [];
  const heap: Record<number, HeapFigures> = {};
  for (const size of sizes) {
    const plan = planFor(size);
    const count = instrumentRows(plan).length;
    for (const { op, operation, run } of OPERATIONS) {
      if (!wants(op)) continue;
      // A Programm document is written per Jobcenter; a Land's 60.000 rows take minutes in Word form.
      if (op === 'docx' && size > 10_000) continue;
      process.stderr.write(`${operation}, ${de(count)} rows … `);
      const result = await run(plan, iterations(op, size));
      process.stderr.write(`p50 ${ms(result.stats.p50)} ms\n`);
      rows.push({ op, operation, size, instrumentRows: count, result });
    }
    if (wants('memory')) heap[count] = heapOf(() => planFor(size));
  }
  const extra: string[] = [];
  if (wants('browser')) {
    const { browserOperations } = await import('./browserOps');
    const browser = await browserOperations(sizes, { quick, planFor, iterations });
    rows.push(...browser.rows);
    extra.push(...browser.notes);
  }

  if (wants('land')) {
    const { landMarkdown, landRuns } = await import('./landOps');
    const land = landRuns(quick ? [53] : [53, 400], quick ? 1 : 3);
    process.stderr.write(`${landMarkdown(land).join('\n')}\n`);
    const view = !flag('no-browser')
      ? await (await import('./landView')).landViewRuns(quick ? [53] : [53, 400], quick)
      : [];
    extra.push(...landMarkdown(land, view));
  }

  if (wants('hostile')) {
    const { hostileFileRuns } = await import('./hostileFiles');
    extra.push(...(await hostileFileRuns()));
  }

  const probe = { start: probeStart, end: machineProbe() };
  const md = markdown(rows, heap, extra);
  console.log(md);
  console.log(probeText(probe.start, probe.end));
  // A partial run (--only, --sizes, --no-compare) must not replace the full results.
  const dir = join(
    dirname(fileURLToPath(import.meta.url)),
    'results',
    only || option('sizes') || !settings.compare ? 'partial' : '',
  );
  mkdirSync(dir, { recursive: true });
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    started: started.toISOString(),
    quick,
    seed: SEED,
    probe,
  };
  writeFileSync(
    join(dir, 'latest.json'),
    `${JSON.stringify({ machine, rows, heap, notes: extra }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'latest.md'),
    `Run ${started.toISOString()} on ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}${quick ? ', --quick' : ''}.\n${probeText(probe.start, probe.end)}\n\n${md}\n`,
  );
}

await main();
