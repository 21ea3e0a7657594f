/**
 * Jobcenter workbooks in their own layouts, built in memory with ExcelJS for the takeover
 * tests (no binary fixtures): different header words, units in Tsd. € and Mio. €, block
 * headings (merged, bold, numbered), a title above the header, a group heading "Plan 2016" /
 * "Vorjahr", totals as formulas with stored results and as hand-typed (wrong) numbers, German
 * number text, notes in amount columns, nachrichtlich rows in parentheses, empty lines.
 *
 * Each layout says what a correct takeover must find (`expect`), written by hand from the
 * table, so a test compares the result with the table, not with the code's own output.
 */
import ExcelJS from 'exceljs';

export type Cell = string | number | null | { formula: string; result: number } | { date: Date };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Ranges like "A3:E3". */
  merges?: string[];
  /** 1-based rows set in bold. */
  bold?: number[];
  /** Number format per cell address, e.g. { C12: '"("#,##0")"' }. */
  numFmt?: Record<string, string>;
}

export interface LegacyLayout {
  id: string;
  fileName: string;
  sheets: SheetSpec[];
  expect: {
    sheet: string;
    headerRow: number;
    /** Column letter → field, for the mapped columns. */
    fields: Record<string, string>;
    unit: 1 | 1000 | 1000000;
    jobcenter: string | null;
    year: number | null;
    blocks: { name: string; rows: number }[];
    /** Totals of the portfolio the new plan must show. */
    eintritte: number;
    mittelansatzEgt: number;
    /** Lines of the report that must appear (exact). */
    wrongTotals: string[];
    /** Cells named in the "not read" lines. */
    problemCells: string[];
  };
}

