import { describe, expect, it, vi } from 'vitest';
import {
  MAX_FILE_BYTES,
  parsePlanFile,
  serializePlanFile,
  validatePlan,
} from '../../../shared/file/planFile';
import {
  MAX_ENTRIES,
  MAX_KEYS_PER_OBJECT,
  checkJsonBounds,
  fewEntries,
} from '../../../shared/file/jsonBounds';
import { planSchema } from '../../../shared/file/planSchema';
import { SCHEMA_VERSION } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { parseBackup } from '../../../shared/storage/backupFormat';
import { generatePlan } from '../../support/generatePlan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON

/** The Beispielplan file as JSON, changed by `edit`, parsed back. */
function parseEdited(edit: (file: Json) => void) {
  const file = JSON.parse(serializePlanFile(beispielplan())) as Json;
  edit(file);
  return parsePlanFile(JSON.stringify(file));
}

describe('plan file: round trip', () => {
  it('the Beispielplan survives serialize → parse unchanged', () => {
    const plan = beispielplan();
    const r = parsePlanFile(serializePlanFile(plan));
    expect(r).toEqual({ ok: true, plan });
  });

  it('writes the envelope with format marker, schema version and save time', () => {
    const text = serializePlanFile(beispielplan(), new Date('2016-01-05T09:30:00Z'));
    const json = JSON.parse(text) as Json;
    expect(json).toMatchObject({
      format: 'amip-planer-plan',
      schemaVersion: SCHEMA_VERSION,
      savedAt: '2016-01-05T09:30:00.000Z',
    });
    expect(text).toContain('\n  "plan": {'); // pretty-printed, diff-friendly
  });

  it('keeps formulas and a plan with the Umschichtung typed as quote', () => {
    const plan = beispielplan();
    plan.haushalt.umschichtung.plan = { mode: 'quote', quote: 0.021 };
    plan.formeln = { 'row.r-mag.mittelansatz': '=40*2000', 'hh.umschichtungsquote.plan': '=4,2/2' };
    expect(parsePlanFile(serializePlanFile(plan))).toEqual({ ok: true, plan });
  });

  it('accepts a byte order mark', () => {
    expect(parsePlanFile('\uFEFF' + serializePlanFile(beispielplan())).ok).toBe(true);
  });
});

