/**
 * A plan file comes from anywhere: before any code spreads or assigns its objects, refuse keys
 * that could reach a prototype and nesting far deeper than any plan needs. Iterative, so a
 * hostile depth cannot overflow the stack here.
 */
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A plan nests about 8 levels; anything far beyond that is not a plan. */
export const MAX_DEPTH = 64;

export function checkJsonSafety(value: unknown, root: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && errors.length < 20) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (path.length >= MAX_DEPTH) {
      errors.push({
        path: formatPath(root, path),
        message: `zu tief verschachtelt (höchstens ${MAX_DEPTH} Ebenen)`,
      });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({
          path: formatPath(root, path),
          message: `unzulässiger Schlüssel ${JSON.stringify(key)}`,
        });
        continue;
      }
      const child = (v as Record<string, unknown>)[key];
      stack.push({ value: child, path: [...path, Array.isArray(v) ? Number(key) : key] });
    }
  }
  return errors;
}
