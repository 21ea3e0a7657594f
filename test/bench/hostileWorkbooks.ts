/**
 * `npm run bench:hostile` — peak memory and time of the workbook import for every hostile file
 * of test/support/hostileWorkbooks.ts (the forged plans claim 63.000 rows), and for real
 * workbooks as controls (the Beispielplan, also saved again by LibreOffice, and 60.000 rows).
 *
 *   npm run bench:hostile                      Node and Chromium, every file
 *   npm run bench:hostile -- --no-browser      Node only
 *   npm run bench:hostile -- --only=a,b        these files only (ids as in the table)
 *
 * Node: each file is imported by a fresh process (`importWorkbook`, what the CLI runs); the
 * figure is that process's peak resident memory (getrusage maxRSS), next to the same process
 * before the import (modules loaded, file read). Chromium: each file is opened through Datei →
 * Öffnen… in a fresh browser (the import runs in the app's Web Worker, inside the renderer
 * process); the figure is the renderer's peak resident memory (VmHWM), next to its memory
 * with the app loaded. Time is from the start of the import to the answer.
 * Prints a Markdown table and writes test/bench/results/hostile.{md,json}.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportWorkbook } from '../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../shared/excel/importWorkbook';
import { parsePlanFile, serializePlanFile } from '../../shared/file/planFile';
import { formatValidationError } from '../../shared/file/validationError';
import { beispielplan } from '../../shared/sample/beispielplan';
import { generatePlan } from '../support/generatePlan';
import { HOSTILE_WORKBOOKS, packWorkbooks } from '../support/hostileWorkbooks';
import { saveWithLibreOffice } from '../support/libreOfficeSave';
import { de } from './report';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

interface Outcome {
  answer: string;
  ms: number;
  baselineMb: number;
  peakMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const answerOf = (r: { ok: true } | { ok: false; message: string }) => (r.ok ? 'eingelesen' : r.message);

/**
 * This process's peak resident memory. Linux keeps getrusage's maxRSS across exec, so a child
 * would report the benchmark's own size at fork time; VmHWM belongs to the new address space.
 */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** What the app answers for one file: a workbook is imported, a plan file (the reference) read. */
async function answerFor(file: string, bytes: Uint8Array): Promise<string> {
  if (!file.endsWith('.amip.json')) return answerOf(await importWorkbook(bytes));
  const read = parsePlanFile(new TextDecoder().decode(bytes));
  return read.ok ? 'eingelesen' : read.errors.map(formatValidationError).join(' ');
}

