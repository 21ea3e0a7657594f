/** The CLI's real file access with stdout and stderr collected (for commands run in-process on real files). */
import type { CliIo } from '../../electron/cli/cliIo';
import { nodeCliIo } from '../../electron/cli/cliIo';

export function realIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = { ...nodeCliIo(), stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  return { io, out: () => out, err: () => err };
}
