/**
 * `amip import ARBEITSMAPPE.xlsx [AUSGABE.amip.json]`: reads an exported workbook edited in
 * Excel the way Datei → Öffnen… does (same zip guard, same German messages), prints what it
 * took and what not, and writes the new plan as a plan file. Without AUSGABE it only prints the
 * list (a preview for batch runs). Exit 0: read, every edit taken; 1: read and written, some
 * edits not taken (listed); 2: refused (not a workbook of this app, damaged, too large, …).
 */
import { formatChange, formatSkip } from '../../shared/excel/import/changeList';
import type { ImportResult } from '../../shared/excel/importWorkbook';
import { importWorkbook } from '../../shared/excel/importWorkbook';
import { DEFAULT_ZIP_LIMITS } from '../../shared/excel/zipGuard';
import { serializePlanFile } from '../../shared/file/planFile';
import { planTitle } from '../../shared/storage/records';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import type { FileKind } from './readPlan';
import { describeReadError, describeWriteError } from './readPlan';
import { readRegularFile } from '../files/regularFiles';

export interface ImportDeps {
  /** Rejects with a Node error `code` (ENOENT, EACCES, …); a pipe or device and EFBIG before reading. */
  readBinary(path: string): Promise<Uint8Array>;
  importWorkbook(bytes: Uint8Array): Promise<ImportResult>;
}

const nodeDeps: ImportDeps = {
  // A FIFO or device would block or never end: only regular files are opened.
  readBinary: (path) => readRegularFile(path, DEFAULT_ZIP_LIMITS.maxFileBytes),
  importWorkbook: (bytes) => importWorkbook(bytes),
};

const WORKBOOK: FileKind = { noun: 'Arbeitsmappe', maxBytes: DEFAULT_ZIP_LIMITS.maxFileBytes };

export function makeImportCommand(deps: ImportDeps = nodeDeps): CliCommand {
  const command: CliCommand = {
    name: 'import',
    usage: 'ARBEITSMAPPE.xlsx [AUSGABE.amip.json]',
    summary:
      'in Excel bearbeitete Arbeitsmappe als neuen Plan einlesen, Änderungen auflisten; Exit-Code 1 = nicht alles übernommen',
    async run(args, io) {
      if (args.length === 0 || args.length > 2 || args.some((a) => a === '')) {
        io.stderr(
          `${args.length === 0 ? 'Dateiname fehlt' : args.length > 2 ? 'Zu viele Angaben' : 'Leere Angabe'}. ` +
            `Aufruf: amip ${command.name} ${command.usage}\n`,
        );
        return EXIT_ERROR;
      }
      const [input, output] = args as [string, string | undefined];
      if (output !== undefined && !output.toLowerCase().endsWith('.amip.json')) {
        io.stderr(`Die Ausgabedatei muss auf .amip.json enden: ${output}\n`);
        return EXIT_ERROR;
      }
      let bytes: Uint8Array;
      try {
        bytes = await deps.readBinary(input);
      } catch (e) {
        io.stderr(`${describeReadError(input, e, WORKBOOK)}\n`);
        return EXIT_ERROR;
      }
      const r = await deps.importWorkbook(bytes);
      if (!r.ok) {
        io.stderr(`${input} kann nicht eingelesen werden; es wurde nichts geschrieben.\n  ${r.message}\n`);
        return EXIT_ERROR;
      }
      const lines: string[] = [];
      if (r.changes.length === 0 && r.skipped.length === 0)
        lines.push(`${input}: keine Änderung gegenüber dem Export.`);
      else {
        lines.push(
          `${input}: ${r.changes.length} ${r.changes.length === 1 ? 'Änderung' : 'Änderungen'} übernommen, ` +
            `${r.skipped.length} nicht übernommen.`,
        );
        if (r.changes.length > 0) lines.push('Übernommen:', ...r.changes.map((c) => `  ${formatChange(c)}`));
        if (r.skipped.length > 0)
          lines.push('Nicht übernommen:', ...r.skipped.map((s) => `  ${formatSkip(s)}`));
      }
      if (output === undefined)
        lines.push('Kein Plan geschrieben (Vorschau); mit AUSGABE.amip.json wird er gespeichert.');
      else {
        try {
          await io.writeFile(output, serializePlanFile(r.plan));
        } catch (e) {
          io.stdout(`${lines.join('\n')}\n`);
          io.stderr(`${describeWriteError(output, e)}\n`);
          return EXIT_ERROR;
        }
        lines.push(`Neuer Plan „${planTitle(r.plan.header)}“ geschrieben: ${output}`);
      }
      io.stdout(`${lines.join('\n')}\n`);
      return r.skipped.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    },
  };
  return command;
}

export const importCommand = makeImportCommand();
