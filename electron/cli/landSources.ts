/**
 * Collects the plans for `amip consolidate`: folders are read one level deep (plan files and
 * exported workbooks, sorted by name), named files as given. Each file that cannot be taken is
 * listed with its German reason and left out; the others go on.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  landFileKind,
  landPlanFromText,
  yearRefusal,
  FORMAT_REFUSED,
} from '../../shared/consolidate/landInput';
import type { LandRefusal } from '../../shared/consolidate/landJson';
import type { LandSource } from '../../shared/consolidate/types';
import type { ImportResult } from '../../shared/excel/importWorkbook';
import { importWorkbook } from '../../shared/excel/importWorkbook';
import { DEFAULT_ZIP_LIMITS } from '../../shared/excel/zipGuard';
import { MAX_FILE_BYTES } from '../../shared/file/planFile';
import { readRegularFile } from '../files/regularFiles';
import { describeReadError } from './readPlan';

export interface LandSourceDeps {
  isDirectory(p: string): Promise<boolean>;
  list(dir: string): Promise<string[]>;
  readBinary(p: string, maxBytes: number): Promise<Uint8Array>;
  importWorkbook(bytes: Uint8Array): Promise<ImportResult>;
}

export const nodeLandSourceDeps: LandSourceDeps = {
  isDirectory: async (p) => {
    try {
      return (await stat(p)).isDirectory();
    } catch {
      return false;
    }
  },
  list: async (dir) => (await readdir(dir)).map((n) => path.join(dir, n)),
  readBinary: (p, max) => readRegularFile(p, max),
  importWorkbook: (bytes) => importWorkbook(bytes),
};

export interface GatheredSources {
  sources: LandSource[];
  refused: LandRefusal[];
}

export async function gatherLandSources(
  inputs: readonly string[],
  year: number | undefined,
  deps: LandSourceDeps = nodeLandSourceDeps,
): Promise<GatheredSources> {
  const files: string[] = [];
  for (const input of inputs) {
    if (await deps.isDirectory(input)) {
      const inside = (await deps.list(input))
        .filter((f) => landFileKind(f) !== null)
        .sort((a, b) => a.localeCompare(b, 'de'));
      files.push(...inside);
    } else files.push(input);
  }
  const sources: LandSource[] = [];
  const refused: LandRefusal[] = [];
  const decoder = new TextDecoder('utf-8');
  for (const file of files) {
    const kind = landFileKind(file);
    if (kind === null) {
      refused.push({ source: file, message: FORMAT_REFUSED });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await deps.readBinary(file, kind === 'plan' ? MAX_FILE_BYTES : DEFAULT_ZIP_LIMITS.maxFileBytes);
    } catch (e) {
      refused.push({
        source: file,
        message: describeReadError(file, e, {
          noun: kind === 'plan' ? 'Plandatei' : 'Arbeitsmappe',
          maxBytes: kind === 'plan' ? MAX_FILE_BYTES : DEFAULT_ZIP_LIMITS.maxFileBytes,
        }),
      });
      continue;
    }
    let read: { ok: true; plan: LandSource['plan'] } | { ok: false; message: string };
    if (kind === 'plan') read = landPlanFromText(decoder.decode(bytes));
    else {
      // The import with its guard (zip bombs, foreign workbooks): the plan as edited in Excel.
      const r = await deps.importWorkbook(bytes);
      read = r.ok ? { ok: true, plan: r.plan } : { ok: false, message: r.message };
    }
    if (!read.ok) {
      refused.push({ source: file, message: read.message });
      continue;
    }
    const wrongYear = yearRefusal(read.plan, year);
    if (wrongYear !== null) refused.push({ source: file, message: wrongYear });
    else sources.push({ source: file, plan: read.plan });
  }
  return { sources, refused };
}
