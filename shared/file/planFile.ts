/**
 * The `*.amip.json` file: an envelope with a format marker and schema version around the plan.
 *
 *   { "format": "amip-planer-plan", "schemaVersion": 1, "savedAt": "<ISO>", "plan": { … } }
 *
 * Written two-space indented with each list record on one line (rowsPerLine.ts), in ASCII
 * (asciiJson.ts). Reading treats the file as hostile: size limit, no prototype keys, bounded
 * nesting, older versions migrated, newer ones refused, every problem reported in German with
 * its JSON path.
 */
import { MAX_FILE_BYTES as MAX_OPEN_BYTES } from '../ipc/fileKinds';
import { asciiJson } from './asciiJson';
import { stringifyRowsPerLine } from './rowsPerLine';
import type { Plan, PortfolioRow } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { describeFound, germanErrorMap } from './issueMessages';
import { UNKNOWN_KEY_MESSAGE, parseBounded } from './boundedIssues';
import { checkJsonBounds, fewEntries } from './jsonBounds';
import { checkJsonSafety } from './jsonSafety';
import { migrateToCurrent } from './migrations';
import { planByHand } from './planByHand';
import type { SemanticsOptions } from './planSemantics';
import { checkPlanSemantics } from './planSemantics';
import { checkPlanSize } from './planSize';
import { planSchema, schwerpunkt } from './planSchema';
import { rowsByHand } from './rowsByHand';
import { settleFormeln } from './settleFormeln';
import { isCurrentFormat, upgradeStoredPlan } from './storedPlan';
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

export const FILE_FORMAT = 'amip-planer-plan';
export const FILE_EXTENSION = '.amip.json';
/**
 * A Land plan of 60.000 rows is about 18 MB as written (rowsPerLine.ts). The same limit as for
 * opening any file in the app (shared/ipc/fileKinds.ts), so a plan the app lets through is never
 * refused here.
 */
export const MAX_FILE_BYTES = MAX_OPEN_BYTES;

/**
 * `warnings`: what was repaired on the way in (a stored formula that contradicted its value was
 * dropped, see settleFormeln.ts); absent when nothing was.
 */
export type PlanValidation =
  { ok: true; plan: Plan; warnings?: ValidationError[] } | { ok: false; errors: ValidationError[] };
export type PlanFileResult =
  | { ok: true; plan: Plan; migratedFrom?: number; warnings?: ValidationError[] }
  | { ok: false; errors: ValidationError[] };

/** Stops a broken file from flooding the screen; the first problems are enough to find it. */
const MAX_ERRORS = 50;
const ENVELOPE_KEYS = new Set(['format', 'schemaVersion', 'savedAt', 'plan']);

export function serializePlanFile(plan: Plan, savedAt: Date = new Date()): string {
  const envelope = {
    format: FILE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    savedAt: savedAt.toISOString(),
    plan,
  };
  return `${asciiJson(stringifyRowsPerLine(envelope))}\n`;
}

/**
 * Checks an already-parsed object (database, IPC, file): size, schema, then the
 * cross-references; then settles stored formulas against their values.
 */
export function validatePlan(value: unknown, options: SemanticsOptions = {}): PlanValidation {
  // The common case, a plan in the current format: its rows checked by hand first, so the
  // safety walk needs only the rest (a row the hand check or zod accepts has only the schema's
  // keys, so no prototype key, no cycle and no deep nesting rides along in it). Any other
  // value is walked whole first, as before, and read with the messages of the full path.
  const rows = needsNoUpgrade(value, options) ? rowsOfCurrent(value) : null;
  if (rows && checkJsonSafety(withoutRows(value as Record<string, unknown>), 'plan').length === 0)
    return validateSafePlan(value, options, rows);
  const unsafe = checkJsonSafety(value, 'plan');
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  // A plan stored before an upgrade (database, backup) is brought to the current format first.
  return validateSafePlan(options.stored ? upgradeStoredPlan(value) : value, options);
}

/** Not a stored plan of an older format (those are migrated before they are read). */
const needsNoUpgrade = (value: unknown, options: SemanticsOptions): boolean =>
  !options.stored || isCurrentFormat(value);

/** A plan's rows checked by hand when it is plainly a plan of a size the app opens; else null. */
function rowsOfCurrent(value: unknown): PortfolioRow[][] | null {
  if (!isObject(value) || checkPlanSize(value).length > 0) return null;
  return rowsOfAreas(value);
}

