/**
 * A zod schema read once into plain functions that return what zod returns for a value it
 * accepts (deep-equal, keys in the same order): the value itself where zod's copy would be the
 * same, else a copy in the schema's key order. {@link NOT_SURE} when the value is invalid or
 * cannot be judged here: the caller lets zod read it and say what is wrong.
 *
 * Why: without its JIT (the app's renderer, whose CSP forbids eval) zod needs about three times
 * JSON.parse's time for a plan it accepts, building a payload, an issue list and a copy of every
 * object. The predicates are derived from the schema itself (its defs, its very checks), so a
 * field or rule added to planSchema.ts is known here at once; a kind of schema or check this file
 * does not know yet is a gap (`gapsOf`), checked as "not sure", and a test fails on any gap in
 * planSchema.
 *
 * Only for values from JSON.parse: plain objects and dense lists of strings, numbers, booleans
 * and null. An object is taken only with the schema's keys, never with a key that reaches a
 * prototype; a value accepted here therefore holds no such key and nests no deeper than the
 * schema.
 */
import type { z } from 'zod';

type Accepts = (v: unknown) => boolean;
/** Returns what zod returns for `v`, or NOT_SURE. */
export type Reader = (v: unknown) => unknown;

/** Not accepted here: zod reads the value. */
export const NOT_SURE: unique symbol = Symbol('not sure');

