/** The shared start of commands that turn a plan file into an output file (export, pdf). */
import type { Plan } from '../../shared/model/plan';
import type { CliIo } from './cliIo';
import type { CliCommand } from './command';
import { readPlan } from './readPlan';

/**
 * Checks `DATEI AUSGABE.<extension>`, reads the plan; on any problem writes one German line to
 * stderr and returns null (the caller exits with EXIT_ERROR).
 */
export async function readPlanAndOutput(
  command: Pick<CliCommand, 'name' | 'usage'>,
  args: readonly string[],
  io: CliIo,
  extension: string,
): Promise<{ plan: Plan; output: string } | null> {
  if (args.length !== 2 || !args[0] || !args[1]) {
    io.stderr(
      `${args.length < 2 ? 'Angaben fehlen' : 'Zu viele Angaben'}. Aufruf: amip ${command.name} ${command.usage}\n`,
    );
    return null;
  }
  const [input, output] = args as [string, string];
  if (!output.toLowerCase().endsWith(extension)) {
    io.stderr(`Die Ausgabedatei muss auf ${extension} enden: ${output}\n`);
    return null;
  }
  const r = await readPlan(input, io);
  if (!r.ok) {
    io.stderr(`${r.message}\n`);
    return null;
  }
  return { plan: r.plan, output };
}
