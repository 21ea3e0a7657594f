/**
 * The size limits of shared/input/limits.ts, checked on the raw value before the schema reads
 * every row: a plan with too many rows is refused at once, and every accepted plan sums
 * exactly to the cent (see limits.ts for why these numbers).
 */
import { formatCount } from '../format/numberFormat';
import { countZeilen, MAX_KATEGORIEN, MAX_ZEILEN } from '../input/limits';
import type { ValidationError } from './validationError';

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown =>
  v !== null && typeof v === 'object' && Object.hasOwn(v, key)
    ? (v as Record<string, unknown>)[key]
    : undefined;

/** Too many rows or Förderkategorien; wrong shapes are left to the schema. */
export function checkPlanSize(plan: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const haushalt = field(plan, 'haushalt');
  const zeilen = countZeilen({
    haushalt: {
      zuweisungen: list(field(haushalt, 'zuweisungen')),
      ausserhalbEgt: list(field(haushalt, 'ausserhalbEgt')),
    },
    drittmittel: list(field(plan, 'drittmittel')),
    schwerpunkte: list(field(plan, 'schwerpunkte')).map((area) => ({ rows: list(field(area, 'rows')) })),
    personal: {
      projekte: list(field(field(plan, 'personal'), 'projekte')),
      gruppen: list(field(field(plan, 'personal'), 'gruppen')),
    },
    verpflichtungen: { eintraege: list(field(field(plan, 'verpflichtungen'), 'eintraege')) },
  });
  if (zeilen > MAX_ZEILEN)
    errors.push({
      path: 'plan',
      message: `zu viele Zeilen: ${formatCount(zeilen)} (Maßnahmeportfolio mit Verweisen, Zuweisungen, Mittel außerhalb des EGT, Drittmittel, Projekt-VZÄ, Kundengruppen und Verpflichtungen zusammen höchstens ${formatCount(MAX_ZEILEN)})`,
    });
  let kategorien = 0;
  for (const c of list(field(field(plan, 'stammdaten'), 'foerderkategorien')))
    kategorien += 1 + list(field(c, 'lines')).length;
  if (kategorien > MAX_KATEGORIEN)
    errors.push({
      path: 'plan.stammdaten.foerderkategorien',
      message: `zu viele Förderkategorien: ${formatCount(kategorien)} mit ihren Zeilen (höchstens ${formatCount(MAX_KATEGORIEN)})`,
    });
  return errors;
}
