/**
 * Test support: the import graph between source folders. A folder is the second level of a
 * path (`shared/calc`, `renderer/state`, `electron/cli`); files directly in a top folder
 * (`electron/main.ts`, `renderer/main.tsx`) form the folder `electron` or `renderer`. Imports
 * are read with the TypeScript compiler's pre-processor, so `import type`, `export … from`
 * and `import()` count as well; only relative imports link source folders.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Path relative to the repository, with `/`. */
  path: string;
  text: string;
}

/** Folder → imported folder → the file imports behind that arrow (`a.ts → b.ts`). */
export type FolderGraph = Map<string, Map<string, string[]>>;

export const SOURCE_ROOTS = ['shared', 'renderer', 'electron'] as const;
const SOURCE_FILE = /\.(ts|tsx|mts|mjs)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

export function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Every source file below the given top folders of `repo` (declaration files left out). */
export function readSources(repo: string, roots: readonly string[] = SOURCE_ROOTS): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(repo, rel)).sort()) {
      const path = `${rel}/${name}`;
      if (statSync(join(repo, path)).isDirectory()) walk(path);
      else if (SOURCE_FILE.test(name) && !/\.d\.m?ts$/.test(name))
        out.push({ path, text: readFileSync(join(repo, path), 'utf8') });
    }
  };
  for (const root of roots) walk(root);
  return out;
}

/** The module specifiers a file imports (static, type-only, re-exports, dynamic). */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * The folder graph of `files`. `exists` answers for paths that are not among `files` (e.g. a
 * stylesheet). Relative imports that lead nowhere are returned, so that no arrow is lost unseen.
 */
export function folderGraph(
  files: readonly SourceFile[],
  exists: (path: string) => boolean = () => false,
): { graph: FolderGraph; unresolved: string[] } {
  const known = new Set(files.map((f) => f.path));
  const graph: FolderGraph = new Map();
  const unresolved: string[] = [];
  for (const file of files) {
    for (const spec of importSpecifiers(file.text)) {
      if (!spec.startsWith('.')) continue; // a package
      const base = posix.normalize(posix.join(posix.dirname(file.path), spec));
      const target = RESOLVE_SUFFIXES.map((s) => base + s).find((p) => known.has(p) || exists(p));
      if (!target) {
        unresolved.push(`${file.path}: ${spec}`);
        continue;
      }
      const from = folderOf(file.path);
      const to = folderOf(target);
      if (from === to) continue;
      const arrows = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, arrows);
      arrows.set(to, [...(arrows.get(to) ?? []), `${file.path} → ${target}`]);
    }
  }
  return { graph, unresolved };
}

/** A file check for `folderGraph` that looks at the disk below `repo`. */
export const existsIn =
  (repo: string) =>
  (path: string): boolean =>
    existsSync(join(repo, path)) && statSync(join(repo, path)).isFile();

/** The shortest way from `from` to `to` along the graph's arrows (both ends included), or null. */
function shortestPath(graph: FolderGraph, from: string, to: string): string[] | null {
  const previous = new Map<string, string>();
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (next === to) {
        const path = [to, node];
        for (let at = node; at !== from;) path.push((at = previous.get(at)!));
        return path.reverse();
      }
      if (next !== from && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * The cycles between folders: for every arrow that lies on a cycle, the shortest cycle through
 * it, each cycle once, written from its alphabetically first folder (`a → b → a`).
 */
export function folderCycles(graph: FolderGraph): string[][] {
  const seen = new Set<string>();
  const cycles: string[][] = [];
  for (const [from, arrows] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    for (const to of [...arrows.keys()].sort()) {
      const back = shortestPath(graph, to, from);
      if (!back) continue;
      const ring = [from, ...back.slice(0, -1)];
      const start = ring.indexOf([...ring].sort()[0]!);
      const cycle = [...ring.slice(start), ...ring.slice(0, start)];
      const key = cycle.join(' → ');
      if (seen.has(key)) continue;
      seen.add(key);
      cycles.push([...cycle, cycle[0]!]);
    }
  }
  return cycles;
}

/** A cycle with the imports behind each of its arrows (the first two each), for a failure message. */
export function describeCycle(graph: FolderGraph, cycle: readonly string[]): string {
  const lines = [cycle.join(' → ')];
  for (let i = 0; i + 1 < cycle.length; i++) {
    const imports = graph.get(cycle[i]!)?.get(cycle[i + 1]!) ?? [];
    const more = imports.length > 2 ? ` (und ${imports.length - 2} weitere)` : '';
    lines.push(`  ${imports.slice(0, 2).join('; ')}${more}`);
  }
  return lines.join('\n');
}