/** The parts of zod's internals read here (zod/v4/core). */
interface Check {
  _zod: {
    def: { check: string; when?: (payload: Payload) => boolean; [key: string]: unknown };
    check: (payload: Payload) => unknown;
  };
}
interface Internals {
  def: { type: string; checks?: Check[]; [key: string]: unknown };
  traits: Set<string>;
  optin?: string;
  optout?: string;
  values?: Set<unknown>;
  propValues?: Record<string, Set<unknown>>;
}
type Schema = { _zod: Internals };
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Checks run through zod's own check function; those that could change a value are not here. */
const KNOWN_CHECKS = new Set([
  'less_than',
  'greater_than',
  'number_format',
  'max_length',
  'min_length',
  'length_equals',
  'string_format',
  'custom',
]);
/** Keys that reach a prototype (jsonSafety.ts refuses them with its own message). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Not Object.hasOwn: V8 turns this call inside for…in into a check of the object's map.
const { hasOwnProperty } = Object.prototype;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isPlain = (v: unknown): v is Record<string, unknown> =>
  isRecord(v) && Object.getPrototypeOf(v) === Object.prototype;
const notSure: Reader = () => NOT_SURE;

class Compiler {
  readonly gaps: string[] = [];
  private readonly done = new Map<Schema, Reader>();

  /** `first`: faster readers for some schemas, tried before the one derived here. */
  constructor(private readonly first: ReadonlyMap<Schema, Reader>) {}

  compile(schema: Schema, path: string): Reader {
    const known = this.done.get(schema);
    if (known) return known;
    const derived = this.derive(schema, path);
    const hand = this.first.get(schema);
    const reads: Reader = hand
      ? (v) => {
          const r = hand(v);
          return r === NOT_SURE ? derived(v) : r;
        }
      : derived;
    this.done.set(schema, reads);
    return reads;
  }

  private derive(schema: Schema, path: string): Reader {
    const checks = this.checks(schema, path);
    const type = primitive(schema._zod.def);
    // A text, number or truth value: its type and checks in one function (most of a plan's values).
    if (type) {
      if (checks.length === 0) return (v) => (type(v) ? v : NOT_SURE);
      if (checks.length === 1) {
        const check = checks[0]!;
        return (v) => (type(v) && check(v) ? v : NOT_SURE);
      }
      return (v) => {
        if (!type(v)) return NOT_SURE;
        for (const c of checks) if (!c(v)) return NOT_SURE;
        return v;
      };
    }
    const base = this.base(schema, path);
    // The checks see zod's result, as in zod (deep-equal to the value when accepted).
    return checks.length === 0
      ? base
      : checks.length === 1
        ? (v) => {
            const r = base(v);
            return r === NOT_SURE || checks[0]!(r) ? r : NOT_SURE;
          }
        : (v) => {
            const r = base(v);
            if (r === NOT_SURE) return r;
            for (const c of checks) if (!c(r)) return NOT_SURE;
            return r;
          };
  }

  private gap(path: string, what: string): Reader {
    this.gaps.push(`${path || '(Wurzel)'}: ${what}`);
    return notSure;
  }

  /** What zod's parse of this kind returns (its checks come separately; texts, numbers and truth values are read in derive). */
  private base(schema: Schema, path: string): Reader {
    const zod = schema._zod;
    const def = zod.def;
    if (def.coerce) return this.gap(path, `${def.type} mit coerce`);
    switch (def.type) {
      case 'literal':
      case 'enum': {
        const values = zod.values;
        if (!values) return this.gap(path, def.type);
        if (values.size === 1) {
          const [only] = values;
          return (v) => (v === only ? v : NOT_SURE);
        }
        return (v) => (values.has(v) ? v : NOT_SURE);
      }
      case 'nullable': {
        const inner = this.compile(def.innerType as Schema, path);
        return (v) => (v === null ? v : inner(v));
      }
      case 'optional':
        // Only exactOptional: absent, or present and valid (the object reads absence).
        if (!zod.traits.has('$ZodExactOptional')) return this.gap(path, 'optional (statt exactOptional)');
        return this.compile(def.innerType as Schema, path);
      case 'array':
        return this.array(this.compile(def.element as Schema, `${path}[]`));
      case 'object':
        return this.object(def, path);
      case 'record':
        return this.record(def, path);
      case 'union':
        return this.discriminated(def, path);
      default:
        return this.gap(path, def.type);
    }
  }

  /** A list: itself while every element reads as itself, else a copy as zod makes one. */
  private array(element: Reader): Reader {
    return (v) => {
      if (!Array.isArray(v)) return NOT_SURE;
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        const r = element(x);
        if (r === x) {
          if (out) out[i] = r;
          continue;
        }
        if (r === NOT_SURE) return NOT_SURE;
        out ??= v.slice(0, i);
        out[i] = r;
      }
      return out ?? v;
    };
  }

  /**
   * A strict object: itself when its keys are in the schema's order (optional ones possibly
   * absent) and every field reads as itself; else a copy in the schema's order, as zod makes.
   */
  private object(def: Internals['def'], path: string): Reader {
    const catchall = def.catchall as Schema | undefined;
    if (catchall?._zod.def.type !== 'never') return this.gap(path, 'Objekt ohne strictObject');
    const shape = def.shape as Record<string, Schema>;
    if (Object.getOwnPropertySymbols(shape).length > 0) return this.gap(path, 'Symbol als Schlüssel');
    const keys = Object.keys(shape);
    const required: boolean[] = [];
    const fields: Reader[] = [];
    for (const key of keys) {
      if (key in Object.prototype) return this.gap(path, `Schlüssel ${key}`);
      const field = shape[key]!._zod;
      const optional = field.optin === 'optional' && field.optout === 'optional';
      if (field.optin !== undefined && !optional) return this.gap(`${path}.${key}`, `optin ${field.optin}`);
      required.push(!optional);
      fields.push(this.compile(shape[key]!, `${path}.${key}`));
    }
    const n = keys.length;
    /** The copy zod makes: the schema's keys in its order, each read. */
    const copy = (v: Record<string, unknown>): unknown => {
      let own = 0;
      for (const key in v) {
        if (!hasOwnProperty.call(v, key)) return NOT_SURE;
        own++;
      }
      const out: Record<string, unknown> = {};
      let found = 0;
      for (let i = 0; i < n; i++) {
        const key = keys[i]!;
        if (!hasOwnProperty.call(v, key)) {
          if (required[i]) return NOT_SURE;
          continue;
        }
        found++;
        const r = fields[i]!(v[key]);
        if (r === NOT_SURE) return NOT_SURE;
        out[key] = r;
      }
      // A key the schema does not know: zod refuses it.
      return found === own ? out : NOT_SURE;
    };
    return (v) => {
      if (!isRecord(v)) return NOT_SURE;
      let i = 0;
      // for…in: the own keys in Object.keys' order, then inherited enumerable ones (refused)
      for (const key in v) {
        while (i < n && keys[i] !== key) {
          if (required[i]) return copy(v);
          i++;
        }
        if (i === n || !hasOwnProperty.call(v, key)) return copy(v);
        const x = v[key];
        const r = fields[i]!(x);
        if (r !== x) return r === NOT_SURE ? NOT_SURE : copy(v);
        i++;
      }
      for (; i < n; i++) if (required[i]) return NOT_SURE;
      return v;
    };
  }

  /** A record with a string key schema: zod copies its keys in the same order. */
  private record(def: Internals['def'], path: string): Reader {
    const keyType = def.keyType as Schema;
    if (def.mode !== undefined && def.mode !== 'strict') return this.gap(path, `record ${String(def.mode)}`);
    if (keyType._zod.values || keyType._zod.def.type !== 'string') return this.gap(path, 'record-Schlüssel');
    const readKey = this.compile(keyType, `${path}{}`);
    const value = this.compile(def.valueType as Schema, `${path}{}`);
    return (v) => {
      if (!isPlain(v)) return NOT_SURE;
      for (const k in v) {
        if (!hasOwnProperty.call(v, k) || FORBIDDEN_KEYS.has(k) || readKey(k) !== k) return NOT_SURE;
        const x = v[k];
        // A value zod would copy: not needed for a plan (its records hold strings).
        if (value(x) !== x) return NOT_SURE;
      }
      return v;
    };
  }

  /** A discriminated union: the option its tag names, as zod picks it. */
  private discriminated(def: Internals['def'], path: string): Reader {
    const tag = def.discriminator;
    if (typeof tag !== 'string' || def.unionFallback) return this.gap(path, 'union ohne Diskriminator');
    const byTag = new Map<unknown, Reader>();
    for (const option of def.options as Schema[]) {
      const values = option._zod.propValues?.[tag];
      if (!values) return this.gap(path, `Option ohne ${tag}`);
      for (const value of values) {
        if (value === undefined || byTag.has(value)) return this.gap(path, `${tag} nicht eindeutig`);
        byTag.set(value, this.compile(option, `${path}<${String(value)}>`));
      }
    }
    return (v) => {
      if (!isRecord(v)) return NOT_SURE;
      const option = byTag.get(v[tag]);
      return option === undefined ? NOT_SURE : option(v);
    };
  }

  /** The schema's checks, each as zod runs it after the type is accepted. */
  private checks(schema: Schema, path: string): Accepts[] {
    const zod = schema._zod;
    // A string format or an integer is itself a check (zod: `[inst, ...checks]`).
    const all = [
      ...(zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : []),
      ...(zod.def.checks ?? []),
    ];
    return all.map((ch) => {
      const kind = ch._zod.def.check;
      if (!KNOWN_CHECKS.has(kind)) {
        this.gap(path, `Prüfung ${kind}`);
        return () => false;
      }
      return fastCheck(ch) ?? zodCheck(ch);
    });
  }
}

