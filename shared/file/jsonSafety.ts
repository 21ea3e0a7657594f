/**
 * A plan file comes from anywhere: before any code spreads or assigns its objects, refuse keys
 * that could reach a prototype and nesting far deeper than any plan needs. Iterative, so a
 * hostile depth cannot overflow the stack here.
 *
 * One pass over the objects only (numbers and strings are never stacked), and no path is built
 * while walking: a plan of 60.000 rows has millions of values. The path of a problem is looked
 * up afterwards, for the few objects that have one.
 */
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FORBIDDEN_ARRAY_KEYS = [...FORBIDDEN_KEYS];
/** A plan nests about 8 levels; anything far beyond that is not a plan. */
export const MAX_DEPTH = 64;
const MAX_REPORTED = 20;

type Problem = { at: object; message: string };

/**
 * `fromJson`: the value comes straight from JSON.parse, so it is a tree (no object is reached
 * twice) and needs no record of the objects already seen.
 */
export function checkJsonSafety(value: unknown, root: string, fromJson = false): ValidationError[] {
  if (value === null || typeof value !== 'object') return [];
  const problems: Problem[] = [];
  const seen = fromJson ? null : new Set<object>();
  // Two parallel stacks instead of one record per entry.
  const objects: object[] = [value];
  const depths: number[] = [0];
  while (objects.length > 0 && problems.length < MAX_REPORTED) {
    const v = objects.pop()!;
    const depth = depths.pop()!;
    if (seen !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    if (depth >= MAX_DEPTH) {
      problems.push({ at: v, message: `zu tief verschachtelt (höchstens ${MAX_DEPTH} Ebenen)` });
      continue;
    }
    if (Array.isArray(v)) {
      // By index: Object.keys of a list of 4 million numbers would make 4 million strings. Own
      // keys beside the indices (only possible outside JSON) are never read by the schema.
      if (FORBIDDEN_ARRAY_KEYS.some((key) => Object.hasOwn(v, key)))
        problems.push({ at: v, message: 'unzulässiger Schlüssel in einer Liste' });
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (child !== null && typeof child === 'object') {
          objects.push(child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    // Three look-ups per object instead of one per key; the keys are walked without a list of them.
    const record = v as Record<string, unknown>;
    const forbidden = FORBIDDEN_ARRAY_KEYS.some((key) => Object.hasOwn(record, key));
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      if (forbidden && FORBIDDEN_KEYS.has(key)) {
        problems.push({ at: v, message: `unzulässiger Schlüssel ${JSON.stringify(key)}` });
        continue;
      }
      const child = record[key];
      if (child !== null && typeof child === 'object') {
        objects.push(child);
        depths.push(depth + 1);
      }
    }
  }
  if (problems.length === 0) return [];
  const paths = pathsOf(
    value,
    problems.map((p) => p.at),
  );
  return problems.map((p) => ({ path: formatPath(root, paths.get(p.at) ?? []), message: p.message }));
}

/**
 * The key path from `value` to each of `targets` (only when reporting): the same walk in the
 * same order, now carrying paths, stopped once every target is found.
 */
function pathsOf(value: object, targets: readonly object[]): Map<object, PropertyKey[]> {
  const wanted = new Set(targets);
  const found = new Map<object, PropertyKey[]>();
  const seen = new Set<object>();
  const stack: { v: object; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0 && found.size < wanted.size) {
    const { v, path } = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (wanted.has(v)) found.set(v, path);
    if (path.length >= MAX_DEPTH) continue;
    const isArray = Array.isArray(v);
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ v: child, path: [...path, isArray ? Number(key) : key] });
    }
  }
  return found;
}
