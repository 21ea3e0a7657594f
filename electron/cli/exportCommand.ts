/**
 * `amip export DATEI AUSGABE.xlsx`: the Trägerversammlung pack as an Excel workbook with live
 * formulas (shared/excel/exportWorkbook.ts). Check it with
 * `../shared/tools/xlsxcheck/xlsxcheck AUSGABE.xlsx` (LibreOffice recalculates every formula).
 */
import { exportWorkbook } from '../../shared/excel/exportWorkbook';
import type { Plan } from '../../shared/model/plan';
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { readPlanAndOutput } from './planAndOutput';
import { describeWriteError } from './readPlan';
import { replaceFile } from '../files/regularFiles';

export interface ExportDeps {
  exportWorkbook(plan: Plan): Promise<Uint8Array>;
  writeBinary(path: string, bytes: Uint8Array): Promise<void>;
}

const nodeDeps: ExportDeps = {
  exportWorkbook: (plan) => exportWorkbook(plan),
  writeBinary: (path, bytes) => replaceFile(path, bytes),
};

export function makeExportCommand(deps: ExportDeps = nodeDeps): CliCommand {
  const command: CliCommand = {
    name: 'export',
    usage: 'DATEI AUSGABE.xlsx',
    summary: 'Vorlage für die Trägerversammlung als Excel-Arbeitsmappe mit lebenden Formeln',
    async run(args, io) {
      const read = await readPlanAndOutput(command, args, io, '.xlsx');
      if (!read) return EXIT_ERROR;
      const { plan, output } = read;
      const bytes = await deps.exportWorkbook(plan);
      try {
        await deps.writeBinary(output, bytes);
      } catch (e) {
        io.stderr(`${describeWriteError(output, e)}\n`);
        return EXIT_ERROR;
      }
      io.stdout(`Excel-Arbeitsmappe geschrieben: ${output} (${Math.round(bytes.length / 1024)} KB)\n`);
      return EXIT_OK;
    },
  };
  return command;
}

export const exportCommand = makeExportCommand();
