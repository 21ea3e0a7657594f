/** `amip validate DATEI`: is this a plan file AMIP-Planer can open? */
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { singleFileArg } from './command';
import { readPlan } from './readPlan';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'DATEI',
  summary: 'Plandatei prüfen (Format, Pflichtangaben, Verweise); Exit-Code 0 = gültig, 2 = ungültig',
  async run(args, io) {
    const path = singleFileArg(validateCommand, args, io);
    if (path === null) return EXIT_ERROR;
    const r = await readPlan(path, io);
    if (!r.ok) {
      io.stderr(`${r.message}\n`);
      return EXIT_ERROR;
    }
    const note =
      r.migratedFrom !== undefined
        ? ` (älteres Dateiformat ${r.migratedFrom}, wird beim Speichern umgestellt)`
        : '';
    io.stdout(`${path}: gültig${note}\n`);
    return EXIT_OK;
  },
};