/**
 * {@link validatePlan} for a value checkJsonSafety already passed (a file's whole envelope).
 * `rows`: the portfolio rows already checked by hand (parsePlanFile), else they are checked here.
 */
function validateSafePlan(
  value: unknown,
  options: SemanticsOptions = {},
  rows: PortfolioRow[][] | null = null,
): PlanValidation {
  const tooLarge = checkPlanSize(value);
  if (tooLarge.length > 0) return { ok: false, errors: tooLarge };
  // Bounded: a hostile file with millions of wrong values yields the first few problems only.
  const parsed =
    parseWithRows(value, rows ?? rowsOfAreas(value)) ??
    parseBounded(planSchema, value, germanErrorMap, MAX_ERRORS * 2);
  if (!parsed.ok) {
    // One message per field: the first says what is expected, follow-up checks only repeat it.
    const byPath = new Map<string, ValidationError>();
    for (const i of parsed.issues) {
      const path = formatPath('plan', i.path);
      if (!byPath.has(path)) byPath.set(path, { path, message: i.message });
    }
    return { ok: false, errors: [...byPath.values()].slice(0, MAX_ERRORS) };
  }
  return checkSchemaValid(parsed.data, options);
}

/** The cross-references of a plan the schema accepted; then its stored formulas settled. */
function checkSchemaValid(plan: Plan, options: SemanticsOptions): PlanValidation {
  const semantic = checkPlanSemantics(plan, options);
  if (semantic.length > 0) return { ok: false, errors: semantic.slice(0, MAX_ERRORS) };
  const settled = settleFormeln(plan);
  return settled.warnings.length > 0
    ? { ok: true, plan: settled.plan, warnings: settled.warnings }
    : { ok: true, plan: settled.plan };
}

/** Only while no rule of the plan, of an area or of its list of rows reads the rows. */
const ROWS_BY_HAND =
  planSchema.def.checks === undefined &&
  schwerpunkt.def.checks === undefined &&
  schwerpunkt.shape.rows.def.checks === undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every area's rows as the schema returns them (rowsByHand.ts: nearly all of a Land plan,
 * checked by hand); null when a row is invalid or the plan has no such shape (then zod reads
 * the whole plan and says what).
 */
function rowsOfAreas(plan: unknown): PortfolioRow[][] | null {
  if (!ROWS_BY_HAND || !isObject(plan) || !Array.isArray(plan.schwerpunkte)) return null;
  const out: PortfolioRow[][] = [];
  for (const area of plan.schwerpunkte as unknown[]) {
    if (!isObject(area)) return null;
    const rows = rowsByHand(area.rows);
    if (!rows) return null;
    out.push(rows);
  }
  return out;
}

/** The plan without its rows (an area's `rows` empty): what zod still reads. */
function withoutRows(plan: Record<string, unknown>): Record<string, unknown> {
  return {
    ...plan,
    schwerpunkte: (plan.schwerpunkte as Record<string, unknown>[]).map((area) => ({ ...area, rows: [] })),
  };
}

/** The schema's verdict on a valid plan whose rows are already checked; null: zod reads it all. */
function parseWithRows(value: unknown, rows: PortfolioRow[][] | null): { ok: true; data: Plan } | null {
  if (!rows || !isObject(value)) return null;
  const parsed = planSchema.safeParse(withoutRows(value));
  if (!parsed.success) return null;
  parsed.data.schwerpunkte.forEach((area, i) => (area.rows = rows[i]!));
  return { ok: true, data: parsed.data };
}

function fileError(message: string, path = ''): PlanFileResult {
  return { ok: false, errors: [{ path, message }] };
}

/** JSON.parse speaks English; keep only where it failed. */
function jsonErrorMessage(text: string, e: unknown): string {
  const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  if (!pos) return 'keine gültige JSON-Datei';
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `keine gültige JSON-Datei (Fehler in Zeile ${line}, Spalte ${column})`;
}

/**
 * `npm run cli -- sample > x.amip.json` puts npm's script banner ("> amip-planer@… cli") in
 * front of the JSON (npm writes it to stdout); such a file still opens. Only blank lines and
 * lines starting with "> " before the JSON are skipped.
 */
export function stripNpmRunBanner(text: string): string {
  return text.replace(/^\r?\n(?:> [^\n]*\r?\n)+\r?\n/, '');
}

