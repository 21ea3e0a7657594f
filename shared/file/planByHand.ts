/**
 * A plan read from a file as planSchema returns it, without zod for the common valid case:
 * the schema's own reader (schemaByHand.ts) with the rows checked by rowsByHand.ts first. Null
 * when it cannot tell (an invalid plan, or a part it leaves to zod): then zod reads the plan
 * and says what. `planByHand.test.ts` holds it to zod's verdict and output.
 */
import type { z } from 'zod';
import type { Plan } from '../model/plan';
import { planSchema, portfolioRow, schwerpunkt } from './planSchema';
import { rowByHand } from './rowsByHand';
import type { Reader } from './schemaByHand';
import { NOT_SURE, schemaByHand } from './schemaByHand';

let reader: { read: Reader; gaps: string[] } | null = null;

/** An area's rows, each the very object (rowsByHand.ts), when the hand check takes them all. */
function rowsAsTheyAre(rows: unknown): unknown {
  if (!Array.isArray(rows)) return NOT_SURE;
  for (let i = 0; i < rows.length; i++) if (rowByHand(rows[i]) === null) return NOT_SURE;
  return rows;
}

/** Built on first use: a worker that reads no file pays nothing. */
export function planReader(): { read: Reader; gaps: string[] } {
  reader ??= schemaByHand(
    planSchema,
    new Map<z.ZodType, Reader>([
      [schwerpunkt.shape.rows, rowsAsTheyAre],
      [portfolioRow, (v) => rowByHand(v) ?? NOT_SURE],
    ]),
  );
  return reader;
}

/**
 * For a value straight from JSON.parse only: what zod returns for it (the value itself where
 * zod's copy would equal it), or null.
 */
export function planByHand(value: unknown): Plan | null {
  const plan = planReader().read(value);
  return plan === NOT_SURE ? null : (plan as Plan);
}
