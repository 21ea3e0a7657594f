/**
 * Everything a CLI command touches outside its arguments. Commands get it injected, so tests
 * run them with an in-memory fake and the real one lives only here.
 */
import { MAX_FILE_BYTES } from '../../shared/file/planFile';
import { readRegularFile, replaceFile } from '../files/regularFiles';

export interface CliIo {
  /** Rejects with a Node error carrying `code` (ENOENT, EISDIR, ENOTREGULAR, EACCES, EFBIG, …). */
  readFile(path: string): Promise<string>;
  /** Replaces the file whole (regularFiles.ts); a symlink there is replaced, not followed. */
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

export function nodeCliIo(): CliIo {
  return {
    async readFile(path) {
      // Only a regular file is opened: a FIFO or device would block or never end.
      const bytes = await readRegularFile(path, MAX_FILE_BYTES);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    },
    writeFile: (path, text) => replaceFile(path, text),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