export function parsePlanFile(text: string): PlanFileResult {
  if (text.length > MAX_FILE_BYTES)
    return fileError(
      `Datei zu groß (${(text.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB, höchstens ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    );
  // Editors on Windows like to prepend a byte order mark.
  const body = stripNpmRunBanner(text.replace(/^\uFEFF/, ''));
  // Few values: JSON.parse may build them before the depth is known (see fewEntries).
  const few = fewEntries(body);
  const excess = few ? null : checkJsonBounds(body);
  if (excess) return { ok: false, errors: [excess] };
  /** A bound crossed, checked before any other refusal is reported (always when not `few`). */
  const boundsRefusal = (): PlanFileResult | null => {
    const crossed = few ? checkJsonBounds(body) : null;
    return crossed ? { ok: false, errors: [crossed] } : null;
  };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return boundsRefusal() ?? fileError(jsonErrorMessage(text, e));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return (
      boundsRefusal() ??
      fileError(`keine AMIP-Planer-Datei (JSON-Objekt mit "format": "${FILE_FORMAT}" erwartet)`)
    );
  // A result here was read at most 64 levels deep: by the schema's hand reader, or its rows by
  // the schema and the rest by the safety walk.
  const current = readCurrentFile(json as Record<string, unknown>);
  if (current) return current;
  const crossed = boundsRefusal();
  if (crossed) return crossed;
  const unsafe = checkJsonSafety(json, '', true);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };

  const envelope = json as Record<string, unknown>;
  if (envelope.format !== FILE_FORMAT)
    return fileError(
      envelope.format === undefined
        ? `keine AMIP-Planer-Datei (Angabe "format": "${FILE_FORMAT}" fehlt)`
        : `keine AMIP-Planer-Datei ("${FILE_FORMAT}" erwartet, gefunden ${describeFound(envelope.format)})`,
      'format',
    );
  const unknownKeys = Object.keys(envelope).filter((key) => !ENVELOPE_KEYS.has(key));
  if (unknownKeys.length > 0)
    return {
      ok: false,
      errors: unknownKeys
        .slice(0, MAX_ERRORS)
        .map((key) => ({ path: formatPath('', [key]), message: UNKNOWN_KEY_MESSAGE })),
    };
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return fileError(
      version === undefined
        ? 'fehlt (Dateiformat-Version erwartet)'
        : `Dateiformat-Version (ganze Zahl ≥ 0) erwartet, gefunden ${describeFound(version)}`,
      'schemaVersion',
    );
  if (envelope.plan === undefined) return fileError('fehlt (Planinhalt erwartet)', 'plan');

  const migrated = migrateToCurrent(envelope.plan, version);
  if (!migrated.ok) return fileError(migrated.message, 'schemaVersion');
  // The envelope, plan included, passed checkJsonSafety above; migrations only rearrange it.
  const checked = validateSafePlan(migrated.plan);
  if (!checked.ok || version >= SCHEMA_VERSION) return checked;
  return { ...checked, migratedFrom: version };
}

/**
 * The common case, a file of the current format. Read by hand when the hand check can tell
 * (planByHand.ts: what zod would return, without zod, the safety walk or a copy; a plan it
 * accepts holds only the schema's keys, so no prototype key and no deep nesting). Else its
 * rows checked by hand first, so the safety walk needs only the rest (a row the hand check or
 * zod accepts has only the schema's keys). Null when the file is not plainly of that kind or a
 * row is invalid: then the full path above reads it, in its order, with its messages.
 */
function readCurrentFile(envelope: Record<string, unknown>): PlanFileResult | null {
  if (envelope.format !== FILE_FORMAT || envelope.schemaVersion !== SCHEMA_VERSION) return null;
  for (const key in envelope) if (!ENVELOPE_KEYS.has(key)) return null;
  const plan = envelope.plan;
  // Too many rows: refused by the full path before any row is read.
  if (!isObject(plan) || checkPlanSize(plan).length > 0) return null;
  // `savedAt` is never read, but an object there is walked for safety like the rest.
  const savedAt = envelope.savedAt;
  const byHand = savedAt === null || typeof savedAt !== 'object' ? planByHand(plan) : null;
  if (byHand) return checkSchemaValid(byHand, {});
  const rows = rowsOfAreas(plan);
  if (!rows) return null;
  if (checkJsonSafety({ ...envelope, plan: withoutRows(plan) }, '', true).length > 0) return null;
  return validateSafePlan(plan, {}, rows);
}
