/**
 * Hostile workbooks, built in memory from a real exported one: the unit tests, the browser test
 * and `npm run bench:hostile` (peak memory and time per file) use the same list. Each says what
 * the import must answer. Nothing here is committed as a file.
 */
import { deflateRawSync } from 'node:zlib';
import {
  OTHER_PARTS_EXTRA_ELEMENTS,
  SHEET_EXTRA_ELEMENTS,
  allowedExtraRows,
  elementsPerRow,
} from '../../shared/excel/import/packSize';
import { PORTFOLIO_SHEET } from '../../shared/excel/layout/portfolio';
import { sheetSizes } from '../../shared/excel/layout/sheetSizes';
import { partKey, sheetList } from '../../shared/excel/packageParts';
import { META_FORMAT, META_MARKER, META_SHEET } from '../../shared/excel/workbookMeta';
import { beispielplan } from '../../shared/sample/beispielplan';
import { generatePlan } from './generatePlan';
import type { ZipInput, ZipShape } from './zipWriter';
import { readZip, writeZip, zeroBomb } from './zipWriter';

export interface HostileWorkbook {
  id: string;
  /** What the file does, for the report. */
  what: string;
  build(exported: Uint8Array): Uint8Array;
  refusal: string | RegExp;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const GIB = 1024;
const PORTFOLIO = 'xl/worksheets/sheet3.xml';
const RELS = 'xl/_rels/workbook.xml.rels';

/** A worksheet with `rows` rows of one number each. */
export function sheetWithRows(rows: number): Uint8Array {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
  return utf8(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`,
  );
}

/** The exported entries with some replaced, removed or added. */
function edit(
  exported: Uint8Array,
  change: (entries: ZipInput[]) => ZipInput[],
  shape: ZipShape = {},
): Uint8Array {
  return writeZip(change(readZip(exported)), shape);
}

const replace = (entries: ZipInput[], name: string, data: Uint8Array): ZipInput[] =>
  entries.map((e) => (e.name === name ? { name, data } : e));

const retarget = (entries: ZipInput[], target: string): ZipInput[] => {
  const rels = new TextDecoder().decode(entries.find((e) => e.name === RELS)!.data);
  const changed = rels.replace('Target="worksheets/sheet3.xml"', `Target="${target}"`);
  if (changed === rels) throw new Error('Beziehung zu sheet3.xml nicht gefunden');
  return replace(entries, RELS, utf8(changed));
};

const bomb = (name: string, mib: number, extra: Partial<ZipInput> = {}): ZipInput => ({
  name,
  data: new Uint8Array(0),
  deflated: { bytes: zeroBomb(mib), size: mib * 1024 * 1024 },
  ...extra,
});

/** Rows the export writes on the Beispielplan's portfolio sheet (the files below start from it). */
export const BSP_PORTFOLIO_ROWS = sheetSizes(beispielplan()).find((s) => s.name === PORTFOLIO_SHEET)!.rows;
/** The refusal of a portfolio sheet beyond the 500 rows a planner may insert. */
export const tooManyPortfolioRows = (stoppedAt: string): RegExp =>
  new RegExp(
    `^Blatt „Maßnahmeportfolio“ hat mehr als ${BSP_PORTFOLIO_ROWS + 500} Zeilen; der AMIP-Planer schreibt für diesen Plan ${BSP_PORTFOLIO_ROWS}, eingefügt werden dürfen höchstens 500\\. Das Lesen wurde bei Zeile ${stoppedAt} abgebrochen\\.`,
  );
const MILLION_ROWS = tooManyPortfolioRows('[\\d.]+');
const MANIPULATED = 'die Datei wird als manipuliert abgelehnt.';

export const HOSTILE_WORKBOOKS: readonly HostileWorkbook[] = [
  {
    id: 'count-field-lies',
    what: 'three 1 GiB entries listed after the real ones; the count field names only the real ones',
    build: (x) =>
      edit(
        x,
        (e) => [...e, bomb('xl/media/a.bin', GIB), bomb('xl/media/b.bin', GIB), bomb('xl/media/c.bin', GIB)],
        {
          countField: readZip(x).length,
        },
      ),
    refusal: `Das ZIP-Inhaltsverzeichnis nennt 19 Teile, enthält aber mehr; ${MANIPULATED}`,
  },
  {
    id: 'directory-size-lies',
    what: 'as before, and the directory size also covers only the real entries',
    build: (x) => {
      const real = writeZip(readZip(x));
      const dirSize = new DataView(real.buffer).getUint32(real.length - 10, true);
      return edit(x, (e) => [...e, bomb('xl/media/a.bin', GIB), bomb('xl/media/b.bin', GIB)], {
        countField: readZip(x).length,
        directorySize: dirSize,
      });
    },
    refusal: `Zwischen dem ZIP-Inhaltsverzeichnis und seinem Ende stehen nicht verzeichnete Daten; ${MANIPULATED}`,
  },
  {
    id: 'unlisted-entries',
    what: 'three 1 GiB entries with local headers only, between the real ones',
    build: (x) =>
      edit(x, (e) => [
        bomb('xl/media/versteckt1.bin', GIB, { unlisted: true }),
        ...e.slice(0, 5),
        bomb('xl/media/versteckt2.bin', GIB, { unlisted: true }),
        ...e.slice(5),
        bomb('xl/media/versteckt3.bin', GIB, { unlisted: true }),
      ]),
    refusal: `Die Datei enthält den Teil „xl/media/versteckt1.bin“, der im ZIP-Inhaltsverzeichnis fehlt; ${MANIPULATED}`,
  },
  {
    id: 'duplicate-name',
    what: 'a second xl/worksheets/sheet3.xml with 1 million rows after the real one',
    build: (x) => edit(x, (e) => [...e, { name: PORTFOLIO, data: sheetWithRows(1_000_000) }]),
    refusal: `Der Teil „xl/worksheets/sheet3.xml“ steht zweimal in der Datei; ${MANIPULATED}`,
  },
  {
    id: 'duplicate-case',
    what: 'xl/worksheets/SHEET3.xml with 1 million rows beside the real sheet3.xml',
    build: (x) =>
      edit(x, (e) => [...e, { name: 'xl/worksheets/SHEET3.xml', data: sheetWithRows(1_000_000) }]),
    refusal: `Die Teile „xl/worksheets/sheet3.xml“ und „xl/worksheets/SHEET3.xml“ bezeichnen denselben Teil; ${MANIPULATED}`,
  },
  {
    id: 'data-after-end',
    what: 'three 1 GiB deflate streams (3 MB) after the end record',
    build: (x) => {
      const one = zeroBomb(GIB);
      const trailing = new Uint8Array(one.length * 3);
      for (let i = 0; i < 3; i++) trailing.set(one, i * one.length);
      return edit(x, (e) => e, { trailing });
    },
    refusal:
      /^Nach dem Ende des ZIP-Archivs folgen noch [\d.]+ Bytes; die Datei wird als manipuliert abgelehnt\.$/,
  },
  {
    id: 'zip-after-end',
    what: 'a second archive with a 1 GiB entry appended after the end record',
    build: (x) => edit(x, (e) => e, { trailing: writeZip([bomb('xl/media/a.bin', GIB)]) }),
    refusal: `Zwischen dem ZIP-Inhaltsverzeichnis und seinem Ende stehen nicht verzeichnete Daten; ${MANIPULATED}`,
  },
  {
    id: 'data-before-directory',
    what: 'a 1 GiB deflate stream between the last entry and the directory',
    build: (x) => edit(x, (e) => e, { beforeDirectory: zeroBomb(GIB) }),
    refusal:
      /^Die Datei enthält [\d.]+ Bytes \(ab Byte [\d.]+\), die im ZIP-Inhaltsverzeichnis fehlen; die Datei wird als manipuliert abgelehnt\.$/,
  },
  {
    id: 'data-before-first-entry',
    what: 'a 1 GiB entry prepended, offsets shifted (JSZip reads such files)',
    build: (x) => edit(x, (e) => e, { prefix: writeZip([bomb('vorne.bin', GIB)]) }),
    refusal: `Die Datei enthält den Teil „vorne.bin“, der im ZIP-Inhaltsverzeichnis fehlt; ${MANIPULATED}`,
  },
  {
    id: 'overlapping-entries',
    what: '50 directory records, each a different name, all pointing at one 100 MiB deflate kernel',
    build: (x) =>
      overlapping(
        edit(x, (e) => [...e, bomb('xl/media/k00.bin', 100)]),
        'xl/media/k00.bin',
        49,
      ),
    refusal: /^Die Datei ist beschädigt oder manipuliert: zwei Teile überlappen sich \(Byte [\d.]+\)\.$/,
  },
  {
    id: 'local-name-differs',
    what: 'the directory says xl/media/bild.bin, the local header (which JSZip reads) says sheet3.xml',
    build: (x) =>
      edit(x, (e) => [
        ...e.filter((f) => f.name !== PORTFOLIO),
        { name: 'xl/media/bild.bin', localName: PORTFOLIO, data: sheetWithRows(1_000_000) },
      ]),
    refusal: `Kopf und Inhaltsverzeichnis beschreiben den Teil „xl/media/bild.bin“ verschieden (Name); ${MANIPULATED}`,
  },
  {
    id: 'rels-leading-space',
    what: 'the workbook relationship Target=" worksheets/sheet3.xml", sheet3 with 1 million rows',
    build: (x) =>
      edit(x, (e) => replace(retarget(e, ' worksheets/sheet3.xml'), PORTFOLIO, sheetWithRows(1_000_000))),
    refusal: MILLION_ROWS,
  },
  {
    id: 'part-name-case',
    what: 'the portfolio stored as XL/Worksheets/Sheet3.xml (Excel matches names without case), 1 million rows',
    build: (x) =>
      edit(x, (e) => [
        ...e.filter((f) => f.name !== PORTFOLIO),
        { name: 'XL/Worksheets/Sheet3.xml', data: sheetWithRows(1_000_000) },
      ]),
    refusal: MILLION_ROWS,
  },
  {
    id: 'unreferenced-sheet',
    what: 'a part no relationship names, xl/worksheets/sheet3.xml.bak, with 1 million rows',
    build: (x) =>
      edit(x, (e) => [...e, { name: 'xl/worksheets/sheet3.xml.bak', data: sheetWithRows(1_000_000) }]),
    refusal:
      'Der Teil „xl/worksheets/sheet3.xml.bak“ und die übrigen Blätter, die nicht aus dem AMIP-Planer stammen, haben mehr als 500 Zeilen',
  },
  {
    id: 'size-lies',
    what: 'a 1 GiB deflate bomb that declares 1 MB (below the ratio check)',
    build: (x) => edit(x, (e) => [...e, bomb('xl/media/bild.bin', GIB, { declaredSize: 1_000_000 })]),
    refusal:
      'Der Teil „xl/media/bild.bin“ ist entpackt größer als angegeben; die Datei wird als ZIP-Bombe abgelehnt.',
  },
  {
    id: 'size-lies-in-sheet',
    what: 'the portfolio sheet replaced by 1 GiB of zeros declaring its real size',
    build: (x) => {
      const real = readZip(x).find((e) => e.name === PORTFOLIO)!.data.length;
      return edit(x, (e) => [
        ...e.filter((f) => f.name !== PORTFOLIO),
        bomb(PORTFOLIO, GIB, { declaredSize: real }),
      ]);
    },
    refusal:
      'Blatt „Maßnahmeportfolio“ ist entpackt größer als angegeben; die Datei wird als ZIP-Bombe abgelehnt.',
  },
  {
    id: 'bomb-declared',
    what: 'a 1 GiB deflate bomb that declares its size',
    build: (x) => edit(x, (e) => [...e, bomb('xl/media/bild.bin', GIB)]),
    refusal: 'Der Teil „xl/media/bild.bin“ ist entpackt 1.024,0 MB groß (höchstens 120,0 MB).',
  },
  {
    id: 'many-small-bombs',
    what: '200 entries of 1 MiB zeros each, every one below the per-entry ratio check',
    build: (x) =>
      edit(x, (e) => [...e, ...Array.from({ length: 200 }, (_, i) => bomb(`xl/media/n${i}.bin`, 1))]),
    refusal:
      /^Die Datei ist entpackt [\d.,]+ MB groß, [\d.]+-mal so groß wie gepackt; die Datei wird als ZIP-Bombe abgelehnt\.$/,
  },
  {
    id: 'element-flood',
    what: '100 rows of 21.000 cells each: few rows, 4,2 million elements, 36 MB that pack 12:1',
    build: (x) => edit(x, (e) => replace(e, PORTFOLIO, sheetOfCells(100, 21_000))),
    // The plan's budget stops it in the first row; the guard's own limit (4 million) comes later.
    refusal:
      /^Blatt „Maßnahmeportfolio“ enthält mehr als [\d.]+ XML-Elemente; für eine Zeile mit [\d.]+ Spalten sind höchstens [\d.]+ erlaubt\./,
  },
  {
    id: 'doctype-entities',
    what: 'shared strings with a DTD of nested entities (billion laughs)',
    build: (x) => {
      const ents = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
        '',
      );
      const xml = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">${ents}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&l9;</t></si></sst>`;
      return edit(x, (e) => replace(e, 'xl/sharedStrings.xml', utf8(xml)));
    },
    refusal:
      'Der Teil „xl/sharedStrings.xml“ enthält eine Dokumenttypdefinition (DTD); Excel-Arbeitsmappen haben keine, die Datei wird abgelehnt.',
  },
  {
    id: 'encrypted-flag',
    what: 'an entry flagged as encrypted',
    build: (x) => edit(x, (e) => [...e, { name: 'xl/media/geheim.bin', data: utf8('x'), flags: 1 }]),
    refusal:
      'Der Teil „xl/media/geheim.bin“ ist verschlüsselt; verschlüsselte Arbeitsmappen werden nicht eingelesen.',
  },
  {
    id: 'unknown-method',
    what: 'an entry compressed with method 12 (bzip2)',
    build: (x) => edit(x, (e) => [...e, { name: 'xl/media/b.bin', data: utf8('x'), method: 12 }]),
    refusal: 'Der Teil „xl/media/b.bin“ verwendet ein unbekanntes Komprimierungsverfahren (12).',
  },
  {
    id: 'checksum-wrong',
    what: 'the portfolio sheet with a wrong CRC-32',
    build: (x) => {
      const data = readZip(x).find((e) => e.name === PORTFOLIO)!.data;
      return edit(x, (e) => [
        ...e.filter((f) => f.name !== PORTFOLIO),
        { name: PORTFOLIO, data, deflated: { bytes: deflateRawSync(data), size: data.length, crc: 1234 } },
      ]);
    },
    refusal: 'Die Datei ist beschädigt: die Prüfsumme von Blatt „Maßnahmeportfolio“ stimmt nicht.',
  },
];

