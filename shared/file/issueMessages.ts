/**
 * German wording for every problem the plan schema reports, so no English text from zod
 * reaches the user. Field schemas name what they expect (`Zahl ≥ 0`); `germanErrorMap` covers
 * every other issue kind zod can raise.
 */
import type { core } from 'zod';

/** How a found value is shown in a message: `"abc"`, `-3`, `null`, `eine Liste`. */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'nichts';
  if (input === null) return 'null';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 39)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'eine Liste';
  if (typeof input === 'object') return 'ein Objekt';
  return `einen Wert vom Typ ${typeof input}`;
}

/** `Zahl ≥ 0 erwartet, gefunden "abc"`, or `fehlt (Zahl ≥ 0 erwartet)` for a missing field. */
export function expectedMessage(what: string, input: unknown): string {
  return input === undefined
    ? `fehlt (${what} erwartet)`
    : `${what} erwartet, gefunden ${describeFound(input)}`;
}

/** Schema parameter naming what a field expects. */
export function expecting(what: string): { error: (iss: core.$ZodRawIssue) => string } {
  return { error: (iss) => expectedMessage(what, iss.input) };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  int: 'ganze Zahl',
  boolean: 'true oder false',
  array: 'Liste',
  object: 'Objekt',
  record: 'Objekt',
  null: 'null',
  nonoptional: 'Wert',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Fallback for issues the field schemas do not word themselves. */
export const germanErrorMap: core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return expectedMessage(typeName(iss.expected), iss.input);
    case 'too_small':
      return iss.origin === 'string' || iss.origin === 'array'
        ? `${iss.origin === 'string' ? 'Text' : 'Liste'} zu kurz (mindestens ${String(iss.minimum)}), gefunden ${describeFound(iss.input)}`
        : expectedMessage(`Wert ${iss.inclusive ? '≥' : '>'} ${String(iss.minimum)}`, iss.input);
    case 'too_big':
      return iss.origin === 'string' || iss.origin === 'array'
        ? `${iss.origin === 'string' ? 'Text' : 'Liste'} zu lang (höchstens ${String(iss.maximum)} ${iss.origin === 'string' ? 'Zeichen' : 'Einträge'})`
        : expectedMessage(`Wert ${iss.inclusive ? '≤' : '<'} ${String(iss.maximum)}`, iss.input);
    case 'invalid_format':
      return expectedMessage(`Text im Format ${iss.format}`, iss.input);
    case 'not_multiple_of':
      return expectedMessage(`Vielfaches von ${String(iss.divisor)}`, iss.input);
    case 'unrecognized_keys':
      return `unbekannte Angabe ${quoteAll(iss.keys)}`;
    case 'invalid_union':
      // A discriminated union reports the whole object; the message shows the tag that failed.
      if ('discriminator' in iss && typeof iss.discriminator === 'string') {
        const tag =
          iss.input !== null && typeof iss.input === 'object'
            ? (iss.input as Record<string, unknown>)[iss.discriminator]
            : iss.input;
        return expectedMessage(`einer von ${quoteAll((iss.options as unknown[] | undefined) ?? [])}`, tag);
      }
      return `passt zu keiner erlaubten Form, gefunden ${describeFound(iss.input)}`;
    case 'invalid_key':
      return `ungültiger Schlüssel ${describeFound(iss.input)}`;
    case 'invalid_element':
      return `ungültiger Eintrag ${describeFound(iss.input)}`;
    case 'invalid_value':
      return expectedMessage(`einer von ${quoteAll(iss.values)}`, iss.input);
    case 'custom':
      return `ungültiger Wert ${describeFound(iss.input)}`;
  }
  return `ungültiger Wert ${describeFound((iss as { input?: unknown }).input)}`;
};
