/**
 * electron-builder.yml against electron-builder's own JSON schema, validated the way
 * electron-builder validates it (its ajv and js-yaml, same options), plus what the issue asks of
 * the installers. electron-builder itself is not run here: it would download Electron.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
// Load ajv and js-yaml from where electron-builder loads them, so this checks what it checks.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};
const Ajv = (
  builderRequire('ajv') as { default: new (options: object) => { compile(schema: unknown): Validate } }
).default;
const schema = JSON.parse(fs.readFileSync(builderRequire.resolve('./scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(
  schema,
);

type Config = Record<string, unknown> & {
  nsis: Record<string, unknown>;
  portable: Record<string, unknown>;
  win: { target: { target: string }[]; icon: string; requestedExecutionLevel: string };
  linux: { target: { target: string }[]; icon: string; maintainer: string; category: string };
  fileAssociations: { ext: string; name: string }[];
  directories: { output: string; buildResources: string };
  extraMetadata: { main: string };
  files: string[];
  electronFuses: Record<string, boolean>;
};
const config = yaml.load(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Config;

const pngSize = (file: string) => {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's JSON schema", () => {
    const valid = validate(structuredClone(config));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is real: a misspelt option is refused', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false);
    expect(validate({ ...config, prodcutName: 'x' })).toBe(false);
  });

  it('names the product and app id', () => {
    expect(config.appId).toBe('de.amip-planer.app');
    expect(config.productName).toBe('AMIP-Planer');
    expect(config.directories.output).toBe('release');
  });

  it('Windows: NSIS per user without admin rights, and a portable build', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable.requestExecutionLevel).toBe('user');
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName);
  });

  it('Linux: AppImage and deb in the Office category with a maintainer', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('associates .amip.json with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'amip.json', name: 'AMIP-Plan' }),
    ]);
  });

  it('ships the bundles electron/build.mjs writes, and starts the main bundle', () => {
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']));
    const build = fs.readFileSync(path.join(repoRoot, 'electron', 'build.mjs'), 'utf8');
    expect(build).toContain("'main.cjs'");
  });

  it('flips the security fuses: no Node mode, no NODE_OPTIONS, no inspector, only a verified app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity needs an asar to check, and the check needs electron-builder's integrity data.
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).toBeUndefined();
    // A misspelt fuse would be silently ignored by a looser check: the schema refuses it.
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('has its icons in build/: a 512×512 PNG and a Windows ICO with a 256×256 image', () => {
    expect(config.directories.buildResources).toBe('build');
    expect(pngSize(path.join(repoRoot, config.linux.icon))).toEqual([512, 512]);
    const ico = fs.readFileSync(path.join(repoRoot, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toContain(256);
  });
});
