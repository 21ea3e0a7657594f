/**
 * The pure part of the takeover on small sheets written as grids: header and column detection,
 * blocks, totals and their check, notes. Workbooks read through ExcelJS: legacyLayouts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyseSheet } from '../../../../shared/excel/takeover/analyseSheet';
import { proposeSheet, proposeTakeover } from '../../../../shared/excel/takeover/detectHeader';
import type { LegacyCell, LegacySheet } from '../../../../shared/excel/takeover/legacySheet';
import type { TakeoverMapping } from '../../../../shared/excel/takeover/mapping';
import { mappingProblems } from '../../../../shared/excel/takeover/mapping';
import { takeoverReport } from '../../../../shared/excel/takeover/takeoverReport';
import { defaultStammdaten } from '../../../../shared/model/stammdaten';

type V = string | number | null;

/** A sheet from a grid (row 1 first); `merges` as [row, col, rows, cols]; `bold` rows. */
function sheetOf(
  grid: V[][],
  opts: { name?: string; merges?: [number, number, number, number][]; bold?: number[] } = {},
): LegacySheet {
  const rows = grid.map((cells, i) => ({
    row: i + 1,
    cells: cells.flatMap((v, j): LegacyCell[] => {
      const col = j + 1;
      const merge = opts.merges?.find(([r, c]) => r === i + 1 && c === col);
      if (v === null && !merge) return [];
      const cell: LegacyCell =
        typeof v === 'number' ? { col, text: '', number: v } : { col, text: v ?? '', number: null };
      if (merge) cell.span = { rows: merge[2], cols: merge[3] };
      if (opts.bold?.includes(i + 1)) cell.bold = true;
      return [cell];
    }),
  }));
  return { name: opts.name ?? 'Tabelle1', rows: rows.filter((r) => r.cells.length > 0) };
}

const stammdaten = defaultStammdaten();

function analyse(sheet: LegacySheet, change: (m: TakeoverMapping) => TakeoverMapping = (m) => m) {
  const p = proposeTakeover({ sheets: [sheet] });
  if (!p.ok) throw new Error(p.message);
  return analyseSheet(sheet, change(p.mapping), stammdaten);
}

const fieldsOf = (m: TakeoverMapping) => Object.fromEntries(m.columns.map((c) => [c.col, c.field]));

