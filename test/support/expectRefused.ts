/** Asserts that an import was refused with `refusal` (a part of the message, or a pattern) and returns no plan. */
import { expect } from 'vitest';
import type { ImportResult } from '../../shared/excel/importWorkbook';

export function expectRefused(result: ImportResult, refusal: string | RegExp): void {
  expect(result.ok).toBe(false);
  expect('plan' in result).toBe(false);
  const message = result.ok ? '' : result.message;
  if (typeof refusal === 'string') expect(message).toContain(refusal);
  else expect(message).toMatch(refusal);
}