describe('plan file: refused with a German message and the JSON path', () => {
  it.each<[string, (f: Json) => void, string, string]>([
    [
      'text in Eintritte',
      (f) => (f.plan.schwerpunkte[1].rows[3].eintritte = 'abc'),
      'plan.schwerpunkte[1].rows[3].eintritte',
      'Zahl ≥ 0 erwartet, gefunden "abc"',
    ],
    [
      'negative Eintritte',
      (f) => (f.plan.schwerpunkte[0].rows[0].eintritte = -3),
      'plan.schwerpunkte[0].rows[0].eintritte',
      'Zahl ≥ 0 erwartet, gefunden -3',
    ],
    [
      'fractional Eintritte',
      (f) => (f.plan.schwerpunkte[0].rows[0].eintritte = 2.5),
      'plan.schwerpunkte[0].rows[0].eintritte',
      'ganze Zahl erwartet, gefunden 2.5',
    ],
    [
      'three decimals on money',
      (f) => (f.plan.drittmittel[0].betragJahr = 1.234),
      'plan.drittmittel[0].betragJahr',
      'Betrag mit höchstens 2 Nachkommastellen erwartet, gefunden 1.234',
    ],
    [
      'negative money',
      (f) => (f.plan.haushalt.vorbindungen.plan = -1),
      'plan.haushalt.vorbindungen.plan',
      'Zahl ≥ 0 erwartet, gefunden -1',
    ],
    [
      'missing field',
      (f) => delete f.plan.header.jobcenter,
      'plan.header.jobcenter',
      'fehlt (Text erwartet)',
    ],
    [
      'wrong status',
      (f) => (f.plan.header.status = 'fertig'),
      'plan.header.status',
      'Status (Entwurf, Abstimmung, beschlossen, Fortschreibung) erwartet, gefunden "fertig"',
    ],
    [
      'bad timestamp',
      (f) => (f.plan.header.changedAt = 'gestern'),
      'plan.header.changedAt',
      'Zeitpunkt im ISO-Format erwartet, gefunden "gestern"',
    ],
    [
      'unknown Finanzierung',
      (f) => (f.plan.schwerpunkte[0].rows[0].finanzierung = { art: 'Bund' }),
      'plan.schwerpunkte[0].rows[0].finanzierung.art',
      'einer von "EGT", "Drittmittel", "enthalten", "kommunal" erwartet, gefunden "Bund"',
    ],
    [
      'unknown row kind',
      (f) => (f.plan.schwerpunkte[0].rows[1].kind = 'summe'),
      'plan.schwerpunkte[0].rows[1].kind',
      'einer von "instrument", "reference" erwartet, gefunden "summe"',
    ],
    [
      'flag as text',
      (f) => (f.plan.schwerpunkte[0].rows[0].nachrichtlich = 'ja'),
      'plan.schwerpunkte[0].rows[0].nachrichtlich',
      'true oder false erwartet, gefunden "ja"',
    ],
    [
      'share above 100 %',
      (f) => (f.plan.haushalt.umschichtung.plan = { mode: 'quote', quote: 2 }),
      'plan.haushalt.umschichtung.plan.quote',
      'Anteil zwischen 0 und 1 erwartet, gefunden 2',
    ],
    [
      'rows not a list',
      (f) => (f.plan.schwerpunkte[0].rows = {}),
      'plan.schwerpunkte[0].rows',
      'Liste erwartet, gefunden ein Objekt',
    ],
    [
      'plan of a wrong version',
      (f) => (f.plan.schemaVersion = 7),
      'plan.schemaVersion',
      `Dateiformat-Version ${SCHEMA_VERSION} erwartet, gefunden 7`,
    ],
    [
      'duplicate row id',
      (f) => (f.plan.schwerpunkte[2].rows[0].id = 'r-mag'),
      'plan.schwerpunkte[2].rows[0].id',
      'Kennung "r-mag" kommt doppelt vor (zuerst bei plan.schwerpunkte[0].rows[0].id)',
    ],
    [
      'duplicate area id',
      (f) => (f.plan.schwerpunkte[1].id = 'hs-integration'),
      'plan.schwerpunkte[1].id',
      'Kennung "hs-integration" kommt doppelt vor (zuerst bei plan.schwerpunkte[0].id)',
    ],
    [
      'duplicate Drittmittel id',
      (f) => (f.plan.drittmittel[1].id = 'dm-esf-lza'),
      'plan.drittmittel[1].id',
      'Kennung "dm-esf-lza" kommt doppelt vor (zuerst bei plan.drittmittel[0].id)',
    ],
    [
      'reference to a missing row',
      (f) => f.plan.schwerpunkte[3].rows.push({ kind: 'reference', id: 'ref-1', ownerRowId: 'r-weg' }),
      'plan.schwerpunkte[3].rows[4].ownerRowId',
      'Verweis auf Zeile "r-weg", die es nicht gibt',
    ],
    [
      '"enthalten in" a missing row',
      (f) => (f.plan.schwerpunkte[1].rows[3].finanzierung.inRowId = 'r-weg'),
      'plan.schwerpunkte[1].rows[3].finanzierung.inRowId',
      '„enthalten in“ verweist auf Zeile "r-weg", die es nicht gibt',
    ],
    [
      'Drittmittel programme missing',
      (f) => (f.plan.schwerpunkte[3].rows[3].finanzierung.programmId = 'dm-weg'),
      'plan.schwerpunkte[3].rows[3].finanzierung.programmId',
      'Drittmittel-Programm "dm-weg" gibt es nicht',
    ],
    [
      'formula key that is no cell key',
      (f) => (f.plan.formeln = { A1: '=1' }),
      'plan.formeln.A1',
      '"A1" ist keine Eingabezelle',
    ],
    [
      'formula for a missing row',
      (f) => (f.plan.formeln = { 'row.r-weg.eintritte': '=1' }),
      'plan.formeln["row.r-weg.eintritte"]',
      'Zelle "row.r-weg.eintritte" gibt es in diesem Plan nicht',
    ],
    [
      'formula without "="',
      (f) => (f.plan.formeln = { 'row.r-mag.eintritte': '1000' }),
      'plan.formeln["row.r-mag.eintritte"]',
      'Formel muss mit "=" beginnen, gefunden "1000"',
    ],
  ])('%s', (_name, edit, path, message) => {
    const r = parseEdited(edit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ path, message });
  });

  it('reports every problem, not just the first', () => {
    const r = parseEdited((f) => {
      f.plan.schwerpunkte[0].rows[0].eintritte = 'x';
      f.plan.schwerpunkte[0].rows[1].mittelansatz = -1;
    });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual([
      'plan.schwerpunkte[0].rows[0].eintritte',
      'plan.schwerpunkte[0].rows[1].mittelansatz',
    ]);
  });

  it.each<[string, string, string, string]>([
    ['not JSON', '{"format": "amip-planer-plan",', '', 'keine gültige JSON-Datei'],
    [
      'a JSON list',
      '[1, 2]',
      '',
      'keine AMIP-Planer-Datei (JSON-Objekt mit "format": "amip-planer-plan" erwartet)',
    ],
    [
      'no format marker',
      '{"plan": {}}',
      'format',
      'keine AMIP-Planer-Datei (Angabe "format": "amip-planer-plan" fehlt)',
    ],
    [
      'another format',
      '{"format": "excalidraw", "plan": {}}',
      'format',
      'keine AMIP-Planer-Datei ("amip-planer-plan" erwartet, gefunden "excalidraw")',
    ],
    [
      'no version',
      '{"format": "amip-planer-plan", "plan": {}}',
      'schemaVersion',
      'fehlt (Dateiformat-Version erwartet)',
    ],
    [
      'version as text',
      '{"format": "amip-planer-plan", "schemaVersion": "1", "plan": {}}',
      'schemaVersion',
      'Dateiformat-Version (ganze Zahl ≥ 0) erwartet, gefunden "1"',
    ],
    ['no plan', '{"format": "amip-planer-plan", "schemaVersion": 1}', 'plan', 'fehlt (Planinhalt erwartet)'],
    [
      'plan is null',
      '{"format": "amip-planer-plan", "schemaVersion": 1, "plan": null}',
      'plan',
      'Objekt erwartet, gefunden null',
    ],
  ])('envelope: %s', (_name, text, path, message) => {
    const r = parsePlanFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ path, message: expect.stringContaining(message) });
  });

  it('names line and column of a JSON syntax error when the runtime reports a position', () => {
    const r = parsePlanFile('{\n  "format": "amip-planer-plan",\n  "plan": }');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]!.message).toMatch(/^keine gültige JSON-Datei( \(Fehler in Zeile 3, Spalte \d+\))?$/);
  });

  it('refuses a file saved by a newer AMIP-Planer', () => {
    const r = parseEdited((f) => (f.schemaVersion = SCHEMA_VERSION + 1));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: expect.stringContaining('mit einer neueren Version von AMIP-Planer gespeichert'),
        },
      ],
    });
  });
});

