import { beforeAll, describe, expect, it } from 'vitest';
import { makeTakeoverCommand, parseTakeoverArgs } from '../../../../electron/cli/takeoverCommand';
import { runCli } from '../../../../electron/cli/runCli';
import { readLegacyWorkbook } from '../../../../shared/excel/takeover/readLegacyWorkbook';
import { parsePlanFile } from '../../../../shared/file/planFile';
import { LEGACY_LAYOUTS, buildWorkbook } from '../../../support/legacyWorkbooks';
import { fakeIo } from './fakeIo';

const layout = (id: string) => LEGACY_LAYOUTS.find((l) => l.id === id)!;

/** The command with workbooks from a map instead of the disk, at a fixed time. */
function commandWith(files: Record<string, Uint8Array>) {
  return makeTakeoverCommand({
    async readBinary(path) {
      const bytes = files[path];
      if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    },
    readWorkbook: (bytes) => readLegacyWorkbook(bytes),
    now: () => new Date('2026-03-02T10:00:00Z'),
  });
}

const files: Record<string, Uint8Array> = {};
beforeAll(async () => {
  files['alt.xlsx'] = await buildWorkbook(layout('veroeffentlicht'));
  files['tsd.xlsx'] = await buildWorkbook(layout('tausend-euro'));
  files['gruppen.xlsx'] = await buildWorkbook(layout('gruppenkopf'));
  files['text.xlsx'] = new TextEncoder().encode('Maßnahme;Eintritte\n');
});

