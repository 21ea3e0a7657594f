/**
 * `amip takeover DATEI.xlsx AUSGABE.amip.json [--sheet NAME] [--jobcenter NAME] [--jahr JAHR]`:
 * takes a Jobcenter's own Excel planning over as a new plan. Same zip guard and limits as
 * `amip import`; prints the mapping it used (sheet, header row, column → field, unit), the
 * blocks and totals found and the report: every total of the workbook that disagrees with its
 * rows, every cell or row not read. Exit 0: written; 1: written, but a total of the workbook
 * disagrees (so batch runs find those files); 2: refused (damaged, too large, no table found,
 * wrong call), nothing written.
 */
import { computeAll } from '../../shared/calc/engine';
import type { ReadLegacyResult } from '../../shared/excel/takeover/readLegacyWorkbook';
import { readLegacyWorkbook } from '../../shared/excel/takeover/readLegacyWorkbook';
import type { TakeoverRequest } from '../../shared/excel/takeover/takeover';
import { runTakeover } from '../../shared/excel/takeover/takeover';
import {
  countsLine,
  mappingLines,
  takeoverReport,
  unitLabel,
} from '../../shared/excel/takeover/takeoverReport';
import { DEFAULT_ZIP_LIMITS } from '../../shared/excel/zipGuard';
import { serializePlanFile } from '../../shared/file/planFile';
import { formatCount, formatEur } from '../../shared/format/numberFormat';
import { planTitle } from '../../shared/storage/records';
import { readRegularFile } from '../files/regularFiles';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import type { FileKind } from './readPlan';
import { describeReadError, describeWriteError } from './readPlan';

export interface TakeoverDeps {
  /** Rejects with a Node error `code` (ENOENT, EACCES, EFBIG, …); a pipe or device before reading. */
  readBinary(path: string): Promise<Uint8Array>;
  readWorkbook(bytes: Uint8Array): Promise<ReadLegacyResult>;
  now(): Date;
}

const nodeDeps: TakeoverDeps = {
  // A FIFO or device would block or never end: only regular files are opened.
  readBinary: (path) => readRegularFile(path, DEFAULT_ZIP_LIMITS.maxFileBytes),
  readWorkbook: (bytes) => readLegacyWorkbook(bytes),
  now: () => new Date(),
};

const WORKBOOK: FileKind = { noun: 'Arbeitsmappe', maxBytes: DEFAULT_ZIP_LIMITS.maxFileBytes };

interface TakeoverArgs {
  input: string;
  output: string;
  sheet?: string;
  jobcenter?: string;
  year?: number;
}

const OPTIONS = ['--sheet', '--jobcenter', '--jahr'] as const;

/** The arguments, or a German message on what is wrong with them. */
export function parseTakeoverArgs(args: readonly string[]): TakeoverArgs | string {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!(OPTIONS as readonly string[]).includes(name)) return `Unbekannte Option ${name}`;
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value.trim() === '') return `Nach ${name} fehlt der Wert`;
    if (options.has(name)) return `${name} ist doppelt angegeben`;
    options.set(name, value);
  }
  if (positional.length < 2) return positional.length === 0 ? 'Dateiname fehlt' : 'Ausgabedatei fehlt';
  if (positional.length > 2) return 'Zu viele Angaben';
  if (positional.some((p) => p === '')) return 'Leere Angabe';
  const [input, output] = positional as [string, string];
  if (!output.toLowerCase().endsWith('.amip.json'))
    return `Die Ausgabedatei muss auf .amip.json enden: ${output}`;
  const out: TakeoverArgs = { input, output };
  const sheet = options.get('--sheet');
  if (sheet !== undefined) out.sheet = sheet;
  const jobcenter = options.get('--jobcenter');
  if (jobcenter !== undefined) out.jobcenter = jobcenter.trim();
  const jahr = options.get('--jahr');
  if (jahr !== undefined) {
    if (!/^\d{4}$/.test(jahr.trim())) return `--jahr erwartet eine Jahreszahl wie 2017, nicht „${jahr}“`;
    out.year = Number(jahr.trim());
  }
  return out;
}

const baseName = (path: string): string => path.replace(/^.*[\\/]/u, '');

