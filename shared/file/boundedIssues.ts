/**
 * Schema problems of a hostile value without building millions of them. zod reports every
 * problem: `berufsbereiche: [0, 0, …]` with 4 million zeros (8 MB, within the file bounds) made
 * 4 million issues, 35 s and 3 GB. Here a valid value costs one zod pass; an invalid one is
 * first refused by a pass that stops at its first problem, then walked container by container
 * (objects, arrays, records) until `max` problems are found. What is left at the bottom (a
 * row, a number, a union) is small and parsed whole, so its messages are zod's own.
 */
import { z } from 'zod';

/** zod's internal flag behind `schema.validate()`: containers stop at their first failing child. */
const STOP_AT_FIRST = { abortEarly: true } as z.core.ParseContext<z.core.$ZodIssue>;

export interface FoundIssue {
  path: PropertyKey[];
  message: string;
}

/** A key the format does not know: refused, so nothing unchecked rides along in a plan file. */
export const UNKNOWN_KEY_MESSAGE = 'unbekannte Angabe (gehört nicht zum Dateiformat)';

export type BoundedParse<T> = { ok: true; data: T } | { ok: false; issues: FoundIssue[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** `schema` parsed with `errorMap`; at most `max` issues when it fails. */
export function parseBounded<T>(
  schema: z.ZodType<T>,
  value: unknown,
  errorMap: z.core.$ZodErrorMap,
  max: number,
): BoundedParse<T> {
  const first = schema.safeParse(value, { ...STOP_AT_FIRST, error: errorMap });
  if (first.success) return { ok: true, data: first.data };
  const walk: Walk = { out: [], errorMap, max };
  visit(walk, schema, value, []);
  // A check the walk cannot see from below (none in the plan schema today): zod's first word.
  if (walk.out.length === 0)
    walk.out.push(...first.error.issues.map((i) => ({ path: i.path, message: i.message })));
  return { ok: false, issues: walk.out };
}

interface Walk {
  out: FoundIssue[];
  errorMap: z.core.$ZodErrorMap;
  max: number;
}

function visit(walk: Walk, schema: z.ZodType, value: unknown, path: PropertyKey[]): void {
  const full = () => walk.out.length >= walk.max;
  if (full()) return;
  if (schema instanceof z.ZodArray && Array.isArray(value) && schema.def.checks === undefined) {
    const element = schema.element as z.ZodType;
    for (let i = 0; i < value.length && !full(); i++) visit(walk, element, value[i], [...path, i]);
    return;
  }
  if (schema instanceof z.ZodRecord && isRecord(value) && schema.def.checks === undefined) {
    const valueType = schema.valueType as z.ZodType;
    const keyType = schema.keyType as z.ZodType;
    for (const key of Object.keys(value)) {
      if (full()) return;
      if (keyType.safeParse(key).success) visit(walk, valueType, value[key], [...path, key]);
      else leaf(walk, schema, { [key]: value[key] }, path);
    }
    return;
  }
  if (schema instanceof z.ZodObject && isRecord(value) && schema.def.checks === undefined) {
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(shape)) {
      if (full()) return;
      const field = shape[key]!;
      if (key in value) visit(walk, field, value[key], [...path, key]);
      // An absent key: fine for an optional field, else the field's own "fehlt (… erwartet)".
      else if (field._zod.optin !== 'optional') leaf(walk, field, undefined, [...path, key]);
    }
    if (schema.def.catchall instanceof z.ZodNever)
      for (const key of Object.keys(value)) {
        if (full()) return;
        if (!(key in shape)) walk.out.push({ path: [...path, key], message: UNKNOWN_KEY_MESSAGE });
      }
    return;
  }
  leaf(walk, schema, value, path);
}

/** A small value parsed whole: every one of its problems, with zod's messages. */
function leaf(walk: Walk, schema: z.ZodType, value: unknown, path: PropertyKey[]): void {
  const r = schema.safeParse(value, { error: walk.errorMap });
  if (r.success) return;
  for (const i of r.error.issues) {
    if (walk.out.length >= walk.max) return;
    // One line per unknown key, at its own path.
    if (i.code === 'unrecognized_keys')
      for (const key of i.keys)
        walk.out.push({ path: [...path, ...i.path, key], message: UNKNOWN_KEY_MESSAGE });
    else walk.out.push({ path: [...path, ...i.path], message: i.message });
  }
}
