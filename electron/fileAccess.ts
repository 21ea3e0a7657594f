/**
 * Every file the main process reads or writes goes through here. Paths are checked before any
 * OS call; the OS calls themselves are injected ({@link FileSystemPort}) so all of this runs in
 * plain Node tests.
 *
 * Trust: a path that comes from the renderer (a dropped file) is untrusted and must be a local,
 * absolute path without `..`, of an allowed kind. A path the user picked in a native dialog, or
 * that the OS handed over on a double-click, may also be a network path (`\\server\share`):
 * Jobcenter plans live on network drives, and the choice was the user's, not the page's.
 */
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  baseName,
  fileKindOfName,
  fileTooLargeMessage,
  wrongKindMessage,
  type FileKind,
} from '../shared/ipc/fileKinds';
import type { IpcResult, OpenedFile } from '../shared/ipc/ipcContract';

export interface FileSystemPort {
  /** Null when nothing exists at `path`. */
  stat(path: string): Promise<{ size: number; isFile: boolean } | null>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export type PathOrigin = 'renderer' | 'user';

export interface CheckedPath {
  path: string;
  name: string;
  kind: FileKind;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function isNetworkPath(p: string): boolean {
  // \\server\share, //server/share, and the \\?\ and \\.\ device namespaces
  return /^[\\/]{2}/.test(p);
}

function isAbsoluteFor(p: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? /^[A-Za-z]:[\\/]/.test(p) || isNetworkPath(p) : p.startsWith('/');
}

/**
 * Checks a path before it is touched. `platform` is process.platform in production; tests
 * pass both. Answers a German message naming what is wrong.
 */
export function checkFilePath(
  raw: unknown,
  kinds: readonly FileKind[],
  { platform, origin }: { platform: NodeJS.Platform; origin: PathOrigin },
): IpcResult<CheckedPath> {
  if (typeof raw !== 'string' || raw.trim() === '')
    return { ok: false, error: 'Es wurde kein Dateipfad übergeben.' };
  if (CONTROL_CHARACTERS.test(raw))
    return { ok: false, error: 'Der Dateipfad enthält unzulässige Steuerzeichen.' };
  const name = baseName(raw);
  if (isNetworkPath(raw) && origin === 'renderer') {
    return {
      ok: false,
      error: `„${name}“ liegt auf einem Netzwerkpfad (\\\\Server\\Freigabe) und kann so nicht geöffnet werden. Bitte über „Datei › Öffnen…“ auswählen.`,
    };
  }
  if (!isAbsoluteFor(raw, platform)) {
    return { ok: false, error: `Der Dateipfad „${raw}“ ist nicht vollständig (kein absoluter Pfad).` };
  }
  if (raw.split(/[\\/]/).some((segment) => segment === '..')) {
    return { ok: false, error: 'Der Dateipfad darf keine „..“-Abschnitte enthalten.' };
  }
  // A colon after the drive letter addresses an NTFS alternate data stream (plan.amip.json:x).
  if (platform === 'win32' && raw.indexOf(':', 2) !== -1) {
    return { ok: false, error: 'Der Dateipfad enthält ein unzulässiges „:“.' };
  }
  const kind = fileKindOfName(name, kinds);
  if (!kind) return { ok: false, error: wrongKindMessage(name, kinds) };
  const normalized = platform === 'win32' ? path.win32.normalize(raw) : path.posix.normalize(raw);
  return { ok: true, value: { path: normalized, name, kind } };
}

/** Checks `raw`, then its size, then reads it. Nothing is read above {@link MAX_FILE_BYTES}. */
export async function readCheckedFile(
  fs: FileSystemPort,
  raw: unknown,
  kinds: readonly FileKind[],
  options: { platform: NodeJS.Platform; origin: PathOrigin },
): Promise<IpcResult<OpenedFile & { path: string }>> {
  const checked = checkFilePath(raw, kinds, options);
  if (!checked.ok) return checked;
  const { path: filePath, name, kind } = checked.value;
  try {
    const stat = await fs.stat(filePath);
    if (!stat || !stat.isFile) return { ok: false, error: `Die Datei „${name}“ wurde nicht gefunden.` };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, error: fileTooLargeMessage(name, stat.size) };
    const bytes = await fs.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_FILE_BYTES)
      return { ok: false, error: fileTooLargeMessage(name, bytes.byteLength) };
    return { ok: true, value: { path: filePath, name, kind, bytes } };
  } catch (error) {
    return {
      ok: false,
      error: `Die Datei „${name}“ konnte nicht gelesen werden (${describeOsError(error)}).`,
    };
  }
}

/** Checks `raw` (a path the user chose) and writes `bytes` there. */
export async function writeCheckedFile(
  fs: FileSystemPort,
  raw: unknown,
  kind: FileKind,
  bytes: Uint8Array,
  platform: NodeJS.Platform,
): Promise<IpcResult<CheckedPath>> {
  const checked = checkFilePath(raw, [kind], { platform, origin: 'user' });
  if (!checked.ok) return checked;
  if (bytes.byteLength > MAX_FILE_BYTES)
    return { ok: false, error: fileTooLargeMessage(checked.value.name, bytes.byteLength) };
  try {
    await fs.writeFile(checked.value.path, bytes);
    return checked;
  } catch (error) {
    return {
      ok: false,
      error: `Die Datei „${checked.value.name}“ konnte nicht gespeichert werden (${describeOsError(error)}).`,
    };
  }
}

/** A short German reason for common OS errors; the code otherwise. */
export function describeOsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'nicht gefunden';
    case 'EACCES':
    case 'EPERM':
      return 'keine Berechtigung';
    case 'EBUSY':
      return 'die Datei ist in einem anderen Programm geöffnet';
    case 'ENOSPC':
      return 'kein Speicherplatz mehr frei';
    case 'EROFS':
      return 'das Laufwerk ist schreibgeschützt';
    default:
      return code || 'unbekannter Fehler';
  }
}

/** The real file system, for main.ts. */
export function nodeFileSystem(fsp: typeof FsPromises): FileSystemPort {
  return {
    async stat(p) {
      try {
        const s = await fsp.stat(p);
        return { size: s.size, isFile: s.isFile() };
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
          return null;
        throw error;
      }
    },
    readFile: async (p) => new Uint8Array(await fsp.readFile(p)),
    writeFile: (p, bytes) => fsp.writeFile(p, bytes),
  };
}