describe('amip takeover DATEI.xlsx AUSGABE.amip.json', () => {
  it('prints the mapping and the report, writes the plan; exit 1 because a total of the file is wrong', async () => {
    const io = fakeIo();
    expect(await commandWith(files).run(['alt.xlsx', 'neu.amip.json'], io)).toBe(1);
    expect(io.err()).toBe('');
    expect(io.out()).toBe(
      [
        'Blatt „AMIP 2016“',
        'Kopfzeile: Zeile 3',
        'Spalten:',
        '  Spalte A „Maßnahme“ → Maßnahme',
        '  Spalte B „Kat.“ → Förderkategorie',
        '  Spalte C „Eintritte“ → Eintritte',
        '  Spalte D „Mittelansatz in €“ → Mittelansatz',
        '  Spalte E „Funktion“ → Funktion',
        'Einheit der Beträge: €',
        'Jobcenter: Jobcenter Teststadt (aus der Datei), Planjahr: 2016 (aus der Datei)',
        'Gefunden: 2 Handlungsschwerpunkte, 7 Maßnahmen, 3 Summenzeilen',
        '  Zeile 4: „Integration“, 4 Maßnahmen',
        '  Zeile 11: „Qualifizierung Geringqualifizierter“, 3 Maßnahmen',
        'Summen der Datei: 6 geprüft, 1 stimmt nicht:',
        '  Zeile 17 „Gesamtsumme“: in der Datei 13.694.250 €, berechnet 13.680.000 €, Differenz 14.250 €',
        'Hinweise:',
        '  Zeile 14, Zelle D14 (Mittelansatz): „Betrag bei BaE enthalten“ → Finanzierung „enthalten in“ „Außerbetriebliche Berufsausbildung (BaE)“ (Zeile 13)',
        'Neuer Plan „Jobcenter Teststadt 2016 – Übernahme aus Excel“ geschrieben: neu.amip.json',
        '  Eintritte 3.480, Mittelansatz EGT 13.680.000 €',
        '',
      ].join('\n'),
    );
    const written = parsePlanFile(io.files.get('neu.amip.json')!);
    expect(written.ok && written.plan.schwerpunkte.map((a) => a.name)).toEqual([
      'Integration',
      'Qualifizierung Geringqualifizierter',
    ]);
  });

  it('exit 0 when every total agrees; the plan file opens', async () => {
    const io = fakeIo();
    expect(await commandWith(files).run(['tsd.xlsx', 'tsd.amip.json'], io)).toBe(0);
    expect(io.out()).toContain('Einheit der Beträge: Tsd. €\n');
    expect(io.out()).toContain('  Spalte E „Ist 2015 (T€)“ → Mittel Vorjahr\n');
    expect(io.out()).toContain('Summen der Datei: 6 geprüft, alle stimmen.\n');
    expect(io.out()).toContain('  Eintritte 2.770, Mittelansatz EGT 6.625.990 €\n');
    expect(parsePlanFile(io.files.get('tsd.amip.json')!).ok).toBe(true);
  });

  it('--sheet, --jobcenter and --jahr choose the sheet and the header', async () => {
    const io = fakeIo();
    const code = await commandWith(files).run(
      [
        'gruppen.xlsx',
        'g.amip.json',
        '--sheet',
        'Maßnahmen',
        '--jobcenter=Jobcenter Beispielkreis',
        '--jahr',
        '2018',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toContain(
      'Blatt „Maßnahmen“ (weitere Blätter: „Deckblatt“; anderes mit --sheet NAME)\n',
    );
    expect(io.out()).toContain(
      'Jobcenter: Jobcenter Beispielkreis (angegeben), Planjahr: 2018 (angegeben)\n',
    );
    const written = parsePlanFile(io.files.get('g.amip.json')!);
    expect(written.ok && written.plan.header).toMatchObject({
      jobcenter: 'Jobcenter Beispielkreis',
      year: 2018,
      vorjahr: 2017,
    });
  });

  it.each([
    [
      ['gruppen.xlsx', 'g.amip.json', '--sheet', 'Haushalt'],
      'Die Arbeitsmappe hat kein Blatt „Haushalt“ (Blätter: „Deckblatt“, „Maßnahmen“).',
    ],
    [
      ['gruppen.xlsx', 'g.amip.json', '--sheet', 'Deckblatt'],
      'Blatt „Deckblatt“: keine Tabelle mit einer Kopfzeile gefunden',
    ],
    [
      ['text.xlsx', 'g.amip.json'],
      'Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.',
    ],
    [['fehlt.xlsx', 'g.amip.json'], 'Datei nicht gefunden: fehlt.xlsx'],
    [['alt.xlsx'], 'Ausgabedatei fehlt. Aufruf: amip takeover'],
    [['alt.xlsx', 'neu.json'], 'Die Ausgabedatei muss auf .amip.json enden: neu.json'],
    [['alt.xlsx', 'neu.amip.json', '--blatt', 'X'], 'Unbekannte Option --blatt'],
    [
      ['alt.xlsx', 'neu.amip.json', '--jahr', 'nächstes'],
      '--jahr erwartet eine Jahreszahl wie 2017, nicht „nächstes“',
    ],
    [['alt.xlsx', 'neu.amip.json', '--jahr', '1800'], 'Bitte ein Planjahr zwischen 1990 und 2200 angeben.'],
  ])('refused with exit 2, nothing written: %j', async (args, message) => {
    const io = fakeIo();
    expect(await commandWith(files).run(args, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.files.size).toBe(0);
  });

  it('a failed write is exit 2 with the report still printed', async () => {
    const io = fakeIo({}, ['ordner.amip.json']);
    expect(await commandWith(files).run(['tsd.xlsx', 'ordner.amip.json'], io)).toBe(2);
    expect(io.out()).toContain('Summen der Datei: 6 geprüft, alle stimmen.');
    expect(io.err()).toBe('ordner.amip.json lässt sich nicht schreiben (EISDIR).\n');
  });

  it('is in the command table and in the help', async () => {
    const io = fakeIo();
    expect(await runCli(['help'], io)).toBe(0);
    expect(io.out()).toMatch(
      /\n {2}takeover DATEI\.xlsx AUSGABE\.amip\.json \[--sheet NAME\] {2}eigene Excel-Planung/,
    );
  });
});

describe('parseTakeoverArgs', () => {
  it.each([
    [['a.xlsx', 'b.amip.json'], { input: 'a.xlsx', output: 'b.amip.json' }],
    [
      ['--sheet', 'AMIP 2016', 'a.xlsx', 'b.amip.json'],
      { input: 'a.xlsx', output: 'b.amip.json', sheet: 'AMIP 2016' },
    ],
    [
      ['a.xlsx', 'b.AMIP.JSON', '--sheet=Tabelle 1'],
      { input: 'a.xlsx', output: 'b.AMIP.JSON', sheet: 'Tabelle 1' },
    ],
    [
      ['a.xlsx', 'b.amip.json', '--jahr', '2017', '--jobcenter', ' JC X '],
      { input: 'a.xlsx', output: 'b.amip.json', year: 2017, jobcenter: 'JC X' },
    ],
    [[], 'Dateiname fehlt'],
    [['a.xlsx', 'b.amip.json', 'c'], 'Zu viele Angaben'],
    [['a.xlsx', 'b.amip.json', '--sheet'], 'Nach --sheet fehlt der Wert'],
    [['a.xlsx', 'b.amip.json', '--sheet='], 'Nach --sheet fehlt der Wert'],
    [['a.xlsx', 'b.amip.json', '--sheet', 'A', '--sheet', 'B'], '--sheet ist doppelt angegeben'],
    [['', 'b.amip.json'], 'Leere Angabe'],
  ] as const)('%j → %j', (args, result) => {
    expect(parseTakeoverArgs(args)).toEqual(result);
  });
});
