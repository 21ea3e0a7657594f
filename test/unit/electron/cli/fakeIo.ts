/** An in-memory CliIo: files in a map, output collected as text. */
import type { CliIo } from '../../../../electron/cli/cliIo';

export interface FakeIo extends CliIo {
  files: Map<string, string>;
  out: () => string;
  err: () => string;
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

export function fakeIo(files: Record<string, string> = {}, dirs: string[] = []): FakeIo {
  const map = new Map(Object.entries(files));
  let out = '';
  let err = '';
  return {
    files: map,
    async readFile(path) {
      if (dirs.includes(path)) throw fsError('EISDIR', path);
      const text = map.get(path);
      if (text === undefined) throw fsError('ENOENT', path);
      return text;
    },
    async writeFile(path, text) {
      if (dirs.includes(path)) throw fsError('EISDIR', path);
      map.set(path, text);
    },
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    out: () => out,
    err: () => err,
  };
}
