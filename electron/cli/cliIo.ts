/**
 * Everything a CLI command touches outside its arguments. Commands get it injected, so tests
 * run them with an in-memory fake and the real one lives only here.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../../shared/file/planFile';

export interface CliIo {
  /** Rejects with a Node error carrying `code` (ENOENT, EISDIR, EACCES, EFBIG, …). */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Writes the text as is; callers end lines themselves. */
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
/** `check` found at least one Fehler; `import` did not take every edit of the workbook. */
export const EXIT_FINDINGS = 1;
/** Wrong call, unreadable file, invalid plan, unexpected failure. */
export const EXIT_ERROR = 2;

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export function nodeCliIo(): CliIo {
  return {
    async readFile(path) {
      // Checked first so a directory or a huge file fails with a clear reason, not an odd read error.
      const info = await stat(path);
      if (info.isDirectory()) throw codedError('EISDIR', `${path} ist ein Verzeichnis`);
      if (info.size > MAX_FILE_BYTES) throw codedError('EFBIG', `${path} ist zu groß`);
      return readFile(path, 'utf8');
    },
    async writeFile(path, text) {
      await writeFile(path, text, 'utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