describe('plan file: hostile input', () => {
  it('refuses a file above the size limit before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const r = parsePlanFile(' '.repeat(MAX_FILE_BYTES + 1));
      expect(r).toEqual({
        ok: false,
        errors: [{ path: '', message: 'Datei zu groß (50,0 MB, höchstens 50 MB)' }],
      });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('the size limit leaves room for a Land plan of 60.000 rows', () => {
    // A tenth of it, scaled: the file grows linearly with the rows.
    const tenth = serializePlanFile(generatePlan({ rows: 6_300, seed: 2016 })).length;
    expect(tenth * 10).toBeLessThan(MAX_FILE_BYTES * 0.75);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key and pollutes nothing', (key) => {
    const text = serializePlanFile(beispielplan()).replace(
      '"header": {',
      `"header": { "${key}": { "polluted": true },`,
    );
    const r = parsePlanFile(text);
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'plan.header', message: `unzulässiger Schlüssel "${key}"` }],
    });
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
  });

  it('names the path of a prototype key deep in the rows', () => {
    const r = parseEdited((file) => {
      const row = file.plan.schwerpunkte[1].rows[2];
      file.plan.schwerpunkte[1].rows[2] = JSON.parse(
        `{"__proto__": {"x": 1}, "id": ${JSON.stringify(row.id)}}`,
      );
    });
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'plan.schwerpunkte[1].rows[2]', message: 'unzulässiger Schlüssel "__proto__"' }],
    });
  });

  it('refuses deep nesting without crashing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = parsePlanFile(`{"format": "amip-planer-plan", "schemaVersion": 1, "plan": {"id": ${deep}}}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toBe('zu tief verschachtelt (höchstens 64 Ebenen)');
  });

  it('validatePlan checks objects from the database or IPC the same way', () => {
    expect(validatePlan(beispielplan())).toEqual({ ok: true, plan: beispielplan() });
    expect(validatePlan('Plan')).toEqual({
      ok: false,
      errors: [{ path: 'plan', message: 'Objekt erwartet, gefunden "Plan"' }],
    });
    const cyclic = beispielplan() as unknown as Json;
    cyclic.header.self = cyclic;
    // Unknown keys are refused (not silently dropped); a cycle behind one does not hang.
    expect(validatePlan(cyclic)).toEqual({
      ok: false,
      errors: [{ path: 'plan.header.self', message: 'unbekannte Angabe (gehört nicht zum Dateiformat)' }],
    });
    const withFunction = { ...beispielplan(), id: () => 'x' };
    expect(validatePlan(withFunction)).toEqual({
      ok: false,
      errors: [{ path: 'plan.id', message: 'Kennung (Text) erwartet, gefunden einen Wert vom Typ function' }],
    });
  });

  it('leaves a Förderkategorie missing from the Stammdaten to the checks: the plan still opens', () => {
    const r = parseEdited((f) => (f.plan.schwerpunkte[0].rows[0].kategorie = 'XI'));
    expect(r.ok).toBe(true);
  });

  it('validatePlan refuses unknown keys instead of passing them on', () => {
    expect(validatePlan({ ...beispielplan(), extra: 'x' })).toEqual({
      ok: false,
      errors: [{ path: 'plan.extra', message: 'unbekannte Angabe (gehört nicht zum Dateiformat)' }],
    });
  });

  it('refuses unknown keys anywhere in the file, each with its JSON path', () => {
    const r = parseEdited((f) => {
      f.kommentar = 'aus Excel';
      f.plan.header.farbe = 'rot';
      f.plan.schwerpunkte[1].rows[2].notiz = { lang: ['x'] };
      f.plan.haushalt.umschichtung.plan.grund = 'x';
    });
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'kommentar', message: 'unbekannte Angabe (gehört nicht zum Dateiformat)' }],
    });
    const inPlan = parseEdited((f) => {
      f.plan.header.farbe = 'rot';
      f.plan.schwerpunkte[1].rows[2].notiz = { lang: ['x'] };
      f.plan.haushalt.umschichtung.plan.grund = 'x';
    });
    expect(inPlan.ok ? [] : inPlan.errors.map((e) => e.path)).toEqual([
      'plan.header.farbe',
      'plan.haushalt.umschichtung.plan.grund',
      'plan.schwerpunkte[1].rows[2].notiz',
    ]);
  });
});