const isString: Accepts = (v) => typeof v === 'string';
// zod refuses NaN and ±Infinity; JSON never holds them.
const isNumber: Accepts = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Accepts = (v) => typeof v === 'boolean';

/** zod's type test of a text, number or truth value (returned unchanged); else null. */
function primitive(def: Internals['def']): Accepts | null {
  if (def.coerce) return null;
  if (def.type === 'string') return isString;
  if (def.type === 'number') return isNumber;
  if (def.type === 'boolean') return isBoolean;
  return null;
}

/** The common checks without a call into zod; null: zod's own check decides. */
function fastCheck(ch: Check): Accepts | null {
  const def = ch._zod.def;
  const limit = def.value;
  if (def.when !== undefined && def.check !== 'max_length' && def.check !== 'min_length') return null;
  switch (def.check) {
    case 'greater_than':
      if (typeof limit !== 'number') return null;
      return def.inclusive ? (v) => (v as number) >= limit : (v) => (v as number) > limit;
    case 'less_than':
      if (typeof limit !== 'number') return null;
      return def.inclusive ? (v) => (v as number) <= limit : (v) => (v as number) < limit;
    case 'number_format':
      // safeint: zod's range for it is exactly the safe integers.
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'max_length': {
      // zod counts code points: within the UTF-16 length it fits either way; else zod decides.
      const max = def.maximum as number;
      const slow = zodCheck(ch);
      return (v) => (v as { length: number }).length <= max || slow(v);
    }
    case 'min_length': {
      // A code point is one or two UTF-16 units: twice the floor in units always clears it.
      const min = def.minimum as number;
      const slow = zodCheck(ch);
      return min <= 1
        ? (v) => (v as { length: number }).length >= min
        : (v) => (typeof v !== 'string' && (v as unknown[]).length >= min) || slow(v);
    }
    case 'custom': {
      // A refine: zod calls its function with the value alone and takes any truthy result
      // (a promise, async, is left to zod).
      const fn = def.fn;
      if (def.type !== 'custom' || typeof fn !== 'function') return null;
      return (v) => {
        const r: unknown = (fn as (x: unknown) => unknown)(v);
        return !!r && !(r instanceof Promise);
      };
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky)
        return null;
      return (v) => pattern.test(v as string);
    }
    default:
      return null;
  }
}

/** zod's own check on the value, its `when` included; an issue or a promise: not accepted. */
function zodCheck(ch: Check): Accepts {
  const { when } = ch._zod.def;
  return (v) => {
    const payload: Payload = { value: v, issues: [] };
    if (when && !when(payload)) return true;
    const result = ch._zod.check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}

/**
 * The reader of `schema` (see the top of this file), with the places it cannot judge by hand:
 * a non-empty `gaps` means values there always go to zod. `first`: a faster reader for some
 * part of the schema (it must return what zod returns, or NOT_SURE), tried before the derived one.
 */
export function schemaByHand(
  schema: z.ZodType,
  first: ReadonlyMap<z.ZodType, Reader> = new Map(),
): { read: Reader; gaps: string[] } {
  const compiler = new Compiler(first as unknown as ReadonlyMap<Schema, Reader>);
  const read = compiler.compile(schema as unknown as Schema, '');
  return { read, gaps: compiler.gaps };
}
