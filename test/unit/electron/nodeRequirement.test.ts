/**
 * The Node.js version the project asks of users (package.json `engines`, README) is one its
 * desktop tool chain really runs on: at least what Electron and its download/rebuild tools
 * require. npm only warns about `engines` unless engine-strict is set, which must stay so: the
 * test suite runs on Node 20 on the CI machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

type Version = [number, number];
/** The lowest version a range like ">= 22.12.0" or "^20.19.0 || >=22.12.0" allows. */
function lowestAllowed(range: string): Version {
  const bounds = range.split('||').map((part) => {
    const m = /(\d+)(?:\.(\d+))?/.exec(part);
    if (!m) throw new Error(`Kein Versionsbereich: ${range}`);
    return [Number(m[1]), Number(m[2] ?? 0)] as Version;
  });
  return bounds.sort((a, b) => a[0] - b[0] || a[1] - b[1])[0]!;
}
const atLeast = (a: Version, b: Version) => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);

const ours = lowestAllowed((readJson(path.join(root, 'package.json')).engines as { node: string }).node);

describe('Node.js requirement', () => {
  it.each(['electron', '@electron/get', '@electron/rebuild', 'node-abi', 'vite', 'vitest'])(
    'package.json engines.node is at least what %s requires',
    (name) => {
      const theirs = (
        readJson(path.join(root, 'node_modules', name, 'package.json')).engines as { node?: string }
      ).node;
      expect(theirs, `${name} states no engines.node`).toBeTypeOf('string');
      const needed = lowestAllowed(theirs!);
      expect(atLeast(ours, needed), `ours ${ours.join('.')} < ${name}'s ${needed.join('.')}`).toBe(true);
    },
  );

  it('the README states the same minimum and recommends a current LTS', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const requirements = readme.slice(readme.indexOf('## Requirements'), readme.indexOf('## Architecture'));
    expect(requirements).toContain(`Node.js ≥ ${ours.join('.')}`);
    expect(requirements).toContain('Node 22 or 24');
  });

  it('engines stay a warning: no engine-strict, so the suite still installs on older Node', () => {
    const npmrc = path.join(root, '.npmrc');
    const text = existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : '';
    expect(text).not.toMatch(/^\s*engine-strict\s*=\s*true/m);
  });
});
