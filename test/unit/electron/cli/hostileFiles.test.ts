/**
 * Every CLI command that reads or writes a file, run in-process on the real file system with
 * hostile paths: FIFOs, devices, folders, symlinks, huge nested JSON. Each must be refused with
 * one German line and exit 2 at once (a command that blocks fails by vitest's timeout; no test
 * asserts a time).
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../../../electron/cli/cliIo';
import { runCli } from '../../../../electron/cli/runCli';
import { serializePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';

const dir = mkdtempSync(join(tmpdir(), 'amip-cli-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real CliIo with stdout and stderr captured. */
function realIo() {
  let out = '';
  let err = '';
  const io = {
    ...nodeCliIo(),
    stdout: (t: string) => void (out += t),
    stderr: (t: string) => void (err += t),
  };
  return { io, out: () => out, err: () => err };
}

async function amip(...args: string[]) {
  const { io, out, err } = realIo();
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

const pipe = join(dir, 'pipe.amip.json');
execFileSync('mkfifo', [pipe]);
const folder = join(dir, 'ordner.amip.json');
mkdirSync(folder);
const plan = join(dir, 'plan.amip.json');
writeFileSync(plan, serializePlanFile(beispielplan()));

const notRegular = (p: string) =>
  `${p} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.\n`;

describe('CLI: hostile input files', () => {
  it.each(['validate', 'compute', 'check'])(
    '%s FIFO: exit 2 with a German line, without opening it',
    async (cmd) => {
      expect(await amip(cmd, pipe)).toEqual({ code: 2, out: '', err: notRegular(pipe) });
    },
  );

  it.each([
    ['export', 'out.xlsx'],
    ['pdf', 'out.pdf'],
  ])('%s FIFO OUT: refused before anything is rendered', async (cmd, out) => {
    expect(await amip(cmd, pipe, join(dir, out))).toEqual({ code: 2, out: '', err: notRegular(pipe) });
  });

  it('a character device is refused: /dev/zero never ends, /dev/null is no file either', async () => {
    for (const device of ['/dev/zero', '/dev/null'])
      expect(await amip('validate', device)).toEqual({ code: 2, out: '', err: notRegular(device) });
  });

  it('a folder and a symlink loop are named as such', async () => {
    expect(await amip('validate', folder)).toEqual({
      code: 2,
      out: '',
      err: `${folder} ist ein Verzeichnis, keine Plandatei.\n`,
    });
    const loop = join(dir, 'kreis.amip.json');
    symlinkSync(loop, loop);
    expect((await amip('validate', loop)).err).toBe(
      `${loop} ist eine Verknüpfung (Symlink), die im Kreis verweist.\n`,
    );
  });

  it('a symlink to a plan is read, a symlink to a FIFO is refused', async () => {
    const link = join(dir, 'link.amip.json');
    symlinkSync(plan, link);
    expect(await amip('validate', link)).toMatchObject({ code: 0, out: `${link}: gültig\n` });
    const toPipe = join(dir, 'link-pipe.amip.json');
    symlinkSync(pipe, toPipe);
    expect(await amip('validate', toPipe)).toEqual({ code: 2, out: '', err: notRegular(toPipe) });
  });

  it('43 MB of nested arrays under an unknown key: refused with the JSON path, not "gültig"', async () => {
    const file = JSON.parse(serializePlanFile(beispielplan())) as { plan: Record<string, unknown> };
    file.plan.x = '__PAYLOAD__';
    const chunk = `${'['.repeat(60)}${']'.repeat(60)}`;
    const n = Math.floor((43 * 1024 * 1024) / (chunk.length + 1));
    const hostile = join(dir, 'verschachtelt.amip.json');
    writeFileSync(
      hostile,
      JSON.stringify(file).replace('"__PAYLOAD__"', `[${`${chunk},`.repeat(n - 1)}${chunk}]`),
    );
    const r = await amip('validate', hostile);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      new RegExp(
        `^${hostile.replace(/[.]/g, '\\.')} ist kein gültiger Plan:\\n  plan\\.x\\[\\d+\\](\\[0\\])+: zu viele Einträge \\(höchstens 4\\.000\\.000 Werte`,
      ),
    );
  });

  it('an unknown key in a small file is refused with its path', async () => {
    const file = JSON.parse(serializePlanFile(beispielplan())) as {
      plan: { header: Record<string, unknown> };
    };
    file.plan.header.bemerkung = 'x';
    const p = join(dir, 'unbekannt.amip.json');
    writeFileSync(p, JSON.stringify(file));
    expect(await amip('validate', p)).toEqual({
      code: 2,
      out: '',
      err: `${p} ist kein gültiger Plan:\n  plan.header.bemerkung: unbekannte Angabe (gehört nicht zum Dateiformat)\n`,
    });
  });
});

describe('CLI: hostile output paths', () => {
  it('sample FIFO is refused (writing would block until someone reads)', async () => {
    const out = join(dir, 'ausgabe.amip.json');
    execFileSync('mkfifo', [out]);
    expect(await amip('sample', out)).toEqual({
      code: 2,
      out: '',
      err: `${out} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht überschrieben.\n`,
    });
    expect(lstatSync(out).isFIFO()).toBe(true);
  });

  it('sample over a symlink replaces the link, never the file it points to', async () => {
    const victim = join(dir, 'fremd.txt');
    writeFileSync(victim, 'nicht anfassen');
    const link = join(dir, 'beispiel.amip.json');
    symlinkSync(victim, link);
    expect((await amip('sample', link)).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('nicht anfassen');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect((await amip('validate', link)).code).toBe(0);
  });
});