/** Child process: import one file, print what happened as JSON. */
async function child(file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const baselineMb = mb(process.memoryUsage().rss);
  const t0 = performance.now();
  const answer = await answerFor(file, bytes);
  const ms = performance.now() - t0;
  const out: Outcome = {
    answer,
    ms,
    baselineMb,
    peakMb: peakRssMb(),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function inNode(file: string): Outcome {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), `--child=${file}`],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{'))
    return {
      answer: `Prozess beendet (${run.status ?? run.signal}): ${run.stderr.slice(-300)}`,
      ms: NaN,
      baselineMb: NaN,
      peakMb: NaN,
    };
  return JSON.parse(line) as Outcome;
}

interface BenchFile {
  id: string;
  /** `.xlsx` unless said otherwise. */
  ext?: string;
  what: string;
  build(exported: Uint8Array): Uint8Array | Promise<Uint8Array>;
  expected: string | RegExp;
}

/** Whether an answer is the one expected (the message shown in Chromium contains it). */
const answered = (answer: string, expected: string | RegExp): boolean =>
  typeof expected === 'string'
    ? answer.includes(expected)
    : expected.test(answer) || new RegExp(expected.source.replace(/^\^/, '')).test(answer);

/** Real workbooks: they must still import. */
const CONTROLS: readonly BenchFile[] = [
  {
    id: 'control-beispielplan',
    what: 'control: the Beispielplan workbook as exported',
    build: (x) => x,
    expected: 'eingelesen',
  },
  {
    id: 'control-beispielplan-libreoffice',
    what: 'control: the Beispielplan workbook saved again by LibreOffice Calc',
    build: (x) => saveWithLibreOffice(x),
    expected: 'eingelesen',
  },
  {
    id: 'control-60000-rows',
    what: 'control: a generated plan with 60.000 rows (17 MB, 112 MB unpacked)',
    build: () => exportWorkbook(generatePlan({ rows: 63_000, seed: 2016 })),
    expected: 'eingelesen',
  },
];

/**
 * For comparison with the forged plans: the same 63.000-row plan as a plan file (.amip.json)
 * with the same error, opened through Datei → Öffnen… (no workbook involved).
 */
const REFERENCES: readonly BenchFile[] = [
  {
    id: 'reference-plan-file',
    ext: '.amip.json',
    what: 'reference, no workbook: the forged-plan-invalid plan (63.000 rows, one Eintritte -1) as a 31 MB plan file',
    build: () => {
      const text = serializePlanFile(generatePlan({ rows: 63_000, seed: 2016 }));
      const at = text.lastIndexOf('"eintritte": ');
      return new TextEncoder().encode(
        `${text.slice(0, at)}"eintritte": -1${text.slice(text.indexOf(',', at))}`,
      );
    },
    expected: /plan\.schwerpunkte\[\d+\]\.rows\[\d+\]\.eintritte: Zahl ≥ 0 erwartet, gefunden -1/,
  },
];

/** The forged plans of the benchmark claim as many rows as the largest control. */
const FORGED_ROWS = 63_000;

const HOSTILE: readonly BenchFile[] = [...HOSTILE_WORKBOOKS, ...packWorkbooks(FORGED_ROWS)].map((h) => ({
  id: h.id,
  what: h.what,
  build: h.build,
  expected: h.refusal,
}));

async function main(): Promise<void> {
  if (option('child')) return child(option('child')!);
  const only = option('only')?.split(',');
  const browser = !args.includes('--no-browser');
  const exported = await exportWorkbook(beispielplan());
  const dir = mkdtempSync(join(tmpdir(), 'amip-hostile-'));
  const rows: {
    id: string;
    what: string;
    fileMb: number;
    expected: string;
    asExpected: boolean;
    node: Outcome;
    chromium?: Outcome;
  }[] = [];
  const chromium = browser ? await import('./hostileInChromium') : null;
  const session = chromium ? await chromium.start() : null;
  try {
    for (const h of [...HOSTILE, ...CONTROLS, ...REFERENCES]) {
      if (only && !only.includes(h.id)) continue;
      const bytes = await h.build(exported);
      const file = join(dir, `${h.id}${h.ext ?? '.xlsx'}`);
      writeFileSync(file, bytes);
      process.stderr.write(`${h.id} (${de(bytes.length)} Bytes): Node … `);
      const node = inNode(file);
      process.stderr.write(`${node.peakMb} MB, ${Math.round(node.ms)} ms`);
      const inChromium = session ? await session.open(file) : undefined;
      if (inChromium)
        process.stderr.write(`; Chromium ${inChromium.peakMb} MB, ${Math.round(inChromium.ms)} ms`);
      process.stderr.write('\n');
      rows.push({
        id: h.id,
        what: h.what,
        fileMb: bytes.length / 1024 / 1024,
        expected: typeof h.expected === 'string' ? h.expected : h.expected.source,
        asExpected:
          answered(node.answer, h.expected) && (!inChromium || answered(inChromium.answer, h.expected)),
        node,
        ...(inChromium ? { chromium: inChromium } : {}),
      });
    }
  } finally {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const fmt = (o: Outcome | undefined) =>
    o ? `${de(o.peakMb)} (${de(o.baselineMb)}) | ${de(Math.round(o.ms))}` : '– | –';
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  // Chromium shows the same message under the dialog's heading; only a different answer is shown.
  const chromiumAnswer = (r: (typeof rows)[number]) =>
    !r.chromium || r.chromium.answer.includes(r.node.answer) ? '' : ` — Chromium: ${cell(r.chromium.answer)}`;
  const lines = [
    '| File | What it does | Size MB | Node peak RSS MB (before) | Node ms | Chromium renderer peak MB (before) | Chromium ms | Answer |',
    '|---|---|--:|--:|--:|--:|--:|---|',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.what} | ${r.fileMb.toFixed(2).replace('.', ',')} | ${fmt(r.node)} | ${fmt(r.chromium)} | ${r.asExpected ? '' : '**not as expected:** '}${cell(r.node.answer)}${chromiumAnswer(r)} |`,
    ),
  ];
  const md = lines.join('\n');
  console.log(md);
  const results = join(HERE, 'results', only ? 'partial' : '');
  mkdirSync(results, { recursive: true });
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    node: process.version,
    started: new Date().toISOString(),
  };
  writeFileSync(join(results, 'hostile.json'), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  writeFileSync(
    join(results, 'hostile.md'),
    `Run ${machine.started} on ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}.\n\n${md}\n`,
  );
}

await main();
