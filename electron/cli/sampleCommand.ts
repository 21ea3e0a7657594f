/** `amip sample [DATEI]`: the Beispielplan Düsseldorf 2016 as a plan file. */
import { serializePlanFile } from '../../shared/file/planFile';
import { beispielplan } from '../../shared/sample/beispielplan';
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { describeWriteError } from './readPlan';

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: '[DATEI]',
  summary: 'Beispielplan Düsseldorf 2016 als Plandatei ausgeben (ohne DATEI auf die Standardausgabe)',
  async run(args, io) {
    if (args.length > 1) {
      io.stderr(`Zu viele Angaben. Aufruf: amip ${sampleCommand.name} ${sampleCommand.usage}\n`);
      return EXIT_ERROR;
    }
    const text = serializePlanFile(beispielplan());
    const path = args[0];
    if (path === undefined) {
      io.stdout(text);
      return EXIT_OK;
    }
    try {
      await io.writeFile(path, text);
    } catch (e) {
      io.stderr(`${describeWriteError(path, e)}\n`);
      return EXIT_ERROR;
    }
    io.stdout(`Beispielplan gespeichert: ${path}\n`);
    return EXIT_OK;
  },
};