describe('header row and columns', () => {
  it('finds the header below a title and maps the columns by their words', () => {
    const p = proposeSheet(
      sheetOf([
        ['AMIP 2016 – Jobcenter Teststadt'],
        ['Stand: 01.10.2015'],
        ['Instrument', 'Kat.', 'TN', 'Kosten', 'Bemerkung'],
        ['MAG', 'I', 1000, 80000, null],
      ]),
    );
    expect(p?.headerRow).toBe(3);
    expect(fieldsOf({ ...p!.proposal, sheet: '', headerRow: 3 } as TakeoverMapping)).toEqual({
      1: 'instrument',
      2: 'kategorie',
      3: 'eintritte',
      4: 'mittelansatz',
      5: 'funktion',
    });
  });

  it('a group heading above ("Plan 2016" / "Ist 2015") and a unit line below make the Vorjahr columns and the unit', () => {
    const sheet = sheetOf(
      [
        ['Maßnahme', null, 'Plan 2016', null, 'Ist 2015', null],
        [null, 'Kat.', 'Eintritte', 'Mittel', 'Eintritte', 'Mittel'],
        [null, null, 'Anzahl', 'Tsd. €', 'Anzahl', 'Tsd. €'],
        ['MAG', 'I', 1000, 80, 900, 70],
      ],
      {
        merges: [
          [1, 1, 2, 1],
          [1, 3, 1, 2],
          [1, 5, 1, 2],
        ],
      },
    );
    const p = proposeTakeover({ sheets: [sheet] });
    expect(p.ok && p.mapping.headerRow).toBe(2);
    if (!p.ok) return;
    expect(fieldsOf(p.mapping)).toEqual({
      1: 'instrument',
      2: 'kategorie',
      3: 'eintritte',
      4: 'mittelansatz',
      5: 'vorjahrEintritte',
      6: 'vorjahrMittel',
    });
    expect(p.mapping.unit).toBe(1000);
    expect(p.planYear).toBe(2016);
    const a = analyseSheet(sheet, p.mapping, stammdaten);
    expect(a.rows).toMatchObject([
      { row: 4, eintritte: 1000, mittelansatz: 80_000, vorjahrEintritte: 900, vorjahrMittel: 70_000 },
    ]);
  });

  it('a bare "Ist 2015" column holds money or Eintritte by the size of its numbers', () => {
    const money = proposeSheet(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz', 'Ist 2015'],
        ['A', 100, 250000, 240000],
        ['B', 20, 90000, 80000],
      ]),
    );
    const count = proposeSheet(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz', 'Ist 2015'],
        ['A', 100, 250000, 95],
        ['B', 20, 90000, 25],
      ]),
    );
    expect(money?.proposal.columns[3]?.field).toBe('vorjahrMittel');
    expect(count?.proposal.columns[3]?.field).toBe('vorjahrEintritte');
  });

  it('an unlabelled first column of texts is the instrument', () => {
    const p = proposeSheet(
      sheetOf([
        [null, 'Eintritte', 'Mittelansatz'],
        ['MAG', 1000, 80000],
        ['EGZ', 550, 2200000],
      ]),
    );
    expect(p?.proposal.columns.map((c) => c.field)).toEqual(['instrument', 'eintritte', 'mittelansatz']);
    expect(p?.proposal.columns[0]?.header).toBe('');
  });

  it('the sheet with the table wins; a hidden sheet only when no visible one has a table; --sheet names one', () => {
    const cover = sheetOf([['Jobcenter Teststadt'], ['Deckblatt']], { name: 'Deckblatt' });
    const table = sheetOf(
      [
        ['Maßnahme', 'Eintritte'],
        ['MAG', 10],
      ],
      { name: 'AMIP' },
    );
    const hidden: LegacySheet = {
      ...sheetOf(
        [
          ['Maßnahme', 'Eintritte', 'Kosten', 'Kat.'],
          ['X', 1, 2, 'I'],
        ],
        { name: 'Alt' },
      ),
      hidden: true,
    };
    const p = proposeTakeover({ sheets: [cover, hidden, table] });
    expect(p.ok && p.mapping.sheet).toBe('AMIP');
    expect(proposeTakeover({ sheets: [cover, hidden, table] }, 'alt')).toMatchObject({
      ok: true,
      mapping: { sheet: 'Alt' },
    });
    expect(proposeTakeover({ sheets: [cover, table] }, 'Haushalt')).toEqual({
      ok: false,
      message: 'Die Arbeitsmappe hat kein Blatt „Haushalt“ (Blätter: „Deckblatt“, „AMIP“).',
    });
    expect(proposeTakeover({ sheets: [cover] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('keine Tabelle mit einer Kopfzeile'),
    });
    expect(proposeTakeover({ sheets: [{ ...table, tooLarge: true }] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('mehr als 20.000 Zeilen'),
    });
  });

  it.each([
    [[{ col: 1, header: 'A', field: 'eintritte' }], ['Keine Spalte ist der Maßnahme zugeordnet.']],
    [
      [{ col: 1, header: 'A', field: 'instrument' }],
      ['Weder Eintritte noch Mittelansatz ist einer Spalte zugeordnet.'],
    ],
    [
      [
        { col: 1, header: 'A', field: 'instrument' },
        { col: 2, header: 'B', field: 'eintritte' },
        { col: 3, header: 'C', field: 'eintritte' },
      ],
      ['„Eintritte“ ist mehreren Spalten zugeordnet (B, C); bitte nur einer.'],
    ],
    [
      [
        { col: 1, header: 'A', field: 'instrument' },
        { col: 2, header: 'B', field: 'mittelansatz' },
        { col: 3, header: 'C', field: 'funktion' },
        { col: 4, header: 'D', field: 'funktion' },
      ],
      [],
    ],
  ] as const)('mappingProblems %#', (columns, problems) => {
    expect(mappingProblems({ sheet: 'x', headerRow: 1, unit: 1, columns: [...columns] })).toEqual(problems);
  });
});

