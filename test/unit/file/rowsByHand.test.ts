import { describe, expect, it } from 'vitest';
import { rowByHand, rowsByHand } from '../../../shared/file/rowsByHand';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../../shared/file/planFile';
import { MAX_TEXT, portfolioRow } from '../../../shared/file/planSchema';
import { MAX_ANZAHL, MAX_BETRAG, MAX_ZIELGRUPPEN } from '../../../shared/input/limits';
import { MAX_LAUFZEIT } from '../../../shared/model/budget';
import { SAMPLES } from '../../../shared/sample/samples';
import { generatePlan, seededRandom } from '../../support/generatePlan';

/** Values at and beyond every bound of the row schema, and of the wrong type. */
const ODD: unknown[] = [
  null,
  undefined,
  0,
  -0,
  -1,
  1,
  12,
  13,
  0.5,
  0.07,
  1.005,
  12.345,
  1e-7,
  MAX_LAUFZEIT,
  MAX_LAUFZEIT + 1,
  MAX_ANZAHL,
  MAX_ANZAHL + 1,
  MAX_BETRAG,
  MAX_BETRAG + 0.01,
  MAX_BETRAG - 0.01,
  NaN,
  Infinity,
  -Infinity,
  '',
  'x',
  '12',
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(MAX_TEXT),
  'x'.repeat(MAX_TEXT + 1),
  true,
  false,
  [],
  {},
  'instrument',
  'reference',
  { art: 'EGT' },
  { art: 'kommunal' },
  { art: 'kommunal', inRowId: null },
  { art: 'EGT', programmId: null },
  { art: 'Drittmittel', programmId: null },
  { programmId: 'p-1', art: 'Drittmittel' },
  { art: 'Drittmittel', programmId: '' },
  { art: 'Drittmittel' },
  { art: 'enthalten', inRowId: 'r-1' },
  { art: 'enthalten', inRowId: 'r-1', extra: 1 },
  { art: 'sonstig' },
  [{ zielgruppeId: 'u25', art: 'ganz' }],
  [{ art: 'ganz', zielgruppeId: 'u25' }],
  [{ zielgruppeId: 'U25', art: 'ganz' }],
  [{ zielgruppeId: 'u25', art: 'teil', eintritte: 3, betrag: 10.5 }],
  [{ zielgruppeId: 'u25', art: 'teil', eintritte: 3.5, betrag: 10 }],
  [{ zielgruppeId: 'u25', art: 'teil', eintritte: 3 }],
  [{ zielgruppeId: 'u25', art: 'prozent', anteil: 0.4 }],
  [{ zielgruppeId: 'u25', art: 'prozent', anteil: 1.4 }],
  [{ zielgruppeId: 'u25', art: 'prozent', anteil: null, extra: 1 }],
  Array.from({ length: MAX_ZIELGRUPPEN + 1 }, () => ({ zielgruppeId: 'u25', art: 'ganz' })),
];

/** Optional keys of the rows with a valid value, set on copies so every one of them is exercised. */
const OPTIONAL: Record<string, Record<string, unknown>> = {
  instrument: {
    beginn: 3,
    laufzeit: 24,
    eintritteBis: 40,
    zielgruppen: [{ zielgruppeId: 'u25', art: 'teil', eintritte: 3, betrag: 10.5 }],
  },
  reference: { teilEintritte: 5, teilBetrag: 100.25 },
};

/**
 * The hand check never accepts what zod refuses and then returns what zod returns; the rows
 * function (hand check, else zod per row) gives zod's verdict and output on every row.
 */
function expectSameVerdict(row: unknown): boolean {
  const zod = portfolioRow.safeParse(row);
  const hand = rowByHand(row);
  const shown = JSON.stringify(row)?.slice(0, 300);
  if (hand) expect(zod.success, shown).toBe(true);
  if (hand && zod.success) expect(JSON.stringify(hand), shown).toBe(JSON.stringify(zod.data));
  const rows = rowsByHand([row]);
  expect(rows !== null, shown).toBe(zod.success);
  if (rows && zod.success) expect(JSON.stringify(rows[0]), shown).toBe(JSON.stringify(zod.data));
  return zod.success;
}

