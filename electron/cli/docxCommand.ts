/**
 * `amip docx DATEI AUSGABE.docx`: the Programm as a Word document (shared/docx/exportDocx.ts):
 * chapters with their texts, the sheet tables in place, figures as the plan computes them.
 */
import { Calculation } from '../../shared/calc/engine';
import { composeDocument } from '../../shared/dokument/compose';
import { exportDocx } from '../../shared/docx/exportDocx';
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { readPlanAndOutput } from './planAndOutput';
import { describeWriteError } from './readPlan';
import { replaceFile } from '../files/regularFiles';

export const docxCommand: CliCommand = {
  name: 'docx',
  usage: 'DATEI AUSGABE.docx',
  summary: 'das Programm als Word-Dokument (Kapiteltexte mit den Tabellen des Plans)',
  async run(args, io) {
    const read = await readPlanAndOutput(docxCommand, args, io, '.docx');
    if (!read) return EXIT_ERROR;
    const { plan, output } = read;
    const calc = new Calculation(plan);
    // A placeholder whose figure is gone is marked in the document and named here.
    for (const m of composeDocument(plan, calc).missing)
      io.stderr(`Hinweis: ${m.where}: Platzhalter für eine Kennzahl, die es nicht mehr gibt (${m.id}).\n`);
    const bytes = await exportDocx(plan, calc);
    try {
      await replaceFile(output, bytes);
    } catch (e) {
      io.stderr(`${describeWriteError(output, e)}\n`);
      return EXIT_ERROR;
    }
    io.stdout(`Word-Dokument geschrieben: ${output} (${Math.round(bytes.length / 1024)} KB)\n`);
    return EXIT_OK;
  },
};
