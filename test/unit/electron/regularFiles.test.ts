/**
 * Reading and writing real files: FIFOs, devices, directories and symlinks in a temp folder.
 * A FIFO is made with `mkfifo` (coreutils). A test that would block on today's code fails by
 * vitest's timeout; the assertions are on the refusal, not on a time.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCheckedFile, writeCheckedFile, nodeFileSystem } from '../../../electron/fileAccess';
import { readRegularFile, replaceFile } from '../../../electron/files/regularFiles';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';

const dir = mkdtempSync(join(tmpdir(), 'amip-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
const fresh = (name: string) => join(dir, `${counter++}-${name}`);

function fifo(name: string): string {
  const p = fresh(name);
  execFileSync('mkfifo', [p]);
  return p;
}

function file(name: string, text: string): string {
  const p = fresh(name);
  writeFileSync(p, text);
  return p;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'gelesen',
    (e: { code?: string }) => e.code,
  );

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    const p = file('a.amip.json', '{"ä": 1}');
    expect(new TextDecoder().decode(await readRegularFile(p, 100))).toBe('{"ä": 1}');
  });

  it('refuses a FIFO without opening it (no writer, no hang)', async () => {
    expect(await codeOf(readRegularFile(fifo('pipe.amip.json'), 100))).toBe('ENOTREGULAR');
  });

  it('refuses character devices, which never end (/dev/zero) or are empty (/dev/null)', async () => {
    expect(await codeOf(readRegularFile('/dev/zero', 100))).toBe('ENOTREGULAR');
    expect(await codeOf(readRegularFile('/dev/null', 100))).toBe('ENOTREGULAR');
  });

  it('refuses a directory', async () => {
    const p = fresh('ordner.amip.json');
    mkdirSync(p);
    expect(await codeOf(readRegularFile(p, 100))).toBe('EISDIR');
  });

  it('follows a symlink to a regular file, refuses one to a FIFO or device', async () => {
    const target = file('ziel.amip.json', 'Plan');
    const link = fresh('link.amip.json');
    symlinkSync(target, link);
    expect(new TextDecoder().decode(await readRegularFile(link, 100))).toBe('Plan');

    const toFifo = fresh('link-fifo.amip.json');
    symlinkSync(fifo('p'), toFifo);
    expect(await codeOf(readRegularFile(toFifo, 100))).toBe('ENOTREGULAR');
    const toZero = fresh('link-zero.amip.json');
    symlinkSync('/dev/zero', toZero);
    expect(await codeOf(readRegularFile(toZero, 100))).toBe('ENOTREGULAR');
  });

  it('a dangling symlink is not found, a symlink loop is named', async () => {
    const dangling = fresh('weg.amip.json');
    symlinkSync(join(dir, 'gibt-es-nicht'), dangling);
    expect(await codeOf(readRegularFile(dangling, 100))).toBe('ENOENT');
    const a = fresh('a');
    const b = fresh('b');
    symlinkSync(b, a);
    symlinkSync(a, b);
    expect(await codeOf(readRegularFile(a, 100))).toBe('ELOOP');
  });

  it('reads at most the limit', async () => {
    const p = file('gross.amip.json', 'x'.repeat(101));
    expect(await codeOf(readRegularFile(p, 100))).toBe('EFBIG');
    expect((await readRegularFile(p, 101)).byteLength).toBe(101);
  });
});

describe('replaceFile', () => {
  const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('writes a new file and replaces an existing one whole, keeping its permissions', async () => {
    const p = fresh('neu.xlsx');
    await replaceFile(p, new Uint8Array([1, 2]));
    expect([...readFileSync(p)]).toEqual([1, 2]);
    await fsp.chmod(p, 0o640);
    await replaceFile(p, 'zwei');
    expect(readFileSync(p, 'utf8')).toBe('zwei');
    expect(statSync(p).mode & 0o777).toBe(0o640);
    expect(leftovers()).toEqual([]);
  });

  it('replaces a symlink at the target instead of writing through it', async () => {
    const victim = file('fremd.txt', 'nicht anfassen');
    const link = fresh('export.xlsx');
    symlinkSync(victim, link);
    await replaceFile(link, 'Export');
    expect(readFileSync(victim, 'utf8')).toBe('nicht anfassen');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toBe('Export');
  });

  it('refuses a FIFO (writing would block) and a directory, and leaves nothing behind', async () => {
    const pipe = fifo('ausgabe.xlsx');
    expect(await codeOf(replaceFile(pipe, 'x'))).toBe('ENOTREGULAR');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    const folder = fresh('ordner.xlsx');
    mkdirSync(folder);
    expect(await codeOf(replaceFile(folder, 'x'))).toBe('EISDIR');
    expect(leftovers()).toEqual([]);
  });

  it('a write failing half-way leaves the old file whole and no temporary file', async () => {
    const p = file('alt.amip.json', 'alter Plan');
    // Data that breaks off after the first chunk, like a full disk would.
    async function* halfWritten() {
      yield new TextEncoder().encode('neuer Pl');
      throw Object.assign(new Error('Datenträger voll'), { code: 'ENOSPC' });
    }
    expect(await codeOf(replaceFile(p, halfWritten() as unknown as Uint8Array))).toBe('ENOSPC');
    expect(readFileSync(p, 'utf8')).toBe('alter Plan');
    expect(leftovers()).toEqual([]);
  });
});

describe('desktop file access on the real file system', () => {
  const fs = nodeFileSystem(fsp);
  const posix = { platform: 'linux', origin: 'user' } as const;

  it('a FIFO, a device or a folder named like a plan is refused in German', async () => {
    const folder = fresh('ordner.amip.json');
    mkdirSync(folder);
    const zero = fresh('null.amip.json');
    symlinkSync('/dev/zero', zero);
    for (const p of [fifo('pipe.amip.json'), zero, folder]) {
      const result = await readCheckedFile(fs, p, ['plan'], posix);
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^„.+\.amip\.json“ ist keine gewöhnliche Datei \(sondern ein Ordner, eine Pipe oder ein Gerät\) und wird nicht geöffnet\.$/,
        ),
      });
    }
  });

  it('reads through a symlink the user chose', async () => {
    const link = fresh('verknuepft.amip.json');
    symlinkSync(file('echt.amip.json', '{}'), link);
    const result = await readCheckedFile(fs, link, ['plan'], posix);
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe('{}');
  });

  it('saving over a FIFO is refused, over a symlink replaces the link', async () => {
    const pipe = fifo('export.xlsx');
    expect(await writeCheckedFile(fs, pipe, 'excel', new Uint8Array([1]), 'linux')).toEqual({
      ok: false,
      error: expect.stringContaining('konnte nicht gespeichert werden (dort liegt keine gewöhnliche Datei'),
    });
    const victim = file('fremd.xlsx', 'fremd');
    const link = fresh('link.xlsx');
    symlinkSync(victim, link);
    expect((await writeCheckedFile(fs, link, 'excel', new Uint8Array([1]), 'linux')).ok).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('fremd');
    expect(existsSync(link) && lstatSync(link).isFile()).toBe(true);
  });

  it('the size limit holds on the real file system too', async () => {
    const p = fresh('riesig.amip.json');
    await fsp.writeFile(p, '');
    await fsp.truncate(p, MAX_FILE_BYTES + 1);
    expect(await readCheckedFile(fs, p, ['plan'], posix)).toEqual({
      ok: false,
      error: 'Die Datei „' + p.split('/').pop() + '“ ist zu groß (50 MB). Erlaubt sind höchstens 50 MB.',
    });
  });
});
