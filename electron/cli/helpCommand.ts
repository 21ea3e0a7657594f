/** `amip help`: the commands of the table, with usage and exit codes. */
import { EXIT_OK } from './cliIo';
import type { CliCommand } from './command';

export function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.usage}`.length));
  const lines = commands.map((c) => `  ${`${c.name} ${c.usage}`.trim().padEnd(width)}  ${c.summary}`);
  return [
    'AMIP-Planer – Befehlszeile',
    '',
    'Aufruf: npm run -s cli -- BEFEHL [ANGABEN]   (oder: amip BEFEHL [ANGABEN])',
    '',
    'Befehle:',
    ...lines,
    '',
    'Exit-Codes: 0 = in Ordnung, 1 = Prüfung mit Fehlern (check), nicht alles übernommen (import)',
    '            oder eine Summe der Datei stimmt nicht (takeover),',
    '            2 = falscher Aufruf, Datei nicht lesbar oder ungültig.',
    '',
  ].join('\n');
}

/** Gets the table lazily: the help is itself an entry of that table. */
export function helpCommand(commands: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    usage: '',
    summary: 'diese Hilfe anzeigen',
    async run(_args, io) {
      io.stdout(helpText(commands()));
      return EXIT_OK;
    },
  };
}
