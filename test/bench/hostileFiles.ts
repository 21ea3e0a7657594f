/**
 * Hostile plan files through the real command line (`amip validate`), each run in its own Node
 * process: outcome, wall time and peak memory (max RSS of that process). The files are built in
 * the temp directory and deleted afterwards; none is committed. A run that hangs is killed
 * after a minute and reported as such.
 *
 * The CLI is bundled with esbuild first (as `npm run build:cli` does, into dist/bench-cli), so
 * tsx's compile work does not blur the figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MAX_FILE_BYTES, serializePlanFile } from '../../shared/file/planFile';
import { beispielplan } from '../../shared/sample/beispielplan';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const MB = 1024 * 1024;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw JSON on purpose

/** The Beispielplan file with `payload` (raw JSON text) put where `place` puts a marker. */
function withPayload(place: (file: Json) => void, payload: string): string {
  const file = JSON.parse(serializePlanFile(beispielplan())) as Json;
  place(file);
  return JSON.stringify(file).replace('"__PAYLOAD__"', payload);
}
const underPlanKey = (f: Json) => (f.plan.x = '__PAYLOAD__');
const underEnvelopeKey = (f: Json) => (f.extra = '__PAYLOAD__');
const asBerufsbereiche = (f: Json) => (f.plan.stammdaten.berufsbereiche = '__PAYLOAD__');
const asRows = (f: Json) => (f.plan.schwerpunkte[0].rows = '__PAYLOAD__');
const asFormeln = (f: Json) => (f.plan.formeln = '__PAYLOAD__');

/** `[chunk,chunk,…]` of about `bytes` characters. */
function listOf(chunk: string, bytes: number): string {
  const n = Math.floor(bytes / (chunk.length + 1));
  return `[${`${chunk},`.repeat(n - 1)}${chunk}]`;
}
function listOfCount(chunk: string, n: number): string {
  return `[${`${chunk},`.repeat(n - 1)}${chunk}]`;
}

/** `{"row.r0.eintritte": value, …}` with `n` keys. */
function formeln(n: number, value: string): string {
  return `{${Array.from({ length: n }, (_, i) => `"row.r${i}.eintritte":${value}`).join(',')}}`;
}

interface Case {
  input: string;
  /** Writes the file (or FIFO, folder, link) at `path`. */
  make(path: string): void;
}

