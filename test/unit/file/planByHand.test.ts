import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planByHand, planReader } from '../../../shared/file/planByHand';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../../shared/file/planFile';
import { MAX_ID, MAX_TEXT, planSchema } from '../../../shared/file/planSchema';
import { NOT_SURE, schemaByHand } from '../../../shared/file/schemaByHand';
import { MAX_ANZAHL, MAX_BETRAG } from '../../../shared/input/limits';
import { newZiel } from '../../../shared/model/newLines';
import { SAMPLES } from '../../../shared/sample/samples';
import { emptyPlan } from '../../../shared/storage/newPlans';
import { seededRandom } from '../../support/generatePlan';
import { generateLand } from '../../support/generateLand';

/** Values at and beyond the bounds of the schema, of the wrong type, and hostile ones. */
const ODD: unknown[] = [
  null,
  0,
  -0,
  -1,
  1,
  3,
  12,
  13,
  1989,
  2016,
  2201,
  0.5,
  1.005,
  1e-7,
  11,
  -1.5,
  MAX_ANZAHL,
  MAX_ANZAHL + 1,
  MAX_BETRAG,
  MAX_BETRAG + 0.01,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  'x',
  'U25',
  'u25',
  'a.b',
  '2016-01-31',
  '2016-1-31',
  '2016-13',
  '2016-12',
  '2026-12-01T00:00:00.000Z',
  '2026-12-01T00:00:00+01:00',
  '2026-12-01 00:00',
  'entwurf',
  'gE',
  'zkT',
  'EGT',
  'line',
  'darunter',
  'x'.repeat(MAX_ID),
  'x'.repeat(MAX_ID + 1),
  // 200 code points in 400 UTF-16 units: zod counts code points, the hand check must ask it
  '😀'.repeat(MAX_ID),
  '😀'.repeat(MAX_ID + 1),
  'x'.repeat(MAX_TEXT + 1),
  '=1+2',
  'https://example.org',
  'javascript:alert(1)',
  true,
  false,
  [],
  [1],
  ['x'],
  {},
  { plan: 1, vorjahr: 2 },
  { art: 'EGT' },
  { t: 'text', text: 'a' },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {}}}') as unknown,
];

type Node = Record<string, unknown> | unknown[];
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object';

/** Every container of the value with its path, the rows apart (a plan is mostly rows). */
function containers(root: Node): { rows: Node[]; rest: Node[] } {
  const rows: Node[] = [];
  const rest: Node[] = [];
  const walk = (v: Node, inRows: boolean) => {
    (inRows ? rows : rest).push(v);
    for (const [key, child] of Object.entries(v)) if (isNode(child)) walk(child, inRows || key === 'rows');
  };
  walk(root, false);
  return { rows, rest };
}

