/**
 * JSON as a plan file is written: indented like `JSON.stringify(value, null, 2)`, except that a
 * record in a list (a Maßnahme row, a Drittmittel programme, a Zuweisung) stands on one line.
 * A diff of two plan files still shows which rows changed, and a Land's 400 files are about 40 %
 * smaller than fully indented: the Land view reads them faster (the browser's file reads cost
 * by the byte), and every open reads less. Readers need nothing new: it is plain JSON.
 */

/** Same values as `JSON.stringify` (undefined keys left out, `toJSON` honoured, NaN → null). */
export function stringifyRowsPerLine(value: unknown): string {
  return write(value, '') ?? 'null';
}

function write(value: unknown, indent: string): string | undefined {
  const v = jsonValue(value);
  if (!isObject(v)) return JSON.stringify(v);
  const inner = `${indent}  `;
  const open = (items: string[], left: string, right: string) =>
    items.length === 0
      ? `${left}${right}`
      : `${left}\n${inner}${items.join(`,\n${inner}`)}\n${indent}${right}`;
  if (Array.isArray(v))
    return open(
      v.map((item) => (isRecord(item) ? JSON.stringify(item) : write(item, inner)) ?? 'null'),
      '[',
      ']',
    );
  const entries: string[] = [];
  const record = v as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const s = write(record[key], inner);
    if (s !== undefined) entries.push(`${JSON.stringify(key)}: ${s}`);
  }
  return open(entries, '{', '}');
}

function jsonValue(value: unknown): unknown {
  const withJson = value as { toJSON?: () => unknown } | null;
  return withJson !== null && typeof withJson === 'object' && typeof withJson.toJSON === 'function'
    ? withJson.toJSON()
    : value;
}

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

/** A record: an object with no object inside a list anywhere in it (a row, not a Schwerpunkt). */
function isRecord(value: unknown): boolean {
  const v = jsonValue(value);
  return isObject(v) && !Array.isArray(v) && flat(v);
}

function flat(value: unknown): boolean {
  const v = jsonValue(value);
  if (!isObject(v)) return true;
  if (Array.isArray(v)) return v.every((x) => !isObject(jsonValue(x)));
  return Object.values(v).every(flat);
}
