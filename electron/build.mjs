// Bundles the desktop main process and preload with esbuild:
//   electron/main.ts    -> dist/electron/main.cjs     (Node, CommonJS)
//   electron/preload.ts -> dist/electron/preload.cjs  (sandboxed preload: CommonJS, no Node built-ins)
// Usage: node electron/build.mjs   (npm run build:electron)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {{ outdir?: string, minify?: boolean }} [options] */
export async function buildDesktopBundles({
  outdir = path.join(repoRoot, 'dist', 'electron'),
  minify = false,
} = {}) {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    target: 'node22',
    sourcemap: 'linked',
    minify,
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  };
  const mainFile = path.join(outdir, 'main.cjs');
  const preloadFile = path.join(outdir, 'preload.cjs');
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: mainFile,
      platform: 'node',
      define: { __AMIP_VERSION__: JSON.stringify(version) },
    }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: preloadFile, platform: 'browser' }),
  ]);
  return { mainFile, preloadFile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildDesktopBundles().then(
    ({ mainFile, preloadFile }) =>
      console.log(
        `Desktop-Bundles gebaut: ${path.relative(repoRoot, mainFile)}, ${path.relative(repoRoot, preloadFile)}`,
      ),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
