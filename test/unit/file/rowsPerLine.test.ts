import { describe, expect, it } from 'vitest';
import { parsePlanFile, serializePlanFile } from '../../../shared/file/planFile';
import { asciiJson } from '../../../shared/file/asciiJson';
import { stringifyRowsPerLine } from '../../../shared/file/rowsPerLine';
import type { InstrumentRow } from '../../../shared/model/plan';
import { seededRandom } from '../../support/generatePlan';
import { landCorpus } from '../../support/landCorpus';

/** Random JSON-ish values, with what JSON.stringify treats specially. */
function randomValue(rand: () => number, depth: number): unknown {
  const pick = Math.floor(rand() * (depth > 4 ? 6 : 11));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return [0, -0, 1.5, -2e21, Number.NaN, Number.POSITIVE_INFINITY][Math.floor(rand() * 6)];
    case 3:
      return ['', 'Maßnahme "A"', 'Zeile\nzwei\t\\', '\u2028\uD83D\uDE00', '</script>'][
        Math.floor(rand() * 5)
      ];
    case 4:
      return undefined;
    case 5:
      return new Date(Date.UTC(2016, 0, 1 + Math.floor(rand() * 365)));
    case 6:
    case 7:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 5) }, (_, i) => [
          ['id', '__proto__x', 'ä ö', '', `k${i}`][i % 5]!,
          rand() < 0.1 ? () => 1 : randomValue(rand, depth + 1),
        ]),
      );
  }
}

describe('plan files written one row per line', () => {
  it('reads back as JSON.stringify writes, for every plan of the Land corpus and random values', () => {
    for (const { name, plan } of landCorpus().slice(0, 60)) {
      expect(JSON.parse(stringifyRowsPerLine(plan)), name).toEqual(JSON.parse(JSON.stringify(plan)));
    }
    const rand = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const value = randomValue(rand, 0);
      const want = JSON.stringify(value);
      expect(JSON.parse(stringifyRowsPerLine(value) ?? 'null')).toEqual(
        want === undefined ? null : JSON.parse(want),
      );
    }
  });

  it('each Maßnahme row stands on a line of its own; the rest is indented as before', () => {
    const plan = landCorpus().find((c) => c.plan.schwerpunkte.some((a) => a.rows.length > 20))!.plan;
    const text = serializePlanFile(plan, new Date('2026-12-01T00:00:00Z'));
    const lines = text.split('\n').map((l) => l.trim().replace(/,$/, ''));
    for (const row of plan.schwerpunkte.flatMap((a) => a.rows))
      expect(lines).toContain(asciiJson(JSON.stringify(row)));
    // the envelope and the Haushalt keep one key per line
    expect(text.startsWith('{\n  "format": "amip-planer-plan",\n  "schemaVersion": ')).toBe(true);
    expect(lines).toContain('"mittelausstattung": {');
    expect(text.length).toBeLessThan(0.7 * JSON.stringify({ plan }, null, 2).length);
    const read = parsePlanFile(text);
    expect(read.ok && read.plan).toEqual(plan);
  });

  it('is all ASCII: umlauts and every other character beyond it as escapes, read back the same', () => {
    const plan = landCorpus().find((c) => c.plan.schwerpunkte.some((a) => a.rows.length > 20))!.plan;
    const row = plan.schwerpunkte
      .flatMap((a) => a.rows)
      .find((r): r is InstrumentRow => r.kind === 'instrument')!;
    // Umlauts, ß, „quotes“, §, €, an emoji (a surrogate pair) and a line separator.
    row.instrument = 'Eingliederungszuschüsse „Älter“ § 16 € 😀\u2028 Straße';
    const text = serializePlanFile(plan, new Date('2026-12-01T00:00:00Z'));
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(text).toContain(
      'Eingliederungszusch\\u00fcsse \\u201e\\u00c4lter\\u201c \\u00a7 16 \\u20ac \\ud83d\\ude00',
    );
    const read = parsePlanFile(text);
    expect(read.ok && read.plan).toEqual(plan);
    // Nothing but the escapes changed: undone, the name stands in the text as typed.
    const unescaped = text.replace(/\\u([0-9a-f]{4})/g, (_, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    );
    expect(unescaped).toContain(`"instrument":"${row.instrument}"`);
    expect(asciiJson('"a\u00e4b"')).toBe('"a\\u00e4b"');
    expect(asciiJson(JSON.stringify('ü\uFFFF\u007f'))).toBe('"\\u00fc\\uffff\u007f"');
  });
});