describe('blocks', () => {
  it('headings: merged, bold, after an empty line or a total; a name without numbers inside a block is an instrument', () => {
    const a = analyse(
      sheetOf(
        [
          ['Maßnahme', 'Kat.', 'Eintritte', 'Mittelansatz'],
          ['Integration'],
          ['MAG', 'I', 10, 1000],
          ['Coaching (noch ohne Zahlen)'],
          ['Summe', null, 10, 1000],
          ['Qualifizierung'],
          ['FbW', 'II', 5, 500],
          [],
          ['Geflüchtete'],
          ['Sprache', 'I', 3, 300],
          ['Beschäftigung'],
          ['AGH', 'VI.1', 2, 200],
        ],
        { bold: [11] },
      ),
    );
    expect(a.blocks.map((b) => [b.name, b.row])).toEqual([
      ['Integration', 2],
      ['Qualifizierung', 6],
      ['Geflüchtete', 9],
      ['Beschäftigung', 11],
    ]);
    expect(a.rows.map((r) => [r.instrument, r.block])).toEqual([
      ['MAG', 0],
      ['Coaching (noch ohne Zahlen)', 0],
      ['FbW', 1],
      ['Sprache', 2],
      ['AGH', 3],
    ]);
  });

  it('"Handlungsschwerpunkt" headings make the blocks; other headings inside are sub-headings', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz'],
        ['Handlungsschwerpunkt 1: Integration'],
        ['a) arbeitgebernah'],
        ['MAG', 10, 1000],
        [],
        ['b) trägergestützt'],
        ['Aktivcenter', 20, 2000],
        ['Summe HSP 1', 30, 3000],
        ['Handlungsschwerpunkt 2: Qualifizierung'],
        ['FbW', 5, 500],
      ]),
    );
    expect(a.blocks.map((b) => b.name)).toEqual(['Integration', 'Qualifizierung']);
    expect(a.rows.map((r) => r.block)).toEqual([0, 0, 1]);
    expect(takeoverReport(a).wrongTotals).toEqual([]);
    expect(a.hints.map((h) => h.text)).toEqual([
      'Zeile 3: Zwischenüberschrift „a) arbeitgebernah“ im Handlungsschwerpunkt „Integration“; keine eigene Gruppe',
      'Zeile 6: Zwischenüberschrift „b) trägergestützt“ im Handlungsschwerpunkt „Integration“; keine eigene Gruppe',
    ]);
  });

  it('rows before any heading form one block; a heading without rows makes none and is said', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte'],
        ['MAG', 10],
        ['EGZ', 5],
        [],
        ['Leerer Schwerpunkt'],
        [],
        ['* vorläufig'],
      ]),
    );
    expect(a.blocks).toEqual([{ name: 'Übernommene Maßnahmen', row: null }]);
    expect(a.hints.map((h) => h.text)).toEqual([
      'Zeile 5: Überschrift „Leerer Schwerpunkt“ ohne Maßnahmen darunter; kein Handlungsschwerpunkt',
      'Zeile 7: Überschrift „* vorläufig“ ohne Maßnahmen darunter; kein Handlungsschwerpunkt',
    ]);
  });

  it('"nachrichtlich:" marks the rows below it; "(nachrichtlich)" in the name marks its row', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz'],
        ['Integration'],
        ['MAG', 10, 1000],
        ['Summe', 10, 1000],
        ['nachrichtlich:'],
        ['Vermittlungsbudget', 2500, 610000],
        ['Reha (nachrichtlich)', 4, 40000],
      ]),
    );
    expect(a.rows.map((r) => [r.instrument, r.nachrichtlich, r.block])).toEqual([
      ['MAG', false, 0],
      ['Vermittlungsbudget', true, 0],
      ['Reha', true, 0],
    ]);
  });

  it('a Funktion text wrapped into the next row belongs to the row above; the header repeated is skipped', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Funktion'],
        ['MAG', 10, 'Erprobung'],
        [null, null, 'im Betrieb'],
        ['Maßnahme', 'Eintritte', 'Funktion'],
        ['EGZ', 5, null],
      ]),
    );
    expect(a.rows.map((r) => [r.instrument, r.funktion])).toEqual([
      ['MAG', 'Erprobung im Betrieb'],
      ['EGZ', ''],
    ]);
  });

  it('several Funktion columns are joined with their headers; a vertically merged Kat. applies to each row', () => {
    const a = analyse(
      sheetOf(
        [
          ['Maßnahme', 'Kat.', 'Eintritte', 'Ziel', 'Bemerkung'],
          ['MAG', 'I', 10, 'Integration', 'neu'],
          ['Coaching', null, 5, null, 'Träger X'],
        ],
        { merges: [[2, 2, 2, 1]] },
      ),
    );
    expect(a.rows.map((r) => [r.kategorie, r.funktion])).toEqual([
      ['I', 'Ziel: Integration – Bemerkung: neu'],
      ['I', 'Bemerkung: Träger X'],
    ]);
  });
});

