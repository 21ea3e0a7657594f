/** One CLI command: `amip <name> <args>`. Add a command by adding a file and an entry in commands.ts. */
import type { CliIo } from './cliIo';

export interface CliCommand {
  name: string;
  /** Arguments as shown in the help, e.g. `DATEI`. */
  usage: string;
  /** One line for the help. */
  summary: string;
  /** Returns the exit code (cliIo.ts: EXIT_OK, EXIT_FINDINGS, EXIT_ERROR). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** The single file argument most commands take; prints the usage error itself. */
export function singleFileArg(
  cmd: Pick<CliCommand, 'name' | 'usage'>,
  args: readonly string[],
  io: CliIo,
): string | null {
  if (args.length === 1 && args[0] !== '') return args[0]!;
  io.stderr(
    `${args.length === 0 ? 'Dateiname fehlt' : 'Zu viele Angaben'}. Aufruf: amip ${cmd.name} ${cmd.usage}\n`,
  );
  return null;
}
