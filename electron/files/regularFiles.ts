/**
 * Reading and writing the user's files in Node (CLI and desktop main process alike). In a
 * folder of its own because both electron/ (main process) and electron/cli use it, and the CLI's
 * entry electron/cli.ts imports electron/cli: kept in electron/ it would tie the two in a cycle.
 *
 * Reading: only a regular file is read. A FIFO would block the read forever, /dev/zero never
 * ends, a directory is no plan: each is refused after a `stat`, before it is opened. A symlink
 * is followed (the user named it), and what it points to must be a regular file. The file is
 * then opened non-blocking and checked again on the open handle, so swapping the path for a
 * FIFO between the check and the open cannot hang the reader, and never more than the limit
 * is read, even from a file that grows meanwhile.
 *
 * Writing: the bytes go to a temporary file beside the target, which is then renamed over it.
 * An existing file is never half-overwritten (a crash or a full disk leaves the old one whole).
 * A symlink at the target is not followed: the link itself is replaced by the new file, its
 * target stays untouched (no overwriting some other file through a planted link). A directory,
 * FIFO or device at the target is refused.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, lstat, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Node-style error codes for what is not an OS error. */
export const NOT_REGULAR_FILE = 'ENOTREGULAR';
export const TOO_LARGE = 'EFBIG';

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Refuses with EISDIR or ENOTREGULAR unless `info` describes a regular file. */
function requireRegular(filePath: string, info: { isFile(): boolean; isDirectory(): boolean }): void {
  if (info.isDirectory()) throw codedError('EISDIR', `${filePath} ist ein Verzeichnis`);
  if (!info.isFile()) throw codedError(NOT_REGULAR_FILE, `${filePath} ist keine gewöhnliche Datei`);
}

/** Windows has no O_NONBLOCK (and no FIFOs in the file system); 0 there. */
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;
const CHUNK = 1024 * 1024;

/**
 * The bytes of the regular file at `filePath`, at most `maxBytes` of them. Rejects with a Node
 * error carrying `code`: ENOENT, EACCES, EISDIR, ENOTREGULAR, EFBIG, ….
 */
export async function readRegularFile(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const before = await stat(filePath);
  requireRegular(filePath, before);
  if (before.size > maxBytes) throw codedError(TOO_LARGE, `${filePath} ist zu groß`);
  const handle = await open(filePath, constants.O_RDONLY | NON_BLOCKING);
  try {
    const info = await handle.stat();
    requireRegular(filePath, info);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // One read of the expected size, then small ones until the end (a growing file).
      const buffer = new Uint8Array(Math.min(maxBytes + 1 - total, Math.max(info.size - total + 1, CHUNK)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw codedError(TOO_LARGE, `${filePath} ist zu groß`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0]! : concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Writes `data` to `filePath` through a temporary file and a rename (see the top of this file).
 * Rejects with EISDIR or ENOTREGULAR when something other than a file or symlink is there.
 */
export async function replaceFile(filePath: string, data: Uint8Array | string): Promise<void> {
  let existing: Awaited<ReturnType<typeof lstat>> | null = null;
  try {
    existing = await lstat(filePath);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  if (existing && !existing.isSymbolicLink()) requireRegular(filePath, existing);
  const temporary = path.join(path.dirname(filePath), `.amip-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never reuse a file (or link) someone put there.
    await writeFile(temporary, data, { flag: 'wx' });
    // Keep the permissions of the file being replaced.
    if (existing?.isFile()) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
