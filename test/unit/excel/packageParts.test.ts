/**
 * Relationship targets resolve the way Excel resolves them, so a sheet is named in messages
 * however its target is spelt; the XML tally counts rows and elements in a stream split anywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  definedNames,
  partKey,
  relsPartOf,
  resolveTarget,
  sheetNamesByPart,
  workbookPart,
} from '../../../shared/excel/packageParts';
import { XmlTally } from '../../../shared/excel/xmlTally';

const WB = 'xl/workbook.xml';

describe('resolveTarget and partKey', () => {
  it.each([
    ['worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    [' worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['\tworksheets/sheet3.xml\n ', 'xl/worksheets/sheet3.xml'],
    ['/xl/worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    [' /xl/worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['./worksheets/./sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['../xl/worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['worksheets/../worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['worksheets/sheet%33.xml', 'xl/worksheets/sheet3.xml'],
    ['worksheets\\sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['worksheets//sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['../../../worksheets/sheet3.xml', 'worksheets/sheet3.xml'],
  ])('%j from xl/workbook.xml is %s', (target, part) => {
    expect(resolveTarget(WB, target)).toBe(part);
  });

  it('external and empty targets name no part', () => {
    expect(resolveTarget(WB, 'https://example.org/a.xml')).toBeNull();
    expect(resolveTarget(WB, 'file:///C:/a.xml')).toBeNull();
    expect(resolveTarget(WB, '   ')).toBeNull();
  });

  it('part names compare without case, leading slash or percent-encoding', () => {
    expect(partKey('XL/Worksheets/Sheet3.xml')).toBe(partKey('xl/worksheets/sheet3.xml'));
    expect(partKey('/xl/worksheets/sheet%33.xml')).toBe(partKey('xl/worksheets/sheet3.xml'));
    expect(partKey('xl/worksheets/sheet3.xml')).not.toBe(partKey('xl/worksheets/sheet4.xml'));
    expect(partKey('xl/%zz.xml')).toBe('xl/%zz.xml');
    expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartOf('[Content_Types].xml')).toBe('_rels/[Content_Types].xml.rels');
  });
});

describe('sheetNamesByPart and workbookPart', () => {
  const workbook = `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets>
    <x:sheet name="Ma&#223;nahmeportfolio" sheetId="1" rel:id="rIdA"/>
    <x:sheet sheetId="2" name='Haushalt &amp; EGT' rel:id = 'rIdB'/>
    <x:sheet name="Extern" sheetId="3" rel:id="rIdC"/></x:sheets></x:workbook>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rIdA" Type="…/worksheet" Target=" Worksheets/SHEET3.xml"/>
    <Relationship Target='/xl/worksheets/sheet%31.xml' Id='rIdB' Type='…/worksheet'/>
    <Relationship Id="rIdC" Type="…/worksheet" Target="https://example.org/x.xml" TargetMode="External"/>
  </Relationships>`;

  it('maps parts to sheet names with prefixes, single quotes, entities and any target spelling', () => {
    expect(Object.fromEntries(sheetNamesByPart(WB, workbook, rels))).toEqual({
      'xl/worksheets/sheet3.xml': 'Maßnahmeportfolio',
      'xl/worksheets/sheet1.xml': 'Haushalt & EGT',
    });
  });

  it('finds the workbook through the root relationships, as Excel does', () => {
    const root = `<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/Mappe/Buch.xml"/></Relationships>`;
    expect(workbookPart(root)).toBe('Mappe/Buch.xml');
    expect(workbookPart(null)).toBe('xl/workbook.xml');
    expect(workbookPart('<Relationships/>')).toBe('xl/workbook.xml');
  });
});

describe('XmlTally', () => {
  const xml = new TextEncoder().encode(
    `<?xml version="1.0"?><!-- <row> im Kommentar zählt mit --><worksheet xmlns:x="urn:x"><sheetData>` +
      `<row r="1"><c r="A1"><v>1</v></c></row><x:row r="2"/><rows/><arrow/><row\n r="3">` +
      `<c><is><t>Maß</t></is></c></row></sheetData></worksheet>`,
  );

  function tally(chunks: Uint8Array[]): Pick<XmlTally, 'rows' | 'elements' | 'doctype'> {
    const t = new XmlTally();
    t.nextPart();
    for (const c of chunks) t.feed(c);
    return { rows: t.rows, elements: t.elements, doctype: t.doctype };
  }

  it('counts row start tags with or without prefix, and every element, however the stream is split', () => {
    const whole = tally([xml]);
    // <row> in the comment, <row r="1">, <x:row/>, <row r="3">; not <rows/>, <arrow/> or </row>.
    expect(whole).toEqual({ rows: 4, elements: 13, doctype: false });
    for (let cut = 1; cut < xml.length; cut++)
      expect(tally([xml.subarray(0, cut), xml.subarray(cut)])).toEqual(whole);
    expect(tally(Array.from(xml, (b) => new Uint8Array([b])))).toEqual(whole);
  });

  it('notices a DOCTYPE anywhere, also split across chunks, and nothing that only resembles one', () => {
    const doc = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "b">]><sst/>');
    for (let cut = 1; cut < doc.length; cut++)
      expect(tally([doc.subarray(0, cut), doc.subarray(cut)]).doctype).toBe(true);
    expect(tally([new TextEncoder().encode('<!DOCTYPEX/><!-- DOCTYPE --><DOCTYPE/>')]).doctype).toBe(false);
  });

  it('counts rows per part and elements across parts', () => {
    const t = new XmlTally();
    t.nextPart();
    t.feed(new TextEncoder().encode('<row/><row/>'));
    t.nextPart();
    t.feed(new TextEncoder().encode('<row/>'));
    expect({ rows: t.rows, elements: t.elements }).toEqual({ rows: 1, elements: 3 });
  });

  it('reads merged ranges, validations, column numbers and row order however the stream is split', () => {
    const sheet = new TextEncoder().encode(
      `<worksheet><cols><col min="1" max="2"/><col max='20000' min="3" width="9"/></cols><sheetData>` +
        `<row r="1"/><row r="3"></row><row r="2"/></sheetData><mergeCells><mergeCell ref="A1:B3"/></mergeCells>` +
        `<dataValidations><dataValidation prompt="a>b" type="list" sqref="C1:C10 &#69;5"><formula1>1</formula1>` +
        `</dataValidation></dataValidations></worksheet>`,
    );
    const read = (chunks: Uint8Array[]) => {
      const t = new XmlTally();
      t.nextPart();
      for (const c of chunks) t.feed(c);
      return { ranges: t.rangeCells, merges: t.merges, maxColumn: t.maxColumn, outOfOrder: t.rowOutOfOrder };
    };
    // A1:B3 is 6 cells; C1:C10 and E5 are 11.
    const whole = read([sheet]);
    expect(whole).toEqual({ ranges: 17, merges: 1, maxColumn: 20_000, outOfOrder: 2 });
    for (let cut = 1; cut < sheet.length; cut++)
      expect(read([sheet.subarray(0, cut), sheet.subarray(cut)])).toEqual(whole);
  });

  it('notes a watched tag longer than 1 MiB instead of keeping it', () => {
    const t = new XmlTally();
    t.nextPart();
    t.feed(new TextEncoder().encode(`<dataValidation sqref="${'A1 '.repeat(400_000)}">`));
    expect(t.longTag).toBe(true);
    t.nextPart();
    expect(t.longTag).toBe(false);
  });
});

describe('definedNames', () => {
  it('reads names as ExcelJS does: text only, comments and CDATA left out, quotes may hold >', () => {
    const wb =
      `<workbook><definedNames><definedName name="Leer"/>` +
      `<definedName comment="a>b" name="Summe">'Haushalt (EGT)'!$C$8</definedName>` +
      `<x:definedName name="Teile"><!-- $A$1:$XFD$9 -->Tabelle1!$A$1<![CDATA[:$XFD$1048576]]></x:definedName>` +
      `<definedName name="Amp">A&amp;B!$A$1</definedName></definedNames></workbook>`;
    expect(definedNames(wb)).toEqual([
      { name: 'Leer', text: '' },
      { name: 'Summe', text: "'Haushalt (EGT)'!$C$8" },
      { name: 'Teile', text: 'Tabelle1!$A$1' },
      { name: 'Amp', text: 'A&B!$A$1' },
    ]);
    // An unclosed element ends the list instead of swallowing the rest.
    expect(definedNames('<definedName name="a">Tabelle1!$A$1')).toEqual([]);
  });
});