describe('totals of the file', () => {
  it('"Zwischensumme", "Summe ohne VB", "Gesamt inkl. VB" and a heading that carries its block sum agree', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz'],
        ['Handlungsschwerpunkt 1: Integration', 1012, 31000],
        ['MAG', 10, 1000],
        ['EGZ', 2, 20000],
        ['Zwischensumme', 12, 21000],
        ['Aktivcenter', 1000, 10000],
        ['Vermittlungsbudget', '(2.500)', '(610.000)'],
        ['Summe ohne VB', 1012, 31000],
        ['Gesamt inkl. VB', 3512, 641000],
      ]),
    );
    expect(a.totals.map((t) => [t.row, t.scope, t.checks.every((c) => c.ok)])).toEqual([
      [2, 'block', true],
      [5, 'partial', true],
      [8, 'block', true],
      [9, 'grand', true],
    ]);
  });

  it('a wrong total is reported per column with file value, computed sum and difference', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz in Tsd. €'],
        ['MAG', 10, 1.5],
        ['EGZ', 3, 2.25],
        ['Summe', 12, 3.5],
        ['EQ', 4, 1],
        ['Gesamtsumme', 17, 4.75],
      ]),
    );
    expect(takeoverReport(a).wrongTotals).toEqual([
      'Zeile 4 „Summe“ (Eintritte): in der Datei 12, berechnet 13, Differenz -1',
      'Zeile 4 „Summe“: in der Datei 3.500 €, berechnet 3.750 €, Differenz -250 €',
    ]);
    expect(takeoverReport(a).checkedTotals).toBe(4);
  });

  it('a total cell that is no number is not checked and said so; rows after the Gesamtsumme are not taken', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz'],
        ['MAG', 10, 1000],
        ['Gesamtsumme', 'siehe unten', 1000],
        ['Quelle: eigene Planung'],
        ['Nachtrag', 5, 500],
      ]),
    );
    expect(a.rows.map((r) => r.instrument)).toEqual(['MAG']);
    expect(a.problems.map((p) => p.text)).toEqual([
      'Zeile 3 „Gesamtsumme“, Zelle B3 (Eintritte): „siehe unten“ ist keine Zahl; nicht geprüft',
    ]);
    expect(a.hints.map((h) => h.text)).toEqual([
      'Zeile 4: nach der Gesamtsumme, nicht übernommen („Quelle: eigene Planung“)',
      'Zeile 5: nach der Gesamtsumme, nicht übernommen („Nachtrag“)',
    ]);
  });
});

