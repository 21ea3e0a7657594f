/**
 * The cells counted for merged ranges, data validations and defined names are the cells ExcelJS
 * creates for them: compared with ExcelJS itself (its Range, its data-validation reader, its
 * DefinedNames) on written ranges and on thousands of odd strings, and on huge ranges by its
 * own bounds (iterating them would take hours, which is the point).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { columnOf, namedCells, rangeCells, sqrefCells } from '../../../shared/excel/cellRange';

const require = createRequire(import.meta.url);
interface ExcelJsRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  forEachAddress(cb: () => void): void;
}
const Range = require('exceljs/lib/doc/range.js') as new (value: string) => ExcelJsRange;
const DefinedNames = require('exceljs/lib/doc/defined-names.js') as new () => {
  model: { name: string; ranges: string[] }[];
  matrixMap: Record<string, { forEach(cb: () => void): void }>;
};
const DefinedNameXform = require('exceljs/lib/xlsx/xform/book/defined-name-xform.js') as new () => {
  parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
  model: { name: string; ranges: string[] };
};
const DataValidationsXform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform.js') as new () => {
  parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
  parseClose(name: string): boolean;
  model: Record<string, unknown>;
};

/** Beyond this many cells ExcelJS is asked for its bounds instead of iterating. */
const ITERATE = 1_000_000;

/** Cells ExcelJS creates for `new Range(value)` (throwing counts none). */
function excelRange(value: string): number {
  let r: ExcelJsRange;
  try {
    r = new Range(value);
  } catch {
    return 0;
  }
  const bounded = Math.max(0, r.bottom - r.top + 1) * Math.max(0, r.right - r.left + 1);
  if (bounded > ITERATE) return bounded;
  let n = 0;
  r.forEachAddress(() => n++);
  return n;
}

/** Cells ExcelJS's DefinedNames holds after reading `<definedName name="x">text</definedName>`. */
function excelNamed(text: string): number {
  const xform = new DefinedNameXform();
  xform.parseOpen({ name: 'definedName', attributes: { name: 'x' } });
  xform.parseText(text);
  xform.parseClose('definedName');
  const names = new DefinedNames();
  names.model = [xform.model];
  let n = 0;
  names.matrixMap.x?.forEach(() => n++);
  return n;
}

/** Entries ExcelJS's data-validation reader makes for one `sqref` (distinct addresses; 0 when it throws). */
function excelSqref(sqref: string): number {
  const xform = new DataValidationsXform();
  xform.parseOpen({ name: 'dataValidations', attributes: {} });
  xform.parseOpen({ name: 'dataValidation', attributes: { type: 'whole', sqref } });
  try {
    xform.parseClose('dataValidation');
  } catch {
    return 0;
  }
  return Object.keys(xform.model).length;
}

/** Deterministic odd strings built from the pieces ExcelJS's reader cares about. */
function oddStrings(count: number): string[] {
  const pieces = [
    'A',
    'B',
    'C',
    'Z',
    'AA',
    'XFD',
    'XFE',
    'a',
    '$',
    '0',
    '1',
    '2',
    '7',
    '12',
    ':',
    '!',
    "'",
    'S',
    ' ',
    '#',
    '-',
    ',',
  ];
  let seed = 20_160_101;
  const next = () => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0);
  return Array.from({ length: count }, () => {
    let s = '';
    const n = 1 + (next() % 9);
    for (let i = 0; i < n; i++) s += pieces[next() % pieces.length];
    return s;
  });
}

describe('cell ranges as ExcelJS expands them', () => {
  it.each([
    'A1',
    'B3:C7',
    '$A$1:$C$2',
    'C7:B3',
    'A1:B2:C3',
    'A:A',
    '1:3',
    'a1:b2',
    'A0:B1',
    'AAAA1:A2',
    'XFD1:XFD3',
    '',
  ])('Range(%j)', (value) => {
    expect(rangeCells(value)).toBe(excelRange(value));
  });

  it('on 3.000 odd strings: merged ranges as ExcelJS, validations and names never fewer', () => {
    let huge = 0;
    for (const s of oddStrings(3_000)) {
      expect([s, rangeCells(s)]).toEqual([s, excelRange(s)]);
      if (namedCells(s) > ITERATE || sqrefCells(s) > ITERATE) {
        huge++;
        continue;
      }
      // Never fewer than ExcelJS creates (a cell it files under no column it does not list).
      expect(namedCells(s), s).toBeGreaterThanOrEqual(excelNamed(s));
      // A validation's entries can only be fewer than counted (the same address twice).
      expect(sqrefCells(s)).toBeGreaterThanOrEqual(excelSqref(s));
    }
    expect(huge).toBeLessThan(300);
  });

  it('counts what real workbooks write exactly', () => {
    expect(sqrefCells('E4:L9 N4:U9')).toBe(excelSqref('E4:L9 N4:U9'));
    expect(sqrefCells('E4 L9')).toBe(2);
    for (const text of [
      "'Haushalt (EGT)'!$C$8",
      'Maßnahmeportfolio!$E$48',
      "'Blatt, mit Komma'!$A$1:$B$3",
      'Tabelle1!$A$1,Tabelle1!$B$2:$B$5',
    ])
      expect([text, namedCells(text)]).toEqual([text, excelNamed(text)]);
    expect(namedCells("'Haushalt (EGT)'!$C$8")).toBe(1);
    expect(namedCells('Tabelle1!$A$1,Tabelle1!$B$2:$B$5')).toBe(5);
  });

  it('a whole sheet is 17 billion cells, by ExcelJS’s own bounds (iterating would take hours)', () => {
    const r = new Range('A1:XFD1048576');
    const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    expect(cells).toBe(17_179_869_184);
    expect(rangeCells('A1:XFD1048576')).toBe(cells);
    expect(sqrefCells('A1:XFD1048576 B2')).toBe(cells + 1);
    expect(namedCells("'Prüfungen'!$A$1:$XFD$1048576")).toBe(cells);
    // Rows beyond Excel's last one are not cut off by ExcelJS either.
    expect(rangeCells('A1:A99999999')).toBe(99_999_999);
  });

  it('reads a column the way ExcelJS does, refusing what it throws on', () => {
    expect(columnOf('B7')).toBe(2);
    expect(columnOf('$AA$3')).toBe(27);
    expect(columnOf('XFD1')).toBe(16_384);
    expect(columnOf('XFE1')).toBeUndefined();
    expect(columnOf('17')).toBeUndefined();
  });
});
