/** An in-memory FileSystemPort that records every OS call, so tests can see what was touched. */
import type { FileSystemPort } from '../../electron/fileAccess';

export function memoryFileSystem(files: Record<string, Uint8Array | { size: number }> = {}) {
  const store = new Map(Object.entries(files));
  const calls: string[] = [];
  const fs: FileSystemPort = {
    async stat(p) {
      calls.push(`stat ${p}`);
      const entry = store.get(p);
      if (!entry) return null;
      return { size: entry instanceof Uint8Array ? entry.byteLength : entry.size, isFile: true };
    },
    async readFile(p) {
      calls.push(`read ${p}`);
      const entry = store.get(p);
      if (!entry) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return entry instanceof Uint8Array ? entry : new Uint8Array(entry.size);
    },
    async writeFile(p, bytes) {
      calls.push(`write ${p}`);
      if (p.includes('schreibgeschuetzt')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      store.set(p, bytes);
    },
  };
  return { fs, calls, store };
}