describe('notes and cells that cannot be read', () => {
  it('"Betrag bei X enthalten" links to the row it names; not found, not unique or nachrichtlich: Funktion text and a report line', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz'],
        ['Außerbetriebliche Berufsausbildung (BaE)', 116, 2750000],
        ['abH', 34, 'Betrag bei BaE enthalten'],
        ['Coaching A', 1, 100],
        ['Coaching B', 1, 100],
        ['Nachbetreuung', 3, 'in Coaching enthalten'],
        ['Bewerbung', 2, 'Betrag bei XYZ enthalten'],
        ['VB', '(2.500)', '(610.000)'],
        ['Reisekosten', 5, 'bei VB enthalten'],
        ['Sprachkurs', 3, 'Betrag enthalten'],
      ]),
    );
    const byName = Object.fromEntries(a.rows.map((r) => [r.instrument, r]));
    expect(byName['abH']).toMatchObject({
      finanzierung: { art: 'enthalten', target: 0 },
      mittelansatz: null,
      funktion: '',
    });
    for (const name of ['Nachbetreuung', 'Bewerbung', 'Reisekosten', 'Sprachkurs'])
      expect(byName[name]).toMatchObject({ finanzierung: { art: 'EGT' }, mittelansatz: null });
    expect(byName['Bewerbung']?.funktion).toBe('Betrag bei XYZ enthalten');
    expect(a.problems.map((p) => p.text)).toEqual([
      'Zeile 6, Zelle C6 (Mittelansatz): „in Coaching enthalten“ – mehrere Maßnahmen passen zu „Coaching“; als Funktion übernommen',
      'Zeile 7, Zelle C7 (Mittelansatz): „Betrag bei XYZ enthalten“ – keine Maßnahme „XYZ“ gefunden; als Funktion übernommen',
      'Zeile 9, Zelle C9 (Mittelansatz): „bei VB enthalten“ – „VB“ ist nur nachrichtlich geführt; als Funktion übernommen',
      'Zeile 10, Zelle C10 (Mittelansatz): „Betrag enthalten“ – nennt keine Maßnahme; als Funktion übernommen',
    ]);
  });

  it('"ESF-Mittel" in the amount column or the Finanzierung column makes a Drittmittel row', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz', 'Finanzierung'],
        ['Jugendwerkstatt', 30, 'ESF-Mittel', null],
        ['Soziale Teilhabe', 10, 120000, 'Bundesprogramm Soziale Teilhabe'],
        ['MAG', 10, 1000, 'EGT'],
      ]),
    );
    expect(a.rows.map((r) => [r.mittelansatz, r.finanzierung])).toEqual([
      [null, { art: 'Drittmittel', programm: 'ESF-Mittel' }],
      [120000, { art: 'Drittmittel', programm: 'Bundesprogramm Soziale Teilhabe' }],
      [1000, { art: 'EGT' }],
    ]);
  });

  it('numbers without an instrument are a report line with the cell; text only outside the table is a hint', () => {
    const a = analyse(
      sheetOf([
        ['Maßnahme', 'Eintritte', 'Mittelansatz', null],
        ['MAG', 10, 1000],
        [null, 5, 500],
        ['EGZ', 2, 200, null],
        [null, null, null, 'Randnotiz'],
      ]),
    );
    expect(a.rows.map((r) => r.instrument)).toEqual(['MAG', 'EGZ']);
    expect(a.problems).toEqual([
      { row: 3, cell: 'A3', text: 'Zeile 3: keine Maßnahme (Zelle A3 leer); Zeile nicht übernommen' },
    ]);
  });

  it('the user’s corrected mapping is what is read: a column mapped away is not read', () => {
    const sheet = sheetOf([
      ['Maßnahme', 'Planwert', 'Mittelansatz'],
      ['MAG', 10, 1000],
    ]);
    expect(analyse(sheet).rows[0]?.eintritte).toBeNull();
    const corrected = analyse(sheet, (m) => ({
      ...m,
      columns: m.columns.map((c) => (c.col === 2 ? { ...c, field: 'eintritte' } : c)),
    }));
    expect(corrected.rows[0]?.eintritte).toBe(10);
  });
});
