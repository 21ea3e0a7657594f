/**
 * Every file the main process reads or writes goes through here. Paths are checked before any
 * OS call; the OS calls themselves are injected ({@link FileSystemPort}) so all of this runs in
 * plain Node tests.
 *
 * Trust: a path that comes from the renderer (a dropped file) is untrusted and must be a local,
 * absolute path without `..`, of an allowed kind. A path the user picked in a native dialog, or
 * that the OS handed over on a double-click, may also be a network path (`\\server\share`):
 * Jobcenter plans live on network drives, and the choice was the user's, not the page's.
 *
 * Windows long paths (`\\?\C:\…`, `\\?\UNC\server\share\…`, for paths over 260 characters)
 * count as the local or network path they name. The device namespaces (`\\.\pipe\…`,
 * `\\.\COM1`, `\\?\GLOBALROOT\…`) and device names (`CON.amip.json`) are never files and are
 * refused from anywhere.
 */
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  baseName,
  fileKindOfName,
  fileTooLargeMessage,
  formatMegabytes,
  wrongKindMessage,
  type FileKind,
} from '../shared/ipc/fileKinds';
import { isWindowsDeviceName } from '../shared/ipc/fileNames';
import type { IpcResult, OpenedFile } from '../shared/ipc/ipcContract';
import { NOT_REGULAR_FILE, TOO_LARGE, readRegularFile, replaceFile } from './files/regularFiles';

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

type PathRoot =
  /** C:\…, \\?\C:\…, or /… on Linux; `afterRoot` is where the path below the drive starts. */
  | { kind: 'local'; afterRoot: number }
  /** \\server\share\…, //server/share/…, \\?\UNC\server\share\… */
  | { kind: 'network'; afterRoot: number }
  | { kind: 'device' }
  | { kind: 'relative' };

const SEP = '[\\\\/]';
const WINDOWS_ROOTS: [RegExp, PathRoot['kind']][] = [
  [new RegExp(`^${SEP}{2}\\?${SEP}[A-Za-z]:${SEP}`), 'local'],
  [new RegExp(`^${SEP}{2}\\?${SEP}UNC${SEP}[^\\\\/]+${SEP}[^\\\\/]+${SEP}`, 'i'), 'network'],
  // Any other \\?\ or \\.\ path: pipes, COM ports, volumes, GLOBALROOT.
  [new RegExp(`^${SEP}{2}[?.](${SEP}|$)`), 'device'],
  [new RegExp(`^${SEP}{2}[^\\\\/]+${SEP}[^\\\\/]+${SEP}`), 'network'],
  [/^[A-Za-z]:[\\/]/, 'local'],
];

function rootOf(p: string, platform: NodeJS.Platform): PathRoot {
  if (platform !== 'win32') {
    // Also \\server\share: on Linux a relative name, but meant as a network path.
    if (/^[\\/]{2}/.test(p)) return { kind: 'network', afterRoot: 2 };
    return p.startsWith('/') ? { kind: 'local', afterRoot: 1 } : { kind: 'relative' };
  }
  for (const [pattern, kind] of WINDOWS_ROOTS) {
    const match = pattern.exec(p);
    if (!match) continue;
    return kind === 'device' ? { kind } : { kind, afterRoot: match[0].length };
  }
  // \\server without a share is a network path too, only an incomplete one.
  return /^[\\/]{2}/.test(p) ? { kind: 'network', afterRoot: p.length } : { kind: 'relative' };
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
  const root = rootOf(raw, platform);
  if (root.kind === 'device')
    return { ok: false, error: `„${raw}“ ist ein Gerätepfad, keine Datei, und kann nicht verwendet werden.` };
  if (root.kind === 'network' && origin === 'renderer') {
    return {
      ok: false,
      error: `„${name}“ liegt auf einem Netzwerkpfad (\\\\Server\\Freigabe) und kann so nicht geöffnet werden. Bitte über „Datei › Öffnen…“ auswählen.`,
    };
  }
  if (root.kind === 'relative' || root.afterRoot >= raw.length) {
    return { ok: false, error: `Der Dateipfad „${raw}“ ist nicht vollständig (kein absoluter Pfad).` };
  }
  if (raw.split(/[\\/]/).some((segment) => segment === '..')) {
    return { ok: false, error: 'Der Dateipfad darf keine „..“-Abschnitte enthalten.' };
  }
  // A colon below the drive addresses an NTFS alternate data stream (plan.amip.json:x).
  if (platform === 'win32' && raw.indexOf(':', root.afterRoot) !== -1) {
    return { ok: false, error: 'Der Dateipfad enthält ein unzulässiges „:“.' };
  }
  if (platform === 'win32' && isWindowsDeviceName(name)) {
    return { ok: false, error: `„${name}“ ist unter Windows ein Gerätename, keine Datei.` };
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
    if (!stat) return { ok: false, error: `Die Datei „${name}“ wurde nicht gefunden.` };
    // Before any open: a FIFO would block the read, a device never end.
    if (!stat.isFile) return { ok: false, error: notRegularMessage(name) };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, error: fileTooLargeMessage(name, stat.size) };
    const bytes = await fs.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_FILE_BYTES)
      return { ok: false, error: fileTooLargeMessage(name, bytes.byteLength) };
    return { ok: true, value: { path: filePath, name, kind, bytes } };
  } catch (error) {
    const code = errorCode(error);
    if (code === NOT_REGULAR_FILE || code === 'EISDIR') return { ok: false, error: notRegularMessage(name) };
    // It grew past the limit after the size check.
    if (code === TOO_LARGE)
      return {
        ok: false,
        error: `Die Datei „${name}“ ist zu groß. Erlaubt sind höchstens ${formatMegabytes(MAX_FILE_BYTES)}.`,
      };
    return {
      ok: false,
      error: `Die Datei „${name}“ konnte nicht gelesen werden (${describeOsError(error)}).`,
    };
  }
}

function notRegularMessage(name: string): string {
  return `„${name}“ ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät) und wird nicht geöffnet.`;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
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
  const code = errorCode(error);
  switch (code) {
    case NOT_REGULAR_FILE:
      return 'dort liegt keine gewöhnliche Datei, sondern z. B. eine Pipe oder ein Gerät';
    case 'EISDIR':
      return 'dort liegt ein Ordner';
    case 'ELOOP':
      return 'die Verknüpfung verweist im Kreis';
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

/**
 * The real file system, for main.ts: reads only regular files and never more than the limit,
 * follows a symlink the user chose for reading, writes by replacing (regularFiles.ts).
 */
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
    readFile: (p) => readRegularFile(p, MAX_FILE_BYTES),
    writeFile: (p, bytes) => replaceFile(p, bytes),
  };
}