const nested = `${'['.repeat(60)}${']'.repeat(60)}`;
const CASES: Case[] = [
  {
    input: 'Beispielplan (valid, for comparison)',
    make: (p) => writeFileSync(p, serializePlanFile(beispielplan())),
  },
  {
    input: '43 MB nested arrays (60 deep) under an unknown plan key',
    make: (p) => writeFileSync(p, withPayload(underPlanKey, listOf(nested, 43 * MB))),
  },
  {
    input: '43 MB nested arrays under an unknown envelope key',
    make: (p) => writeFileSync(p, withPayload(underEnvelopeKey, listOf(nested, 43 * MB))),
  },
  { input: '43 MB of `[]`', make: (p) => writeFileSync(p, withPayload(underPlanKey, listOf('[]', 43 * MB))) },
  { input: '43 MB of `{}`', make: (p) => writeFileSync(p, withPayload(underPlanKey, listOf('{}', 43 * MB))) },
  { input: '43 MB of `0`', make: (p) => writeFileSync(p, withPayload(underPlanKey, listOf('0', 43 * MB))) },
  {
    input: '43 MB of `"a"`',
    make: (p) => writeFileSync(p, withPayload(underPlanKey, listOf('"a"', 43 * MB))),
  },
  {
    input: '40 MB string under an unknown key',
    make: (p) => writeFileSync(p, withPayload(underPlanKey, JSON.stringify('x'.repeat(40 * MB)))),
  },
  {
    input: '100.000 levels of nesting',
    make: (p) => writeFileSync(p, withPayload(underPlanKey, `${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
  },
  {
    input: 'inside the bounds: 3.999.000 zeros as Berufsbereiche',
    make: (p) => writeFileSync(p, withPayload(asBerufsbereiche, listOfCount('0', 3_999_000))),
  },
  {
    input: 'inside the bounds: 3.999.000 `"a"` as Berufsbereiche (a valid plan)',
    make: (p) => writeFileSync(p, withPayload(asBerufsbereiche, listOfCount('"a"', 3_999_000))),
  },
  {
    input: 'inside the bounds: 1.999.000 rows `{"kind":"instrument"}` (11 missing fields each)',
    make: (p) => writeFileSync(p, withPayload(asRows, listOfCount('{"kind":"instrument"}', 1_999_000))),
  },
  {
    input: '1.500.000 Formeln (keys of one object)',
    make: (p) => writeFileSync(p, withPayload(asFormeln, formeln(1_500_000, '0'))),
  },
  {
    input: 'inside the bounds: 249.999 Formeln with numbers instead of text',
    make: (p) => writeFileSync(p, withPayload(asFormeln, formeln(249_999, '0'))),
  },
  {
    input: 'inside the bounds: 249.999 Formeln with unknown cell keys (text)',
    make: (p) => writeFileSync(p, withPayload(asFormeln, formeln(249_999, '"=1"'))),
  },
  {
    input: 'a file of 50 MB + 1 byte (sparse)',
    make: (p) => (writeFileSync(p, ''), truncateSync(p, MAX_FILE_BYTES + 1)),
  },
  { input: 'a FIFO', make: (p) => execFileSync('mkfifo', [p]) },
  { input: 'a symlink to /dev/zero', make: (p) => symlinkSync('/dev/zero', p) },
  { input: 'a folder', make: (p) => mkdirSync(p) },
  { input: 'a symlink to itself', make: (p) => symlinkSync(p, p) },
];

/** Into dist/ (ignored by git and lint): the bundle finds its packages in node_modules from there. */
async function bundleCli(): Promise<string> {
  const out = join(root, 'dist', 'bench-cli', 'amip.mjs');
  await build({
    entryPoints: [join(root, 'electron/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return out;
}

// Reports the process's own resource use on fd 3 when it exits.
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => { try { fs.writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });",
)}`;

export async function hostileFileRuns(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'amip-bench-hostile-'));
  try {
    const cli = await bundleCli();
    const lines = [
      '',
      'Hostile plan files, `amip validate FILE` in its own Node process (peak = max RSS of that process)',
      '',
      '| Input | Size | Exit | First line | Wall s | Peak MB |',
      '|---|---:|---:|---|---:|---:|',
    ];
    for (const [i, c] of CASES.entries()) {
      const file = join(dir, `${i}.amip.json`);
      c.make(file);
      const info = lstatSync(file);
      const sizeMb = info.isFile() ? `${(info.size / MB).toFixed(1)} MB` : '–';
      process.stderr.write(`hostile file: ${c.input} … `);
      const started = performance.now();
      const r = spawnSync(process.execPath, ['--import', REPORT_RSS, cli, 'validate', file], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
        timeout: 60_000,
        maxBuffer: 16 * MB,
      });
      const wall = (performance.now() - started) / 1000;
      const peakKb = Number(r.output[3] ?? 0);
      const first =
        `${r.stdout}${r.stderr}`.split('\n').find((l) => l.trim() !== '' && !l.endsWith(':')) ?? '';
      const shown = first.replace(file, 'FILE').trim().slice(0, 110).replace(/\|/g, '\\|');
      const exit = r.status === null ? `killed (${r.signal})` : String(r.status);
      process.stderr.write(`exit ${exit}, ${wall.toFixed(2)} s, ${(peakKb / 1024).toFixed(0)} MB\n`);
      lines.push(
        `| ${c.input} | ${sizeMb} | ${exit} | ${shown} | ${wall.toFixed(2)} | ${(peakKb / 1024).toFixed(0)} |`,
      );
      rmSync(file, { recursive: true, force: true });
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
