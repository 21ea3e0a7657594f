/**
 * Command line of AMIP-Planer (Node side): `npm run -s cli -- <command>` or `amip <command>`.
 * The commands live in electron/cli/; this file only wires the real file system and process.
 */
import { EXIT_ERROR, nodeCliIo } from './cli/cliIo';
import { runCli } from './cli/runCli';

// `amip compute x | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

runCli(process.argv.slice(2), nodeCliIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Unerwarteter Fehler: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