export async function buildWorkbook(layout: Pick<LegacyLayout, 'sheets'>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of layout.sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((cells, i) => {
      cells.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = typeof v === 'object' && 'date' in v ? v.date : v;
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const r of spec.bold ?? []) ws.getRow(r).font = { bold: true };
    for (const [address, fmt] of Object.entries(spec.numFmt ?? {})) ws.getCell(address).numFmt = fmt;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sum = (formula: string, result: number) => ({ formula, result });

/**
 * 1. The published layout (fachkonzept §2.2): a title, "Handlungsschwerpunkt n: …" headings
 * merged across the table, "Maßnahme | Kat. | Eintritte | Mittelansatz in € | Funktion", a
 * "Summe" per block (formulas), the Vermittlungsbudget nachrichtlich in parentheses, abH with
 * "Betrag bei BaE enthalten", and a Gesamtsumme typed by hand that is wrong.
 */
const published: LegacyLayout = {
  id: 'veroeffentlicht',
  fileName: 'AMIP_2016.xlsx',
  sheets: [
    {
      name: 'AMIP 2016',
      rows: [
        ['Arbeitsmarkt- und Integrationsprogramm 2016 – Jobcenter Teststadt'],
        [],
        ['Maßnahme', 'Kat.', 'Eintritte', 'Mittelansatz in €', 'Funktion'],
        ['Handlungsschwerpunkt 1: Integration'],
        ['Maßnahmen beim Arbeitgeber (MAG)', 'I', 1000, 80000, 'Erprobung im Betrieb'],
        ['Eingliederungszuschüsse (EGZ)', 'III', 550, 2200000, 'Ausgleich von Minderleistung'],
        ['Einstiegsgeld (ESG)', 'III.2', 80, 150000, null],
        ['Vermittlungsbudget (VB)', 'I', '(2.500)', '(610.000 €)', 'nachrichtlich'],
        ['Summe', null, sum('SUM(C5:C7)', 1630), sum('SUM(D5:D7)', 2430000)],
        [],
        ['Handlungsschwerpunkt 2: Qualifizierung Geringqualifizierter'],
        ['Fort- und Weiterbildung (FbW)', 'II', 1700, 8500000, 'Abschlussorientiert'],
        ['Außerbetriebliche Berufsausbildung (BaE)', 'IV', 116, 2750000, null],
        ['Ausbildungsbegleitende Hilfen (abH)', 'IV', 34, 'Betrag bei BaE enthalten', null],
        ['Summe', null, 1850, 11250000],
        [],
        ['Gesamtsumme', null, sum('C9+C15', 3480), 13694250],
      ],
      merges: ['A1:E1', 'A4:E4', 'A11:E11'],
      bold: [3, 4, 11],
    },
  ],
  expect: {
    sheet: 'AMIP 2016',
    headerRow: 3,
    fields: { A: 'instrument', B: 'kategorie', C: 'eintritte', D: 'mittelansatz', E: 'funktion' },
    unit: 1,
    jobcenter: 'Jobcenter Teststadt',
    year: 2016,
    blocks: [
      { name: 'Integration', rows: 4 },
      { name: 'Qualifizierung Geringqualifizierter', rows: 3 },
    ],
    eintritte: 3480,
    mittelansatzEgt: 13680000,
    wrongTotals: [
      'Zeile 17 „Gesamtsumme“: in der Datei 13.694.250 €, berechnet 13.680.000 €, Differenz 14.250 €',
    ],
    problemCells: [],
  },
};

/**
 * 2. Amounts in Tsd. €, other header words ("Instrument", "Förderkategorie", "Plätze",
 * "Ansatz Tsd. €", "Bemerkung"), a Vorjahr column "Ist 2015 (T€)", headings in bold without
 * merging, German number text ("1.200", "rd. 50", "2,2 Mio. €"), a "Zwischensumme" and an
 * "insgesamt" row, an empty line.
 */
const thousands: LegacyLayout = {
  id: 'tausend-euro',
  fileName: 'Planung JC Nordstadt.xlsx',
  sheets: [
    {
      name: 'Planung 2017',
      rows: [
        ['Instrument', 'Förderkategorie', 'Plätze', 'Ansatz Tsd. €', 'Ist 2015 (T€)', 'Bemerkung'],
        ['Aktivierung'],
        ['Aktivcenter', 'I', '1.200', 945.99, 900, 'mit Praxisfeldern'],
        ['Coaching', 'I', 'rd. 50', '80', 75, null],
        ['Zwischensumme Aktivierung', null, 1250, 1025.99],
        ['Förderung von Arbeitsverhältnissen', 'VI.2', 100, '2,2 Mio. €', 2100, null],
        [],
        ['Beschäftigung'],
        ['Arbeitsgelegenheiten', 'VI.1', 1420, 3400, 3300, null],
        ['Beschäftigung insgesamt', null, 1420, 3400],
        ['insgesamt', null, 2770, 6625.99],
      ],
      bold: [2, 8],
    },
  ],
  expect: {
    sheet: 'Planung 2017',
    headerRow: 1,
    fields: {
      A: 'instrument',
      B: 'kategorie',
      C: 'eintritte',
      D: 'mittelansatz',
      E: 'vorjahrMittel',
      F: 'funktion',
    },
    unit: 1000,
    jobcenter: 'Jobcenter Nordstadt',
    year: 2017,
    blocks: [
      { name: 'Aktivierung', rows: 3 },
      { name: 'Beschäftigung', rows: 1 },
    ],
    eintritte: 2770,
    mittelansatzEgt: 6625990,
    wrongTotals: [],
    problemCells: [],
  },
};

/**
 * 3. A group heading over two columns each ("Plan 2017" / "Vorjahr 2016"), "Angebot | Kategorie
 * | TN | Mittel | TN | Mittel | Ziel", a number column "Nr." in front, "Beträge in Tsd. €" in
 * the title, an "ESF-Mittel" note, a hand-typed block sum that is wrong, empty lines, and the
 * Kategorie merged down over two rows.
 */
const grouped: LegacyLayout = {
  id: 'gruppenkopf',
  fileName: 'Eingliederung.xlsx',
  sheets: [
    { name: 'Deckblatt', rows: [['Jobcenter Musterkreis'], ['Eingliederungsplanung']] },
    {
      name: 'Maßnahmen',
      rows: [
        ['Jobcenter Musterkreis – Planung der Eingliederungsleistungen 2017'],
        ['Beträge in Tsd. €'],
        [null, null, null, 'Plan 2017', null, 'Vorjahr 2016'],
        ['Nr.', 'Angebot', 'Kategorie', 'TN', 'Mittel', 'TN', 'Mittel', 'Ziel'],
        [null, 'Jugendliche (U25)'],
        [1, 'Einstiegsqualifizierung', 'IV.2', 50, 100, 40, 90, 'Übergang in Ausbildung'],
        [2, 'Assistierte Ausbildung', 'IV.1', 18, 50, 10, 30, null],
        [3, 'Jugendwerkstatt', null, 30, 'ESF-Mittel', 25, null, 'Bundesprogramm'],
        [null, 'Summe', null, 98, 160, 75, 120],
        [],
        [null, 'Alleinerziehende'],
        [4, 'Vermittlungsprojekt Alleinerziehende', 'I', 348, 626.4, 300, 600, null],
        [5, 'Teilzeitausbildung', 'I', 10, 20, null, null, null],
        [null, 'Summe', null, 358, 646.4, 300, 600],
        [],
        [null, 'Gesamt', null, 456, 796.4],
      ],
      merges: ['D3:E3', 'F3:G3', 'C12:C13'],
    },
  ],
  expect: {
    sheet: 'Maßnahmen',
    headerRow: 4,
    fields: {
      B: 'instrument',
      C: 'kategorie',
      D: 'eintritte',
      E: 'mittelansatz',
      F: 'vorjahrEintritte',
      G: 'vorjahrMittel',
      H: 'funktion',
    },
    unit: 1000,
    jobcenter: 'Jobcenter Musterkreis',
    year: 2017,
    blocks: [
      { name: 'Jugendliche (U25)', rows: 3 },
      { name: 'Alleinerziehende', rows: 2 },
    ],
    eintritte: 456,
    mittelansatzEgt: 796400,
    wrongTotals: ['Zeile 9 „Summe“: in der Datei 160.000 €, berechnet 150.000 €, Differenz 10.000 €'],
    problemCells: [],
  },
};

/**
 * 4. A Finanzierung column and amounts in Mio. €: "Maßnahmeart | Kat. | Teilnehmende | Kosten
 * (Mio. €) | Finanzierung | Beschreibung"; "ESF", "enthalten in FbW", an unknown Finanzierung;
 * text in number columns ("offen", "12,5", "k. A."); a "Σ" total as a formula with its stored
 * result; an unknown category.
 */
const millions: LegacyLayout = {
  id: 'mio-finanzierung',
  fileName: 'amip.xlsx',
  sheets: [
    {
      name: 'Tabelle1',
      rows: [
        ['Maßnahmeart', 'Kat.', 'Teilnehmende', 'Kosten (Mio. €)', 'Finanzierung', 'Beschreibung'],
        ['Fort- und Weiterbildung', 'II', 900, 4.5, 'EGT', 'Bildungsgutscheine'],
        ['Umschulung begleitend', 'II', 40, null, 'enthalten in Fort- und Weiterbildung', null],
        ['ESF-Projekt Perspektive', 'I', 120, 0.36, 'ESF', null],
        ['Sprachkurs Beruf', 'XY', '12,5', 'offen', 'EGT', null],
        ['Kommunale Beratung', 'I', 'k. A.', 0.1, 'Kommune', null],
        ['Σ', null, sum('SUM(C2:C6)', 1060), sum('SUM(D2:D6)', 4.96)],
      ],
    },
  ],
  expect: {
    sheet: 'Tabelle1',
    headerRow: 1,
    fields: {
      A: 'instrument',
      B: 'kategorie',
      C: 'eintritte',
      D: 'mittelansatz',
      E: 'finanzierung',
      F: 'funktion',
    },
    unit: 1000000,
    jobcenter: null,
    year: null,
    blocks: [{ name: 'Übernommene Maßnahmen', rows: 5 }],
    eintritte: 1060,
    mittelansatzEgt: 4600000,
    wrongTotals: [],
    problemCells: ['B5', 'C5', 'D5', 'E6'],
  },
};

/**
 * 5. Header in the first row, no block headings, "Maßnahme | Eintritte | €"; empty lines, a
 * date where Excel turned "1.12" into 1 December, a negative amount, a "Summe" at the end whose
 * Eintritte are right and whose amount is wrong, and a footnote under it.
 */
const plain: LegacyLayout = {
  id: 'schlicht',
  fileName: 'Maßnahmen 2018 Jobcenter Südhafen.xlsx',
  sheets: [
    {
      name: 'Tabelle1',
      rows: [
        ['Maßnahme', 'Eintritte', '€'],
        ['Bewerbungstraining', 60, 24000],
        [],
        ['Vermittlungsgutschein', { date: new Date(Date.UTC(2018, 11, 1)) }, 12000],
        ['Gründungscoaching', 15, -300],
        [],
        ['Summe', 75, 40000],
        ['* vorläufige Planung'],
      ],
    },
  ],
  expect: {
    sheet: 'Tabelle1',
    headerRow: 1,
    fields: { A: 'instrument', B: 'eintritte', C: 'mittelansatz' },
    unit: 1,
    jobcenter: 'Jobcenter Südhafen',
    year: 2018,
    blocks: [{ name: 'Übernommene Maßnahmen', rows: 3 }],
    eintritte: 75,
    mittelansatzEgt: 36000,
    wrongTotals: ['Zeile 7 „Summe“: in der Datei 40.000 €, berechnet 36.000 €, Differenz 4.000 €'],
    problemCells: ['B4', 'C5'],
  },
};

export const LEGACY_LAYOUTS: readonly LegacyLayout[] = [published, thousands, grouped, millions, plain];
