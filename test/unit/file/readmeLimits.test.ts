/** The README states the file limits the code enforces: one number each, in both places. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS } from '../../../shared/excel/zipGuard';
import { MAX_ENTRIES, MAX_KEYS_PER_OBJECT } from '../../../shared/file/jsonBounds';
import { MAX_DEPTH } from '../../../shared/file/jsonSafety';
import { MAX_FILE_BYTES as PLAN_FILE_LIMIT } from '../../../shared/file/planFile';
import { MAX_FILE_BYTES, formatMegabytes } from '../../../shared/ipc/fileKinds';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const section = (title: string) => {
  const start = readme.indexOf(title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  return readme.slice(start, readme.indexOf('\n#', start + title.length));
};

describe('README file limits', () => {
  it('one size limit: the plan file, the desktop and the browser use the same constant', () => {
    expect(PLAN_FILE_LIMIT).toBe(MAX_FILE_BYTES);
  });

  it('the Plan file section states the size limit and the bounds before JSON.parse', () => {
    const planFile = section('### Plan file');
    expect(planFile).toContain(`at most ${formatMegabytes(MAX_FILE_BYTES)}`);
    expect(planFile).toContain(`deeper than ${MAX_DEPTH} levels`);
    expect(planFile).toContain(`${MAX_ENTRIES.toLocaleString('de-DE')} entries`);
    expect(planFile).toContain(`${MAX_KEYS_PER_OBJECT.toLocaleString('de-DE')} keys in one object`);
    // No other file size anywhere in the README, apart from the workbook import's own limits.
    const workbook = section('### Workbook import: checks and limits');
    const sizes = [
      ...readme.replace(workbook, '').matchAll(/(?:limit|Limit|over|at most|höchstens) (\d+) MB/g),
    ].map((m) => m[1]);
    expect(new Set(sizes)).toEqual(new Set([String(MAX_FILE_BYTES / 1024 / 1024)]));
  });

  it("the workbook import section states the guard's file size limit", () => {
    const workbook = section('### Workbook import: checks and limits');
    expect(workbook).toContain(`**File size** at most ${DEFAULT_ZIP_LIMITS.maxFileBytes / 1024 / 1024} MB`);
  });

  it('the security model states the same size for the desktop', () => {
    expect(section('### Security model')).toContain(
      `files over ${formatMegabytes(MAX_FILE_BYTES)} are not read`,
    );
  });
});
