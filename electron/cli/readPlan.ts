/** Reads and checks a plan file for a CLI command; every failure becomes one German message. */
import { MAX_FILE_BYTES, parsePlanFile } from '../../shared/file/planFile';
import { formatValidationError } from '../../shared/file/validationError';
import type { Plan } from '../../shared/model/plan';
import { NOT_REGULAR_FILE } from '../files/regularFiles';
import type { CliIo } from './cliIo';

export type ReadPlanResult = { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; message: string };

/** What a command reads: named in messages, with its size limit. */
export interface FileKind {
  noun: string;
  maxBytes: number;
}

const PLAN_FILE: FileKind = { noun: 'Plandatei', maxBytes: MAX_FILE_BYTES };

/** Node's error codes in words a planner understands (a pipe or device is refused, not opened). */
export function describeReadError(path: string, e: unknown, kind: FileKind = PLAN_FILE): string {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return `Datei nicht gefunden: ${path}`;
    case 'EISDIR':
      return `${path} ist ein Verzeichnis, keine ${kind.noun}.`;
    case NOT_REGULAR_FILE:
      return `${path} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.`;
    case 'ELOOP':
      return `${path} ist eine Verknüpfung (Symlink), die im Kreis verweist.`;
    case 'EACCES':
    case 'EPERM':
      return `Keine Berechtigung, ${path} zu lesen.`;
    case 'EFBIG':
      return `${path} ist zu groß (höchstens ${kind.maxBytes / 1024 / 1024} MB).`;
    default:
      return `${path} lässt sich nicht lesen${code ? ` (${code})` : ''}.`;
  }
}

/** Why writing `path` failed, in German; a FIFO or device is refused, not written into. */
export function describeWriteError(path: string, e: unknown): string {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === NOT_REGULAR_FILE)
    return `${path} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht überschrieben.`;
  return `${path} lässt sich nicht schreiben${code ? ` (${code})` : ''}.`;
}

export async function readPlan(path: string, io: CliIo): Promise<ReadPlanResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    return { ok: false, message: describeReadError(path, e) };
  }
  const parsed = parsePlanFile(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${formatValidationError(e)}`);
    return { ok: false, message: `${path} ist kein gültiger Plan:\n${lines.join('\n')}` };
  }
  // Repairs (a stored formula dropped because it contradicted its value) are said, not fatal.
  for (const w of parsed.warnings ?? []) io.stderr(`Hinweis: ${path}: ${formatValidationError(w)}\n`);
  return parsed.migratedFrom !== undefined
    ? { ok: true, plan: parsed.plan, migratedFrom: parsed.migratedFrom }
    : { ok: true, plan: parsed.plan };
}