const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The part of the sheet called `name` in an exported workbook. */
export function sheetPart(entries: readonly ZipInput[], name: string): string {
  const wb = text(entries.find((e) => e.name === 'xl/workbook.xml')!.data);
  const rels = text(entries.find((e) => e.name === RELS)!.data);
  const key = sheetList('xl/workbook.xml', wb, rels).find((s) => s.name === name)?.part;
  const part = entries.find((e) => partKey(e.name) === key);
  if (!part) throw new Error(`Blatt ${name} fehlt`);
  return part.name;
}

/** The exported entries without the sheet `_amip` (part and workbook entry). */
function withoutAmip(entries: ZipInput[]): ZipInput[] {
  const part = sheetPart(entries, META_SHEET);
  return entries
    .filter((e) => e.name !== part)
    .map((e) =>
      e.name === 'xl/workbook.xml'
        ? { name: e.name, data: utf8(text(e.data).replace(/<sheet name="_amip"[^>]*\/>/, '')) }
        : e,
    );
}

/** An `_amip` sheet holding `json` as inline strings in chunks of 30.000 characters. */
export function amipSheet(json: string, chunk = 30_000): Uint8Array {
  const rows: string[] = [];
  const cell = (r: number, inner: string) => `<row r="${r}"><c r="A${r}"${inner}</c></row>`;
  rows.push(cell(1, ` t="inlineStr"><is><t>${META_MARKER}</t></is>`));
  rows.push(cell(2, `><v>${META_FORMAT}</v>`));
  const n = Math.ceil(json.length / chunk);
  rows.push(cell(3, `><v>${n}</v>`));
  for (let i = 0; i < n; i++)
    rows.push(
      cell(i + 4, ` t="inlineStr"><is><t>${xmlText(json.slice(i * chunk, (i + 1) * chunk))}</t></is>`),
    );
  return utf8(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
}

/** The exported workbook with its `_amip` replaced by `json` and the portfolio by `portfolio`. */
export function forged(exported: Uint8Array, json: string, portfolio?: Uint8Array): Uint8Array {
  const entries = readZip(exported);
  const amip = sheetPart(entries, META_SHEET);
  const pf = sheetPart(entries, PORTFOLIO_SHEET);
  return writeZip(
    entries.map((e) =>
      e.name === amip
        ? { name: e.name, data: amipSheet(json) }
        : e.name === pf && portfolio
          ? { name: e.name, data: portfolio }
          : e,
    ),
  );
}

/** JSON of the generated plan of `rows` rows (what a forged `_amip` may claim). */
export const generatedPlanJson = (rows: number): string => JSON.stringify(generatePlan({ rows, seed: 2016 }));

/** One sheet's XML with `tag` inserted before `</worksheet>` (or at `before`). */
function insertInto(entries: ZipInput[], part: string, tag: string, before = '</worksheet>'): ZipInput[] {
  return entries.map((e) =>
    // A function, so that `$` in the tag (cell references) is not read as a replacement pattern.
    e.name === part ? { name: e.name, data: utf8(text(e.data).replace(before, () => `${tag}${before}`)) } : e,
  );
}

/** A sheet of junk: 19.800 rows of 100 numbers, 3,98 million elements, inside every archive limit. */
export const JUNK_SHEET = (): Uint8Array => sheetOfCells(19_800, 100, true);

/**
 * Hostile workbooks that pass every check of the archive itself and were, before the embedded
 * plan was read first, parsed by ExcelJS (0,9–1,1 GB) or blew it up (ranges it expands cell by
 * cell). `rows` sizes the forged plans (the benchmark claims 60.000 rows, unit tests fewer).
 */
export function packWorkbooks(forgedRows: number): HostileWorkbook[] {
  return [
    {
      id: 'inside-every-limit',
      what: 'the portfolio sheet replaced by 19.800 rows of 100 numbers: 3,98 million elements, every archive limit kept',
      build: (x) => edit(x, (e) => replace(e, sheetPart(e, PORTFOLIO_SHEET), JUNK_SHEET())),
      // Each junk row holds 201 elements, a portfolio row at most 40: stopped within the first rows.
      refusal:
        /^Blatt „Maßnahmeportfolio“ enthält mehr als [\d.]+ XML-Elemente; für [\d.]+ Zeilen mit [\d.]+ Spalten sind höchstens [\d.]+ erlaubt\./,
    },
    {
      id: 'no-amip',
      what: 'as inside-every-limit, and the sheet _amip removed: no embedded plan',
      build: (x) => edit(x, (e) => withoutAmip(replace(e, sheetPart(e, PORTFOLIO_SHEET), JUNK_SHEET()))),
      refusal: 'Diese Arbeitsmappe stammt nicht aus dem AMIP-Planer: das ausgeblendete Blatt „_amip“ fehlt.',
    },
    {
      id: 'forged-plan-junk',
      what: `_amip claims a valid generated plan of ${forgedRows.toLocaleString('de-DE')} rows; the portfolio is the junk sheet of inside-every-limit`,
      build: (x) => forged(x, generatedPlanJson(forgedRows), JUNK_SHEET()),
      // However many rows the plan claims, a junk row holds 201 elements, a portfolio row 40.
      refusal:
        /^Blatt „Maßnahmeportfolio“ enthält mehr als [\d.]+ XML-Elemente; für [\d.]+ Zeilen mit [\d.]+ Spalten sind höchstens [\d.]+ erlaubt\./,
    },
    {
      id: 'forged-plan-invalid',
      what: `_amip holds a generated plan of ${forgedRows.toLocaleString('de-DE')} rows whose last row has -1 Eintritte`,
      build: (x) => {
        const json = generatedPlanJson(forgedRows);
        const at = json.lastIndexOf('"eintritte":');
        return forged(x, `${json.slice(0, at)}"eintritte":-1${json.slice(json.indexOf(',', at))}`);
      },
      refusal:
        /^Blatt „_amip“: die eingebettete Planstruktur ist ungültig \(plan\.schwerpunkte\[\d+\]\.rows\[\d+\]\.eintritte: /,
    },
    {
      id: 'forged-plan-too-large',
      what: '_amip holds 25 MB of JSON (the limit is 24 MB)',
      build: (x) => forged(x, `{"x":"${text(textFlood(25))}"}`),
      refusal:
        'Blatt „_amip“, Zelle A4 ff.: die eingebettete Planstruktur ist größer als 24 MB; so große Pläne bitte als Plandatei (.amip.json) weitergeben.',
    },
    {
      id: 'merge-range',
      what: 'one merged range A1:XFD1048576 (ExcelJS creates a cell object for each of its 17 billion cells)',
      build: (x) =>
        edit(x, (e) =>
          insertInto(
            e,
            sheetPart(e, 'Prüfungen'),
            '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
            '<pageMargins',
          ),
        ),
      refusal:
        'Blatt „Prüfungen“: verbundene Zellen und Datenüberprüfungen umfassen mehr als 2.000.000 Zellen',
    },
    {
      id: 'validation-range',
      what: 'one data validation over A1:XFD1048576 (ExcelJS stores it once per cell)',
      build: (x) =>
        edit(x, (e) =>
          insertInto(
            e,
            sheetPart(e, PORTFOLIO_SHEET),
            '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations>',
            '<pageMargins',
          ),
        ),
      refusal:
        'Blatt „Maßnahmeportfolio“: verbundene Zellen und Datenüberprüfungen umfassen mehr als 2.000.000 Zellen',
    },
    {
      id: 'defined-name-range',
      what: 'a defined name for Prüfungen!$A$1:$XFD$1048576 (ExcelJS indexes every cell of it)',
      build: (x) =>
        edit(x, (e) =>
          insertInto(
            e,
            'xl/workbook.xml',
            `<definedName name="Alles">'Prüfungen'!$A$1:$XFD$1048576</definedName>`,
            '</definedNames>',
          ),
        ),
      refusal: 'Der Name „Alles“ der Arbeitsmappe bezeichnet 17.179.869.184 Zellen',
    },
    {
      id: 'column-range',
      what: 'a column width for columns 20 to 1.000.000.000 (ExcelJS makes one column object each)',
      build: (x) =>
        edit(x, (e) =>
          insertInto(
            e,
            sheetPart(e, 'Prüfungen'),
            '<col min="20" max="1000000000" width="3" customWidth="1"/>',
            '</cols>',
          ),
        ),
      refusal: 'Blatt „Prüfungen“ beschreibt Spalten bis Nummer 1.000.000.000; Excel kennt höchstens 16.384',
    },
    {
      id: 'rows-out-of-order',
      what: 'the portfolio rows written backwards (Excel requires ascending rows)',
      build: (x) =>
        edit(x, (e) => {
          const part = sheetPart(e, PORTFOLIO_SHEET);
          return e.map((f) => {
            if (f.name !== part) return f;
            const xml = text(f.data);
            const rows = xml.match(/<row [\s\S]*?<\/row>/g) ?? [];
            const start = xml.indexOf(rows[0]!);
            const end = xml.lastIndexOf(rows[rows.length - 1]!) + rows[rows.length - 1]!.length;
            return {
              name: f.name,
              data: utf8(xml.slice(0, start) + [...rows].reverse().join('') + xml.slice(end)),
            };
          });
        }),
      refusal: `Blatt „Maßnahmeportfolio“: Zeile ${BSP_PORTFOLIO_ROWS - 1} steht hinter einer Zeile mit gleicher oder höherer Nummer`,
    },
    {
      id: 'allowance-full',
      what: 'every sheet filled to the allowance (rows of formula cells), a sheet no one names and the shared strings too, then workbook.xml broken at its end: the most a Beispielplan-sized pack makes ExcelJS parse before it fails',
      build: allowanceFull,
      refusal: /^Die Arbeitsmappe lässt sich nicht lesen \(/,
    },
    {
      id: 'shared-strings-flood',
      what: '1,9 million unused shared strings (3,8 million elements) after the real ones',
      build: (x) =>
        edit(x, (e) =>
          insertInto(
            e,
            'xl/sharedStrings.xml',
            Array.from({ length: 1_900_000 }, (_, i) => `<si><t>${i % 1000}</t></si>`).join(''),
            '</sst>',
          ),
        ),
      refusal:
        /^Die Teile außerhalb der Blätter des Plans enthalten mehr als [\d.]+ XML-Elemente, die meisten der Teil „xl\/sharedStrings\.xml“ \(3\.80\d\.\d{3}\)\./,
    },
    {
      id: 'text-flood',
      what: '2 × 119 MB of text without markup in two parts ExcelJS does not use (it holds every part as a string)',
      build: (x) =>
        edit(x, (e) => [
          ...e,
          { name: 'docProps/custom.xml', data: textFlood(119) },
          { name: 'customXml/item1.xml', data: textFlood(119) },
        ]),
      refusal:
        /^Die Datei ist entpackt größer als [\d,]+ MB; mehr ist für diesen Plan nicht erlaubt \(abgebrochen in „docProps\/custom\.xml“\)\./,
    },
  ];
}

/** Rows of `cols` formula cells (three elements each), numbered from `from`. */
function formulaRows(from: number, count: number, cols: number): string {
  const cells = Array.from({ length: cols }, (_, c) => String.fromCharCode(65 + c));
  const out: string[] = [];
  for (let r = from; r < from + count; r++)
    out.push(`<row r="${r}">${cells.map((c) => `<c r="${c}${r}"><f>1+1</f><v>2</v></c>`).join('')}</row>`);
  return out.join('');
}

/** See `allowance-full`: as large as the checks before parsing let a Beispielplan workbook be. */
function allowanceFull(exported: Uint8Array): Uint8Array {
  const entries = readZip(exported);
  const sizes = sheetSizes(beispielplan());
  let sheetElements = 0;
  const padded = entries.map((e) => {
    const size = sizes.find((z) => sheetPart(entries, z.name) === e.name);
    if (!size) return e;
    const xml = text(e.data);
    const rows = (xml.match(/<row /g) ?? []).length;
    const max = size.rows + allowedExtraRows(size.rows);
    const cols = size.columns.length;
    // Rows already there hold fewer cells; the new ones fill the element budget of all rows.
    const existing = (xml.match(/<[a-zA-Z]/g) ?? []).length;
    const budget = SHEET_EXTRA_ELEMENTS + max * elementsPerRow(cols) - existing;
    const count = Math.min(max - rows, Math.floor(budget / elementsPerRow(cols)));
    sheetElements += existing + count * elementsPerRow(cols);
    return {
      name: e.name,
      data: utf8(xml.replace('</sheetData>', `${formulaRows(rows + 1, count, cols)}</sheetData>`)),
    };
  });
  const widest = Math.max(...sizes.map((z) => z.columns.length));
  const otherRows = allowedExtraRows(Math.max(...sizes.map((z) => z.rows)));
  const other = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${formulaRows(1, otherRows, widest)}</sheetData></worksheet>`;
  sheetElements += 2 + otherRows * elementsPerRow(widest);
  // Unused shared strings (two elements each) up to what the sheets allow the other parts.
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml')!;
  const nonSheet = entries
    .filter((e) => !e.name.startsWith('xl/worksheets/'))
    .reduce((n, e) => n + (text(e.data).match(/<[a-zA-Z]/g) ?? []).length, 0);
  const extra = Math.floor((sheetElements + OTHER_PARTS_EXTRA_ELEMENTS - nonSheet) / 2) - 10;
  const strings = Array.from({ length: extra }, (_, i) => `<si><t>Notiz ${i}</t></si>`).join('');
  return writeZip([
    ...padded.map((e) =>
      e.name === sst.name
        ? { name: e.name, data: utf8(text(e.data).replace('</sst>', `${strings}</sst>`)) }
        : e.name === 'xl/workbook.xml'
          ? { name: e.name, data: utf8(text(e.data).replace('</workbook>', '</kaputt></workbook>')) }
          : e,
    ),
    { name: 'xl/worksheets/sheet99.xml', data: utf8(other) },
  ]);
}

/** `mib` MiB of letters in runs (packs about 30:1, below the ratio limit), no markup. */
function textFlood(mib: number): Uint8Array {
  const out = new Uint8Array(mib * 1024 * 1024);
  let seed = 11;
  for (let i = 0; i < out.length; i++) {
    if (i % 256 === 0) seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    out[i] = 97 + ((seed >>> (i % 256 < 128 ? 8 : 16)) % 26);
  }
  return out;
}

/**
 * `rows` rows of `cells` cells with pseudo-random three-digit numbers (so they do not pack like
 * zeros); with `refs`, rows and cells carry their addresses as spreadsheet writers put them.
 */
export function sheetOfCells(rows: number, cells: number, refs = false): Uint8Array {
  let seed = 7;
  const cols = Array.from({ length: cells }, (_, c) =>
    c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26), 65 + (c % 26)),
  );
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cells; c++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      row.push(`<c${refs ? ` r="${cols[c]}${r}"` : ''}><v>${100 + (seed % 900)}</v></c>`);
    }
    parts.push(`<row${refs ? ` r="${r}"` : ''}>${row.join('')}</row>`);
  }
  return utf8(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`,
  );
}

/**
 * A copy of `zip` whose directory names `copies` (at most 99) more parts that all point at the entry `name`
 * (David Fifield's overlapping-file bomb: one kernel inflated once per name).
 */
function overlapping(zip: Uint8Array, name: string, copies: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const cdOffset = view.getUint32(eocd + 16, true);
  let p = cdOffset;
  let record: Uint8Array | null = null;
  while (p < eocd) {
    const len =
      46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + view.getUint16(p + 28, true))) === name)
      record = zip.slice(p, p + len);
    p += len;
  }
  if (!record) throw new Error(`${name} fehlt`);
  const extra = Array.from({ length: copies }, (_, i) => {
    const copy = new Uint8Array(record.length);
    copy.set(record);
    // A name of the same length: k00 → k01, k02, …
    copy.set(utf8(name.replace('00', String(i + 1).padStart(2, '0'))), 46);
    return copy;
  });
  const added = extra.reduce((n, r) => n + r.length, 0);
  const out = new Uint8Array(zip.length + added);
  out.set(zip.subarray(0, eocd));
  let q = eocd;
  for (const r of extra) {
    out.set(r, q);
    q += r.length;
  }
  out.set(zip.subarray(eocd), q);
  const end = new DataView(out.buffer);
  const count = view.getUint16(eocd + 10, true) + copies;
  end.setUint16(q + 8, count, true);
  end.setUint16(q + 10, count, true);
  end.setUint32(q + 12, view.getUint32(eocd + 12, true) + added, true);
  return out;
}
