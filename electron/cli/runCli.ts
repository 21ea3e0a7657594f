/** Dispatches `amip <command> …` to the table; nothing escapes as a stack trace. */
import type { CliCommand } from './command';
import type { CliIo } from './cliIo';
import { EXIT_ERROR } from './cliIo';
import { COMMANDS } from './commands';
import { helpText } from './helpCommand';

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io[name === undefined ? 'stderr' : 'stdout'](helpText(commands));
    return name === undefined ? EXIT_ERROR : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unbekannter Befehl "${name}". Übersicht: amip help\n`);
    return EXIT_ERROR;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    // A bug must still end in one readable line; the details are for a developer's rerun.
    io.stderr(`Unerwarteter Fehler bei "${name}": ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_ERROR;
  }
}