describe('portfolio rows checked by hand', () => {
  const sampleRows = [
    ...SAMPLES.flatMap((s) => s.build().schwerpunkte.flatMap((a) => a.rows)),
    ...generatePlan({ rows: 400, seed: 12 }).schwerpunkte.flatMap((a) => a.rows),
  ];

  it('takes every sample and generated row by hand, the very objects, as zod returns them', () => {
    expect(sampleRows.some((r) => r.kind === 'instrument' && r.zielgruppen?.length)).toBe(true);
    expect(sampleRows.some((r) => r.kind === 'instrument' && r.finanzierung.art === 'kommunal')).toBe(true);
    for (const row of sampleRows) {
      const copy = structuredClone(row);
      expect(expectSameVerdict(copy)).toBe(true);
      expect(rowByHand(copy)).toBe(copy);
    }
  });

  it('give zod’s verdict on rows with odd values, extra, missing and reordered keys', () => {
    const rnd = seededRandom(31);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    let valid = 0;
    let invalid = 0;
    let byHand = 0;
    for (let n = 0; n < 8000; n++) {
      const row = structuredClone(pick(sampleRows)) as unknown as Record<string, unknown>;
      // Optional keys on many rows, valid or odd.
      for (const [key, value] of Object.entries(OPTIONAL[row.kind as string]!)) {
        const r = rnd();
        if (r < 0.25) row[key] = structuredClone(value);
        else if (r < 0.3) row[key] = pick(ODD);
      }
      const keys = Object.keys(row);
      const r = rnd();
      if (r < 0.6) row[pick(keys)] = pick(ODD);
      else if (r < 0.7) delete row[pick(keys)];
      else if (r < 0.78)
        row[pick(['extra', 'Kind', 'notiz', ...Object.keys(OPTIONAL.instrument!)])] = pick(ODD);
      else if (r < 0.86) {
        // a key replaced by an unknown one: same count of keys
        delete row[pick(keys)];
        row.unbekannt = null;
      } else if (r < 0.93) {
        // the same keys in another order: zod copies them into its order
        const entries = Object.entries(row);
        const [moved] = entries.splice(Math.floor(rnd() * entries.length), 1);
        entries.push(moved!);
        for (const key of Object.keys(row)) delete row[key];
        Object.assign(row, Object.fromEntries(entries));
      }
      if (rowByHand(row)) byHand++;
      if (expectSameVerdict(row)) valid++;
      else invalid++;
    }
    // Every verdict is exercised often, and the hand check decides most valid rows.
    expect(valid).toBeGreaterThan(1500);
    expect(invalid).toBeGreaterThan(3000);
    expect(byHand).toBeGreaterThan(valid / 2);
  });

  it('a plan opens the same through the hand check as through zod alone, and a bad row still gets zod’s message', () => {
    const plan = generatePlan({ rows: 300, seed: 4 });
    const read = parsePlanFile(serializePlanFile(plan));
    expect(read.ok && JSON.stringify(read.plan)).toBe(JSON.stringify(plan));
    const bad = structuredClone(plan);
    const row = bad.schwerpunkte[2]!.rows.find((r) => r.kind === 'instrument')!;
    (row as { eintritte: unknown }).eintritte = 2.5;
    const expected = {
      path: `plan.schwerpunkte[2].rows[${bad.schwerpunkte[2]!.rows.indexOf(row)}].eintritte`,
      message: 'ganze Zahl erwartet, gefunden 2.5',
    };
    const refused = validatePlan(bad);
    expect(refused.ok ? [] : refused.errors).toEqual([expected]);
    const refusedFile = parsePlanFile(serializePlanFile(bad));
    expect(refusedFile.ok ? [] : refusedFile.errors).toEqual([expected]);
  });
});