/** One seeded change somewhere in the plan: a value, a key, the order of keys, a list. */
function mutate(plan: Node, rnd: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const { rows, rest } = containers(plan);
  const at = rnd() < 0.25 && rows.length > 0 ? pick(rows) : pick(rest);
  const keys = Object.keys(at);
  const r = rnd();
  if (Array.isArray(at)) {
    if (r < 0.4 && at.length > 0) at[Math.floor(rnd() * at.length)] = structuredClone(pick(ODD));
    else if (r < 0.6 && at.length > 0) at.push(structuredClone(at[0]));
    else if (r < 0.8) at.splice(Math.floor(rnd() * at.length), 1);
    else at.push(structuredClone(pick(ODD)));
    return;
  }
  if (r < 0.55 && keys.length > 0) at[pick(keys)] = structuredClone(pick(ODD));
  else if (r < 0.65 && keys.length > 0) delete at[pick(keys)];
  else if (r < 0.72) at[pick(['extra', 'Id', 'kategorie', 'zielgruppen', 'beginn', 'quote'])] = pick(ODD);
  else if (r < 0.76)
    // as JSON.parse makes it: an own key, not the prototype
    Object.defineProperty(at, pick(['__proto__', 'constructor', 'prototype']), {
      value: {},
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else if (keys.length > 1) {
    // the same keys in another order: zod copies them into its order
    const entries = Object.entries(at);
    const [moved] = entries.splice(Math.floor(rnd() * entries.length), 1);
    entries.push(moved!);
    for (const key of keys) delete at[key];
    for (const [key, value] of entries) at[key] = value;
  }
}

describe('a plan read by hand from the schema itself (schemaByHand.ts)', () => {
  const plans = [...SAMPLES.map((s) => s.build()), ...generateLand({ count: 8, meanRows: 25, seed: 7 })].map(
    (p) => JSON.parse(serializePlanFile(p)).plan as Record<string, unknown>,
  );

  it('knows every kind of schema and check planSchema uses', () => {
    expect(planReader().gaps).toEqual([]);
  });

  it('calls a schema or check it does not know a gap and leaves such values to zod', () => {
    const cases: [z.ZodType, unknown, RegExp][] = [
      [z.strictObject({ name: z.string().trim() }), { name: 'a' }, /name: Prüfung overwrite/],
      [z.strictObject({ list: z.array(z.string()).default([]) }), { list: [] }, /list: optin defaulted/],
      [
        z.strictObject({ loose: z.object({ a: z.number() }) }),
        { loose: { a: 1 } },
        /loose: Objekt ohne strictObject/,
      ],
      [z.strictObject({ n: z.number().multipleOf(2) }), { n: 2 }, /n: Prüfung multiple_of/],
      [z.strictObject({ n: z.string().optional() }), { n: 'a' }, /n: optional/],
      [z.array(z.union([z.string(), z.number()])), ['a'], /\[\]: union ohne Diskriminator/],
    ];
    for (const [schema, value, gap] of cases) {
      expect(schema.safeParse(value).success).toBe(true);
      const { read, gaps } = schemaByHand(schema);
      expect(gaps.join(' ')).toMatch(gap);
      expect(read(value)).toBe(NOT_SURE);
    }
  });

  it('takes every sample and generated plan as zod returns it, the very object when its keys are in order', () => {
    for (const plan of plans) {
      const zod = planSchema.safeParse(plan);
      const hand = planByHand(plan);
      expect(zod.success).toBe(true);
      expect(JSON.stringify(hand)).toBe(JSON.stringify(zod.data));
      const inOrder = JSON.parse(JSON.stringify(zod.data)) as unknown;
      expect(planByHand(inOrder)).toBe(inOrder);
    }
  });

  it('a plan the app builds (samples, new plans, a new Ziel, the Land generator) is written in the schema’s key order: read as the very object, no copy', () => {
    const fresh = {
      id: 'neu',
      jobcenter: 'Jobcenter Neu',
      year: 2017,
      now: '2026-12-01T00:00:00.000Z',
      author: 'Test',
    };
    const built = [
      ...SAMPLES.map((s) => s.build()),
      emptyPlan({ ...fresh, schwerpunkte: 'keine' }),
      emptyPlan({ ...fresh, schwerpunkte: 'vorlage' }),
      ...generateLand({ count: 12, meanRows: 20, seed: 3 }),
    ];
    built[0]!.zielvereinbarung.ziele.push(newZiel());
    for (const plan of built) {
      // as a plan file carries it: the plan written and parsed, nothing else changed
      const value = JSON.parse(JSON.stringify(plan)) as unknown;
      expect(planByHand(value), plan.id).toBe(value);
    }
  });

  it('gives zod’s verdict and output on thousands of changed plans, and a file opens the same', () => {
    // In the schema's key order, so a copy is made only where a change calls for one.
    const ordered = plans.map(
      (p) => JSON.parse(JSON.stringify(planSchema.parse(p))) as Record<string, unknown>,
    );
    const rnd = seededRandom(18);
    let byHand = 0;
    let refused = 0;
    let copied = 0;
    let unsure = 0;
    for (let n = 0; n < 2000; n++) {
      const plan = structuredClone(ordered[n % ordered.length]!);
      mutate(plan, rnd);
      if (rnd() < 0.3) mutate(plan, rnd);
      const hand = planByHand(plan);
      const zod = planSchema.safeParse(plan);
      const shown = `Fall ${n}`;
      if (hand) {
        byHand++;
        if ((hand as unknown) !== plan) copied++;
        expect(zod.success, shown).toBe(true);
        expect(JSON.stringify(hand), shown).toBe(JSON.stringify(zod.data));
        expect(hand, shown).toStrictEqual(zod.data);
      } else if (!zod.success) refused++;
      else unsure++;
      // The file: the same verdict, messages and plan as the path without the hand check.
      if (n % 3 === 0) {
        const text = serializePlanFile(plan as never);
        const file = parsePlanFile(text);
        const reference = validatePlan((JSON.parse(text) as { plan: unknown }).plan);
        expect(file, shown).toStrictEqual(reference);
        if (file.ok && reference.ok)
          expect(JSON.stringify(file.plan), shown).toBe(JSON.stringify(reference.plan));
      }
    }
    // Both verdicts are exercised often, and a valid plan is read by hand.
    expect(byHand).toBeGreaterThan(500);
    expect(copied).toBeGreaterThan(80);
    expect(refused).toBeGreaterThan(900);
    expect(unsure).toBeLessThan(20);
  }, 120_000);

  it('still walks an object in the envelope beside a plan read by hand', () => {
    const text = serializePlanFile(SAMPLES[0]!.build());
    const withSavedAt = (json: string) => text.replace(/"savedAt": "[^"]*"/, `"savedAt": ${json}`);
    expect(parsePlanFile(withSavedAt(`${'['.repeat(70)}${']'.repeat(70)}`))).toEqual({
      ok: false,
      errors: [
        { path: 'savedAt[0][0][0][0][0][0][0]', message: 'zu tief verschachtelt (höchstens 64 Ebenen)' },
      ],
    });
    expect(parsePlanFile(withSavedAt('{"__proto__": {"x": 1}}'))).toEqual({
      ok: false,
      errors: [{ path: 'savedAt', message: 'unzulässiger Schlüssel "__proto__"' }],
    });
    expect(parsePlanFile(withSavedAt('{"a": 1}')).ok).toBe(true);
  });
});