export function makeTakeoverCommand(deps: TakeoverDeps = nodeDeps): CliCommand {
  const command: CliCommand = {
    name: 'takeover',
    usage: 'DATEI.xlsx AUSGABE.amip.json [--sheet NAME]',
    summary:
      'eigene Excel-Planung eines Jobcenters als neuen Plan übernehmen (auch --jobcenter NAME, --jahr JAHR), Summen der Datei prüfen; Exit-Code 1 = eine Summe stimmt nicht',
    async run(args, io) {
      const parsed = parseTakeoverArgs(args);
      if (typeof parsed === 'string') {
        io.stderr(
          `${parsed}. Aufruf: amip ${command.name} ${command.usage} [--jobcenter NAME] [--jahr JAHR]\n`,
        );
        return EXIT_ERROR;
      }
      let bytes: Uint8Array;
      try {
        bytes = await deps.readBinary(parsed.input);
      } catch (e) {
        io.stderr(`${describeReadError(parsed.input, e, WORKBOOK)}\n`);
        return EXIT_ERROR;
      }
      const refused = (message: string) => {
        io.stderr(
          `${parsed.input} kann nicht übernommen werden; es wurde nichts geschrieben.\n  ${message}\n`,
        );
        return EXIT_ERROR;
      };
      const read = await deps.readWorkbook(bytes);
      if (!read.ok) return refused(read.message);
      const request: TakeoverRequest = { fileName: baseName(parsed.input), now: deps.now() };
      if (parsed.sheet !== undefined) request.sheet = parsed.sheet;
      if (parsed.jobcenter !== undefined) request.jobcenter = parsed.jobcenter;
      if (parsed.year !== undefined) request.year = parsed.year;
      const r = runTakeover(read.book, request);
      const lines: string[] = [];
      if (r.mapping) {
        const others = read.book.sheets.filter((s) => s.name !== r.mapping!.sheet).map((s) => `„${s.name}“`);
        lines.push(
          `Blatt „${r.mapping.sheet}“${others.length > 0 ? ` (weitere Blätter: ${others.join(', ')}; anderes mit --sheet NAME)` : ''}`,
          `Kopfzeile: Zeile ${r.mapping.headerRow}`,
          'Spalten:',
          ...mappingLines(r.mapping).map((l) => `  ${l}`),
          `Einheit der Beträge: ${unitLabel(r.mapping)}`,
        );
      }
      if (!r.ok) {
        if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
        return refused(r.message);
      }
      const { analysis, plan } = r;
      const report = takeoverReport(analysis);
      lines.push(
        `Jobcenter: ${plan.header.jobcenter} (${r.sources.jobcenter}), Planjahr: ${plan.header.year} (${r.sources.year})`,
        `Gefunden: ${countsLine(analysis)}`,
        ...analysis.blocks.map((b, i) => {
          const n = analysis.rows.filter((row) => row.block === i).length;
          return `  ${b.row === null ? 'ohne Überschrift' : `Zeile ${b.row}`}: „${b.name}“, ${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}`;
        }),
        report.wrongTotals.length === 0
          ? `Summen der Datei: ${report.checkedTotals} geprüft, alle stimmen.`
          : `Summen der Datei: ${report.checkedTotals} geprüft, ${report.wrongTotals.length} ${report.wrongTotals.length === 1 ? 'stimmt' : 'stimmen'} nicht:`,
        ...report.wrongTotals.map((l) => `  ${l}`),
      );
      if (report.problems.length > 0) lines.push('Nicht gelesen:', ...report.problems.map((l) => `  ${l}`));
      if (report.hints.length > 0) lines.push('Hinweise:', ...report.hints.map((l) => `  ${l}`));
      try {
        await io.writeFile(parsed.output, serializePlanFile(plan, deps.now()));
      } catch (e) {
        io.stdout(`${lines.join('\n')}\n`);
        io.stderr(`${describeWriteError(parsed.output, e)}\n`);
        return EXIT_ERROR;
      }
      const figures = computeAll(plan);
      lines.push(
        `Neuer Plan „${planTitle(plan.header)}“ geschrieben: ${parsed.output}`,
        `  Eintritte ${formatCount(figures['portfolio.eintritte'] ?? 0)}, Mittelansatz EGT ${formatEur(figures['portfolio.mittelansatzEgt'] ?? 0)}`,
      );
      io.stdout(`${lines.join('\n')}\n`);
      return report.wrongTotals.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    },
  };
  return command;
}

export const takeoverCommand = makeTakeoverCommand();
