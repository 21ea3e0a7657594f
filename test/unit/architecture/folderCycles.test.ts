/**
 * No import runs back up between folders: the graph of imports between source folders
 * (shared/calc, shared/format, renderer/state, electron/cli, …) has no cycle. A cycle means two
 * folders can only be understood, tested and moved together; the failure names each cycle
 * with the imports behind its arrows.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from './folderGraph';
import {
  describeCycle,
  existsIn,
  folderCycles,
  folderGraph,
  folderOf,
  importSpecifiers,
  readSources,
} from './folderGraph';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const file = (path: string, ...imports: string[]): SourceFile => ({
  path,
  text: imports.map((spec, i) => `import { x${i} } from '${spec}';`).join('\n'),
});

describe('folder graph (the check itself)', () => {
  it('reads every kind of import: values, types, re-exports, side effects, import()', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "import ts from 'typescript';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b/b', './c', './d', './e.css', './f', 'typescript']);
  });

  it('a folder is the second level; files directly in a top folder are that folder', () => {
    expect(folderOf('shared/storage/schema/v2.ts')).toBe('shared/storage');
    expect(folderOf('renderer/state/planStore.ts')).toBe('renderer/state');
    expect(folderOf('electron/cli.ts')).toBe('electron');
  });

  it('names a cycle of three folders with the imports behind each arrow', () => {
    const { graph, unresolved } = folderGraph([
      file('shared/a/one.ts', '../b/two'),
      file('shared/b/two.ts', '../c/three'),
      file('shared/c/three.ts', '../a/one', '../../renderer/d/four'),
      file('renderer/d/four.tsx'), // imported, imports nothing back: on no cycle
    ]);
    expect(unresolved).toEqual([]);
    expect(folderCycles(graph)).toEqual([['shared/a', 'shared/b', 'shared/c', 'shared/a']]);
    expect(describeCycle(graph, ['shared/a', 'shared/b', 'shared/c', 'shared/a'])).toBe(
      [
        'shared/a → shared/b → shared/c → shared/a',
        '  shared/a/one.ts → shared/b/two.ts',
        '  shared/b/two.ts → shared/c/three.ts',
        '  shared/c/three.ts → shared/a/one.ts',
      ].join('\n'),
    );
  });

  it('finds each cycle once, also two that share a folder; arrows one way only are no cycle', () => {
    const { graph } = folderGraph([
      file('x/format/a.ts', '../input/b'),
      file('x/input/b.ts', '../format/a', '../calc/c'),
      file('x/calc/c.ts', '../input/b', '../model/d'),
      file('x/model/d.ts'),
      file('x/main.ts', './calc/c'),
    ]);
    expect(folderCycles(graph)).toEqual([
      ['x/calc', 'x/input', 'x/calc'],
      ['x/format', 'x/input', 'x/format'],
    ]);
  });

  it('reports an import that leads to no file (it would hide an arrow)', () => {
    const { unresolved } = folderGraph([file('shared/a/one.ts', '../b/missing')]);
    expect(unresolved).toEqual(['shared/a/one.ts: ../b/missing']);
  });
});

describe('the source folders', () => {
  const { graph, unresolved } = folderGraph(readSources(REPO), existsIn(REPO));

  it('every relative import leads to a file', () => {
    expect(unresolved).toEqual([]);
  });

  it('have no import cycle between them', () => {
    expect(graph.size, 'kein Import zwischen Ordnern gefunden').toBeGreaterThan(10);
    const cycles = folderCycles(graph).map((c) => describeCycle(graph, c));
    expect(cycles, `Importe laufen zwischen Ordnern im Kreis:\n${cycles.join('\n')}`).toEqual([]);
  });
});
