/**
 * `amip sample [NAME] [DATEI]` and `amip sample --list`: a named sample plan as a plan file
 * (default: the Beispielplan Düsseldorf 2016). A first argument that names no sample is the
 * output file, so `amip sample s.amip.json` keeps working.
 */
import { serializePlanFile } from '../../shared/file/planFile';
import { DEFAULT_SAMPLE, SAMPLES, findSample } from '../../shared/sample/samples';
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { describeWriteError } from './readPlan';

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: '[--list | NAME] [DATEI]',
  summary: `Beispielplan als Plandatei ausgeben (ohne NAME: ${DEFAULT_SAMPLE.name}; ohne DATEI auf die Standardausgabe; --list zeigt alle)`,
  async run(args, io) {
    if (args[0] === '--list') {
      if (args.length > 1) {
        io.stderr(`--list steht allein. Aufruf: amip ${sampleCommand.name} ${sampleCommand.usage}\n`);
        return EXIT_ERROR;
      }
      const width = Math.max(...SAMPLES.map((s) => s.name.length));
      io.stdout(SAMPLES.map((s) => `${s.name.padEnd(width)}  ${s.description}\n`).join(''));
      return EXIT_OK;
    }
    const named = args[0] === undefined ? undefined : findSample(args[0]);
    const rest = named ? args.slice(1) : args;
    if (rest.length > 1) {
      const unknown = named ? '' : ` Unbekannter Beispielplan „${args[0]}“ (amip sample --list).`;
      io.stderr(`Zu viele Angaben.${unknown} Aufruf: amip ${sampleCommand.name} ${sampleCommand.usage}\n`);
      return EXIT_ERROR;
    }
    const sample = named ?? DEFAULT_SAMPLE;
    const text = serializePlanFile(sample.build());
    const path = rest[0];
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
    io.stdout(`Beispielplan ${sample.name} gespeichert: ${path}\n`);
    return EXIT_OK;
  },
};
