/**
 * Hostile workbooks, built in memory from a real exported one: the unit tests, the browser test
 * and `npm run bench:hostile` (peak memory and time per file) use the same list. Each says what
 * the import must answer. Nothing here is committed as a file.
 */
import { deflateRawSync } from 'node:zlib';
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

const MILLION_ROWS = 'Blatt „Maßnahmeportfolio“ hat mehr als 150.000 Zeilen';
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
    refusal: 'Der Teil „xl/worksheets/sheet3.xml.bak“ hat mehr als 150.000 Zeilen',
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
    refusal: 'Die Datei enthält mehr als 4.000.000 XML-Elemente (abgebrochen in Blatt „Maßnahmeportfolio“)',
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