describe('plan file: bounded before JSON.parse', () => {
  /** The Beispielplan file with `payload` (raw JSON text) under an unknown key of the plan. */
  function withPayload(payload: string): string {
    const file = JSON.parse(serializePlanFile(beispielplan())) as Json;
    file.plan.x = '__PAYLOAD__';
    return JSON.stringify(file).replace('"__PAYLOAD__"', payload);
  }
  /** `[chunk,chunk,…]` of about `bytes` characters. */
  const listOf = (chunk: string, bytes: number) => {
    const n = Math.floor(bytes / (chunk.length + 1));
    return `[${`${chunk},`.repeat(n - 1)}${chunk}]`;
  };

  function refusedUnparsed(text: string) {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const r = parsePlanFile(text);
      expect(parse.mock.calls.filter(([t]) => t.length > 1000)).toEqual([]);
      return r;
    } finally {
      parse.mockRestore();
    }
  }

  it('refuses 43 MB of nested arrays under an unknown key without parsing it', () => {
    const text = withPayload(listOf(`${'['.repeat(60)}${']'.repeat(60)}`, 43 * 1024 * 1024));
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const r = refusedUnparsed(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toBe(
      'zu viele Einträge (höchstens 4.000.000 Werte in einer Datei; ein Plan mit 60.000 Zeilen hat knapp 900.000)',
    );
    // The path leads into the payload: plan.x[<element>][0][0]…
    expect(r.errors[0]!.path).toMatch(/^plan\.x\[\d+\](\[0\])+$/);
  });

  it.each([
    ['empty arrays', '[]'],
    ['empty objects', '{}'],
    ['zeros', '0'],
    ['short strings', '"a"'],
  ])('refuses 43 MB of %s without parsing it', (_, chunk) => {
    const r = refusedUnparsed(withPayload(listOf(chunk, 43 * 1024 * 1024)));
    expect(r.ok ? '' : r.errors[0]!.path).toMatch(/^plan\.x\[\d+\]/);
  });

  it('the entry bound is exact: 4.000.000 entries pass, one more does not', () => {
    // One list: the list itself plus one comma per further value.
    const atBound = `[${'0,'.repeat(MAX_ENTRIES - 1)}0]`;
    expect(checkJsonBounds(atBound)).toBeNull();
    expect(checkJsonBounds(`[${'0,'.repeat(MAX_ENTRIES)}0]`)).toEqual({
      path: '[4000000]',
      message: expect.stringContaining('zu viele Einträge'),
    });
  });

  it('brackets, commas and escaped quotes inside strings do not count', () => {
    const text = JSON.stringify({ a: '[[[[,,,,{{{{\\"\\\\', b: ['\\"[', 1] });
    expect(checkJsonBounds(text)).toBeNull();
    const deepInString = JSON.stringify({ text: '['.repeat(1000) });
    expect(checkJsonBounds(deepInString)).toBeNull();
  });

  it('a string ends at the first quote after an even run of backslashes, as JSON.parse reads it', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = ['\\', '"', '[', '{', ',', 'a', 'ß', '„'];
    for (let n = 0; n < 300; n++) {
      const s = Array.from(
        { length: Math.floor(rnd() * 12) },
        () => alphabet[Math.floor(rnd() * alphabet.length)],
      ).join('');
      // Brackets and commas inside the string must not count: 63 levels behind it pass, 64 do not.
      const within = `[${JSON.stringify(s)},${'['.repeat(63)}${']'.repeat(63)}]`;
      const beyond = `[${JSON.stringify(s)},${'['.repeat(64)}${']'.repeat(64)}]`;
      expect(JSON.parse(within)[0]).toBe(s);
      expect(checkJsonBounds(within), within).toBeNull();
      expect(checkJsonBounds(beyond)?.message, beyond).toBe('zu tief verschachtelt (höchstens 64 Ebenen)');
    }
  });

  it('the depth is counted as a plain character walk counts it, in broken texts too', () => {
    let seed = 3;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = ['[', '[', '[', '[', '{', '{', ']', '}', ',', '"', '\\', 'a', ' ', '\n'];
    /** The first place the nesting passes 64 levels, walked character by character. */
    const tooDeepAt = (text: string): number | null => {
      let depth = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
          for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
        } else if (c === '[' || c === '{') {
          if (++depth > 64) return i;
        } else if (c === ']' || c === '}') depth--;
      }
      return null;
    };
    let deep = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from(
        { length: 60 + Math.floor(rnd() * 400) },
        () => alphabet[Math.floor(rnd() * alphabet.length)],
      ).join('');
      const at = tooDeepAt(text);
      if (at !== null) deep++;
      expect(checkJsonBounds(text)?.message ?? null, text).toBe(
        at === null ? null : 'zu tief verschachtelt (höchstens 64 Ebenen)',
      );
    }
    expect(deep).toBeGreaterThan(50);
  });

  it('a text with few values is parsed before its depth is scanned, and refused with the same words', () => {
    const deep = `${'['.repeat(70)}${']'.repeat(70)}`;
    const file = JSON.parse(serializePlanFile(beispielplan())) as Json;
    const variants: string[] = [];
    const edited = (edit: (f: Json) => void) => {
      const f = structuredClone(file);
      edit(f);
      variants.push(JSON.stringify(f).replace('"__DEEP__"', deep));
    };
    edited((f) => (f.plan.header.jobcenter = '__DEEP__'));
    edited((f) => (f.plan.schwerpunkte[1].rows[2].instrument = '__DEEP__'));
    edited((f) => (f.plan.schwerpunkte[0].rows[0].zielgruppen = '__DEEP__'));
    edited((f) => (f.plan.formeln['row.x.eintritte'] = '__DEEP__'));
    edited((f) => (f.savedAt = '__DEEP__'));
    edited((f) => (f.schemaVersion = '__DEEP__'));
    edited((f) => {
      f.schemaVersion = 1;
      f.plan.notizen = '__DEEP__';
    });
    edited((f) => {
      f.format = 'anderes';
      f.plan.notizen = '__DEEP__';
    });
    variants.push(`${variants[0]!.slice(0, -1)},}`, `[1, ${deep}]`, `{"a": ${deep}`);
    for (const text of variants) {
      expect(fewEntries(text)).toBe(true);
      const bound = checkJsonBounds(text);
      expect(bound?.message).toBe('zu tief verschachtelt (höchstens 64 Ebenen)');
      expect(parsePlanFile(text), text.slice(0, 200)).toEqual({ ok: false, errors: [bound] });
    }
    // A plan of 10.000 rows is counted, not scanned; one of 20.000 is scanned.
    expect(fewEntries(serializePlanFile(generatePlan({ rows: 10_000, seed: 2016 })))).toBe(true);
    expect(fewEntries(serializePlanFile(generatePlan({ rows: 20_000, seed: 2016 })))).toBe(false);
    // A text shorter than the bound is few without counting; at the bound the count decides.
    for (const c of [',', '{', '[']) {
      expect(fewEntries(c.repeat(MAX_KEYS_PER_OBJECT - 1))).toBe(true);
      expect(fewEntries(c.repeat(MAX_KEYS_PER_OBJECT))).toBe(false);
      expect(fewEntries(`${c.repeat(MAX_KEYS_PER_OBJECT - 1)} `)).toBe(true);
    }
  });

  it('names the path of too deep nesting, keys with escapes included', () => {
    const text = `{"plan": {"a\\"b": [1, {"c": ${'['.repeat(70)}${']'.repeat(70)}}]}}`;
    expect(checkJsonBounds(text)).toEqual({
      path: 'plan["a\\"b"][1].c[0][0][0][0]',
      message: 'zu tief verschachtelt (höchstens 64 Ebenen)',
    });
  });

  it('an object with more than 250.000 keys is refused before parsing, 60.000 rows × 4 formulas are not', () => {
    const formeln = (n: number) =>
      `{${Array.from({ length: n }, (_, i) => `"row.r${i}.eintritte":"=${i}"`).join(',')}}`;
    expect(checkJsonBounds(`{"plan": {"formeln": ${formeln(60_000 * 4)}}}`)).toBeNull();
    const r = refusedUnparsed(withPayload(formeln(MAX_KEYS_PER_OBJECT + 1)));
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: `plan.x["row.r${MAX_KEYS_PER_OBJECT - 1}.eintritte"]`,
        message: 'zu viele Angaben in einem Objekt (höchstens 250.000)',
      },
    ]);
  });

  it('99.000 wrong rows inside every bound give the first 50 problems, not 99.000', () => {
    const file = JSON.parse(serializePlanFile(beispielplan())) as Json;
    file.plan.schwerpunkte[0].rows = '__PAYLOAD__';
    const text = JSON.stringify(file).replace('"__PAYLOAD__"', `[${'0,'.repeat(98_999)}0]`);
    const r = parsePlanFile(text);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toHaveLength(50);
    expect(errors[0]!.path).toBe('plan.schwerpunkte[0].rows[0]');
    expect(errors[49]!.path).toBe('plan.schwerpunkte[0].rows[49]');
  });

  it('4 million Berufsbereiche are refused as too many, with one message', () => {
    const file = JSON.parse(serializePlanFile(beispielplan())) as Json;
    file.plan.stammdaten.berufsbereiche = '__PAYLOAD__';
    const text = JSON.stringify(file).replace('"__PAYLOAD__"', `[${'"a",'.repeat(3_999_000)}"a"]`);
    const r = parsePlanFile(text);
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: 'plan.stammdaten.berufsbereiche',
        message: expect.stringContaining('höchstens 99 Berufsbereichen'),
      },
    ]);
  });

  it('relies on zod stopping a container at its first problem (the flag behind validate())', () => {
    const plan = {
      ...beispielplan(),
      stammdaten: { ...beispielplan().stammdaten, berufsbereiche: [0, 0, 0, 0] },
    };
    const all = planSchema.safeParse(plan);
    const first = planSchema.safeParse(plan, { abortEarly: true } as never);
    expect(all.error?.issues).toHaveLength(4);
    expect(first.error?.issues).toHaveLength(1);
  });

  it('a backup file is bounded the same way', () => {
    const backup = `{"format": "amip-planer-sicherung", "plans": ${listOf('[]', 12 * 1024 * 1024)}}`;
    const r = parseBackup(backup);
    expect(r.ok ? '' : r.errors[0]!.message).toContain('zu viele Einträge');
  });
});

describe('small lists are bounded', () => {
  it('refuses 4 million Berufsbereiche, too many Deckel rules and too many Handlungsschwerpunkte, naming the list', () => {
    const plan = beispielplan();
    const many = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
    const cases: [string, unknown][] = [
      [
        'plan.stammdaten.berufsbereiche',
        { ...plan, stammdaten: { ...plan.stammdaten, berufsbereiche: many(100, 'a') } },
      ],
      [
        'plan.stammdaten.deckel',
        { ...plan, stammdaten: { ...plan.stammdaten, deckel: many(101, plan.stammdaten.deckel[0]) } },
      ],
      ['plan.schwerpunkte', { ...plan, schwerpunkte: many(1001, { id: 'x', name: 'x', rows: [] }) }],
    ];
    for (const [path, value] of cases) {
      const r = validatePlan(value);
      expect(r.ok ? [] : r.errors.map((e) => e.path), path).toContain(path);
    }
    expect(validatePlan(plan).ok).toBe(true);
  });
});
