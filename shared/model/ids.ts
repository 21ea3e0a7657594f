/** Stable ids for rows, areas and lines: random, never reused, independent of position. */
export function newId(prefix: string): string {
  const uuid = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return `${prefix}-${uuid}`;
}
